using nanoFramework.TestFramework;
using RelaxLamp.Core.Button;

namespace NFUnitTest
{
    /// <summary>The button's gesture decoder on nanoCLR, fed timestamped edges as the pin's handler queues them.</summary>
    [TestClass]
    public class GestureTests
    {
        private static void Expect(GestureDecoder decoder, GestureKind kind, int count, long timeMs)
        {
            var g = new Gesture();
            Assert.IsTrue(decoder.Next(g), "a gesture");
            Assert.AreEqual((int)kind, (int)g.Kind, "kind");
            Assert.AreEqual(count, g.Count, "count");
            Assert.AreEqual(timeMs, g.TimeMs, "time");
        }

        private static void ExpectNothing(GestureDecoder decoder)
        {
            var g = new Gesture();
            Assert.IsFalse(decoder.Next(g), "nothing more");
            Assert.AreEqual((int)GestureKind.None, (int)g.Kind, "none");
        }

        /// <summary>A short press is a tap, then a click of one once no second press follows.</summary>
        [TestMethod]
        public void ATapIsASingleClick()
        {
            var d = new GestureDecoder();
            d.Reset(0, false);
            d.Edge(1000, true);
            d.Edge(1100, false);
            d.Advance(2000);
            Expect(d, GestureKind.Down, 1, 1000);
            Expect(d, GestureKind.Tap, 1, 1100);
            Expect(d, GestureKind.Up, 1, 1100);
            Expect(d, GestureKind.Click, 1, 1100 + GestureDecoder.ClickGapMs);
            ExpectNothing(d);
        }

        /// <summary>Two quick presses are one click of two.</summary>
        [TestMethod]
        public void TwoQuickPressesAreADoubleClick()
        {
            var d = new GestureDecoder();
            d.Reset(0, false);
            d.Edge(1000, true);
            d.Edge(1100, false);
            d.Edge(1300, true);
            d.Edge(1400, false);
            d.Advance(3000);
            Expect(d, GestureKind.Down, 1, 1000);
            Expect(d, GestureKind.Tap, 1, 1100);
            Expect(d, GestureKind.Up, 1, 1100);
            Expect(d, GestureKind.Down, 1, 1300);
            Expect(d, GestureKind.Tap, 1, 1400);
            Expect(d, GestureKind.Up, 1, 1400);
            Expect(d, GestureKind.Click, 2, 1400 + GestureDecoder.ClickGapMs);
            ExpectNothing(d);
        }

        /// <summary>A press held past the hold time is a hold, reported while still held; its release is a hold end, not a tap.</summary>
        [TestMethod]
        public void APressHeldIsAHold()
        {
            var d = new GestureDecoder();
            d.Reset(0, false);
            d.Edge(1000, true);
            d.Advance(1000 + GestureDecoder.HoldMs + 50);
            Expect(d, GestureKind.Down, 1, 1000);
            Expect(d, GestureKind.Hold, 1, 1000 + GestureDecoder.HoldMs);
            d.Edge(3500, false);
            d.Advance(5000);
            Expect(d, GestureKind.HoldEnd, 1, 3500);
            Expect(d, GestureKind.Up, 1, 3500);
            ExpectNothing(d);
        }

        /// <summary>A bounce shorter than the debounce time is not a press.</summary>
        [TestMethod]
        public void ABounceIsIgnored()
        {
            var d = new GestureDecoder();
            d.Reset(0, false);
            d.Edge(1000, true);
            d.Edge(1010, false);
            d.Advance(3000);
            ExpectNothing(d);
        }
    }
}
