using nanoFramework.TestFramework;
using RelaxLamp.Core.Ring;

namespace NFUnitTest
{
    /// <summary>
    /// The ring encoder on the interpreter: frames decoded back from the serialised RMT symbols (bit
    /// arithmetic of these tests, not RmtWord's), every pulse checked against its datasheet window.
    /// </summary>
    [TestClass]
    public class RingTests
    {
        [TestMethod]
        public void Ws2812b_frames_decode_back_with_every_pulse_in_its_window()
        {
            RoundTrips("WS2812B");
        }

        [TestMethod]
        public void Ws2812b_v5_frames_decode_back_with_every_pulse_in_its_window()
        {
            RoundTrips("WS2812B-V5");
        }

        [TestMethod]
        public void Sk6812_frames_decode_back_with_every_pulse_in_its_window()
        {
            RoundTrips("SK6812");
        }

        [TestMethod]
        public void The_frame_ends_in_a_low_reset_of_at_least_280_us()
        {
            var encoder = new RmtFrameEncoder(24, LedTiming.Of("WS2812B-V5"));
            Assert.AreEqual(577, encoder.SymbolCount);
            int at = (encoder.SymbolCount - 1) * 4;
            uint w = Word(encoder.Symbols, at);
            Assert.IsTrue((w & 0x80008000u) == 0, "both halves low");
            int ticks = (int)(w & 0x7FFF) + (int)((w >> 16) & 0x7FFF);
            Assert.IsTrue((w & 0x7FFF) != 0 && ((w >> 16) & 0x7FFF) != 0, "no zero duration");
            Assert.IsTrue(ticks * LedTiming.TickNs >= 280000, "reset long enough");
        }

        private static void RoundTrips(string type)
        {
            LedTiming t = LedTiming.Of(type);
            var encoder = new RmtFrameEncoder(24, t);
            var frame = new byte[encoder.FrameBytes];
            uint seed = 11;
            for (int round = 0; round < 12; round++)
            {
                for (int i = 0; i < frame.Length; i++)
                {
                    seed = (seed * 1103515245u) + 12345u;
                    frame[i] = round == 0 ? (byte)0 : round == 1 ? (byte)255 : (byte)(seed >> 16);
                }

                encoder.Encode(frame);
                byte[] symbols = encoder.Symbols;
                for (int i = 0; i < frame.Length; i++)
                {
                    int value = 0;
                    for (int bit = 0; bit < 8; bit++)
                    {
                        uint w = Word(symbols, ((i * 8) + bit) * 4);
                        Assert.IsTrue((w & 0x8000u) != 0 && (w & 0x80000000u) == 0, "high then low");
                        int high = (int)(w & 0x7FFF) * LedTiming.TickNs;
                        int low = (int)((w >> 16) & 0x7FFF) * LedTiming.TickNs;
                        if (high >= t.OneHighMinNs)
                        {
                            Assert.IsTrue(high <= t.OneHighMaxNs && low >= t.OneLowMinNs && low <= t.OneLowMaxNs, "1 bit in window");
                            value |= 0x80 >> bit;
                        }
                        else
                        {
                            Assert.IsTrue(high >= t.ZeroHighMinNs && high <= t.ZeroHighMaxNs && low >= t.ZeroLowMinNs && low <= t.ZeroLowMaxNs, "0 bit in window");
                        }
                    }

                    Assert.AreEqual((int)frame[i], value, "byte decodes back");
                }
            }
        }

        private static uint Word(byte[] b, int at)
        {
            return (uint)(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) | ((uint)b[at + 3] << 24);
        }
    }
}
