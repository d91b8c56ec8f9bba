using nanoFramework.TestFramework;
using RelaxLamp.Core.Breath;

namespace NFUnitTest
{
    /// <summary>The breath schedule, on nanoCLR: the long integer arithmetic the pace rests on.</summary>
    [TestClass]
    public class BreathTests
    {
        /// <summary>6 breaths a minute at 1:1.5 is 4 s in and 6 s out.</summary>
        [TestMethod]
        public void SixPerMinuteIsFourInSixOut()
        {
            var pacer = new BreathPacer();
            pacer.Start(0, 0, 1200000, 0, 6000, 6000, 150);
            Assert.AreEqual(0L, pacer.BreathStartMs);
            Assert.AreEqual(4000L, pacer.InEndMs);
            Assert.AreEqual(10000L, pacer.BreathEndMs);

            pacer.Advance(10000);
            Assert.AreEqual(10000L, pacer.BreathStartMs);
            Assert.AreEqual(14000L, pacer.InEndMs);
            Assert.AreEqual(2, pacer.BreathCount);
        }

        /// <summary>A session starts at 10 breaths a minute: 2.4 s in, 3.6 s out.</summary>
        [TestMethod]
        public void TheFirstBreathIsAtTheStartPace()
        {
            var pacer = new BreathPacer();
            pacer.Start(0, 0, 1200000, 480000, 10000, 6000, 150);
            Assert.AreEqual(10000, pacer.BreathPace);
            Assert.AreEqual(2400L, pacer.InEndMs);
            Assert.AreEqual(6000L, pacer.BreathEndMs);
        }

        /// <summary>The last out-breath ends exactly at the session's end: nothing drifts or is cut short.</summary>
        [TestMethod]
        public void TheLastBreathEndsOnTime()
        {
            var pacer = new BreathPacer();
            pacer.Start(0, 4000, 600000, 240000, 10000, 6000, 150);
            long lastEndMicros = 0;
            int breaths = 0;
            while (pacer.Running && breaths < 1000)
            {
                lastEndMicros = pacer.BreathEndMicros;
                breaths++;
                pacer.Advance(pacer.BreathEndMs + 1);
            }

            Assert.AreEqual(600000000L, lastEndMicros);
            Assert.IsTrue(breaths > 50 && breaths < 90, "breath count");
        }

        /// <summary>The light's curve is eased: flat at both ends, half way at half time.</summary>
        [TestMethod]
        public void TheEaseIsSoftAtBothEnds()
        {
            Assert.AreEqual(0, Ease.Curve(0));
            Assert.AreEqual(Ease.One, Ease.Curve(Ease.One));
            int half = Ease.Progress(2000, 0, 4000);
            Assert.IsTrue(half > 32700 && half < 32835, "half way");
            Assert.IsTrue(Ease.Progress(40, 0, 4000) < 100, "flat start");
        }
    }
}
