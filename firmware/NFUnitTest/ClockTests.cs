using nanoFramework.TestFramework;
using RelaxLamp.Core.Time;

namespace NFUnitTest
{
    /// <summary>The lamp's clock on nanoCLR: 64-bit arithmetic, stalls, jumps back and a 32-bit wrap.</summary>
    [TestClass]
    public class ClockTests
    {
        /// <summary>A 500 ms stall moves the lamp 100 ms, and the rest is repaid an eighth at a time.</summary>
        [TestMethod]
        public void AStallIsRepaidSlowly()
        {
            var clock = new LampClock();
            clock.Reset(1000);
            Assert.AreEqual(1100L, clock.Update(1500), "one step of 100 ms at most");
            Assert.AreEqual(400L, clock.Debt, "the rest owed");
            Assert.AreEqual(1122L, clock.Update(1520), "20 ms and an eighth of it");
            for (long t = 1540; t <= 8000; t += 20)
            {
                clock.Update(t);
            }

            Assert.AreEqual(0L, clock.Debt, "repaid");
            Assert.AreEqual(8000L, clock.Now, "on time again");
        }

        /// <summary>A clock that jumps back or wraps at 32 bits adds nothing and never runs backwards.</summary>
        [TestMethod]
        public void AJumpBackOrAWrapNeverRunsBackwards()
        {
            var clock = new LampClock();
            long start = 0x100000000L - 40;
            clock.Reset(start);
            clock.Update(start + 20);
            long at = clock.Now;
            clock.Update(0); // the raw clock wrapped at 2^32 ms
            Assert.AreEqual(at, clock.Now, "a wrap adds nothing");
            clock.Update(20);
            Assert.AreEqual(at + 20, clock.Now, "then time goes on");
            clock.Update(5);
            Assert.AreEqual(at + 20, clock.Now, "a jump back adds nothing");
        }

        /// <summary>The frame period follows the frame's work, within 10 to 50 ms.</summary>
        [TestMethod]
        public void TheFramePeriodStaysInItsRange()
        {
            Assert.AreEqual(FramePacing.MinPeriodMs, FramePacing.PeriodMs(0), "fast frames");
            Assert.AreEqual(FramePacing.MaxPeriodMs, FramePacing.PeriodMs(1000000), "slow frames");
            int mid = FramePacing.PeriodMs(15000);
            Assert.IsTrue(mid >= FramePacing.MinPeriodMs && mid <= FramePacing.MaxPeriodMs, "in range");
        }
    }
}
