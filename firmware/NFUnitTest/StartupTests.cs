using nanoFramework.TestFramework;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Light;

namespace NFUnitTest
{
    /// <summary>
    /// What only the interpreter can get wrong at start-up: nanoCLR runs every static initialiser
    /// eagerly, in type-name order, and swallows what they throw. Each table of the core must be
    /// there, whole, before the first frame.
    /// </summary>
    [TestClass]
    public class StartupTests
    {
        /// <summary>The brightness levels are not 0: they once read Lightness before it existed.</summary>
        [TestMethod]
        public void TheBrightnessLevelsAreSet()
        {
            Assert.AreEqual(5888, Brightness.TopLevel(1), "night");
            Assert.AreEqual(13133, Brightness.TopLevel(2), "level 2");
            Assert.AreEqual(24798, Brightness.TopLevel(3), "level 3");
            Assert.AreEqual(Brightness.CapLevel, Lightness.FromLinear(Brightness.Linear(Brightness.CapOutput)), "cap");
        }

        /// <summary>The lightness table runs from dark to full.</summary>
        [TestMethod]
        public void TheLightnessTableIsWhole()
        {
            Assert.AreEqual(0, Lightness.ToLinear(0), "dark");
            Assert.AreEqual(Lightness.LinearFull, Lightness.ToLinear(Lightness.Full), "full");
            Assert.AreEqual(5888, Lightness.FromLinear(Lightness.ToLinear(5888)), "round trip");
        }

        /// <summary>The palettes exist, with their shares of light worked out by their constructor.</summary>
        [TestMethod]
        public void ThePalettesAreBuilt()
        {
            Assert.IsNotNull(Palette.Warm, "warm");
            Assert.IsNotNull(Palette.DeepRed, "deep red");
            Assert.AreEqual(255, Palette.Warm.Red, "warm red");
            Assert.AreEqual(0, Palette.Warm.Blue, "no blue");
            Assert.AreEqual(65536, Palette.DeepRed.RedShare, "deep red is red only");
            Assert.IsTrue(Palette.Warm.LightPerCode > 0, "light per code");
        }

        /// <summary>The ease table is there: the curve starts at 0 and ends at one.</summary>
        [TestMethod]
        public void TheEaseTableIsWhole()
        {
            Assert.AreEqual(0, Ease.Curve(0), "start");
            Assert.AreEqual(Ease.One, Ease.Curve(Ease.One), "end");
            Assert.IsTrue(Ease.Curve(Ease.One / 2) > 30000 && Ease.Curve(Ease.One / 2) < 35536, "middle");
        }
    }
}
