using nanoFramework.TestFramework;
using RelaxLamp.Core.Light;

namespace NFUnitTest
{
    /// <summary>The renderer's output on nanoCLR: the night level, the cap, no blue.</summary>
    [TestClass]
    public class LightTests
    {
        private const int Leds = 24;

        /// <summary>The ring's full output in codes: every channel of every LED at 255.</summary>
        private const int FullCodes = Leds * 3 * 255;

        /// <summary>The top of a night breath is about 1% of the ring's full output.</summary>
        [TestMethod]
        public void TheNightTopIsAboutOnePercent()
        {
            var renderer = new RingRenderer(Leds);
            var frame = new byte[renderer.FrameBytes];
            renderer.Fill(frame, 0, Leds, Brightness.TopLevel(1));
            int hundredthsOfPercent = Frames.CodeSum(frame) * 10000 / FullCodes;
            Assert.IsTrue(hundredthsOfPercent >= 90 && hundredthsOfPercent <= 105, "night top " + hundredthsOfPercent.ToString());
        }

        /// <summary>No level, however asked for, gives more than 15% of the ring's full output.</summary>
        [TestMethod]
        public void NoLevelExceedsTheCap()
        {
            var renderer = new RingRenderer(Leds);
            var frame = new byte[renderer.FrameBytes];
            int cap = FullCodes * Brightness.CapOutput / 10000;
            for (int level = 0; level <= Lightness.Full; level += 1285)
            {
                renderer.Fill(frame, 0, Leds, level);
                Assert.IsTrue(Frames.CodeSum(frame) <= cap, "level " + level.ToString());
            }

            renderer.Fill(frame, 0, Leds, Lightness.Full);
            Assert.IsTrue(Frames.CodeSum(frame) <= cap, "full");
        }

        /// <summary>Neither palette has any blue, at any level.</summary>
        [TestMethod]
        public void ThereIsNoBlue()
        {
            var renderer = new RingRenderer(Leds);
            var frame = new byte[renderer.FrameBytes];
            for (int p = 0; p < 2; p++)
            {
                renderer.Palette = p == 0 ? Palette.Warm : Palette.DeepRed;
                for (int level = 0; level <= Brightness.CapLevel; level += 997)
                {
                    renderer.Fill(frame, 0, Leds, level);
                    for (int led = 0; led < Leds; led++)
                    {
                        Assert.AreEqual((byte)0, frame[(led * 3) + 2], "blue");
                    }
                }
            }
        }

        /// <summary>Level 0 is dark: every byte 0.</summary>
        [TestMethod]
        public void LevelZeroIsDark()
        {
            var renderer = new RingRenderer(Leds);
            var frame = new byte[renderer.FrameBytes];
            renderer.Fill(frame, 0, Leds, Brightness.TopLevel(3));
            renderer.Fill(frame, 0, Leds, 0);
            Assert.AreEqual(0, Frames.CodeSum(frame));
        }
    }
}
