using System;
using RelaxLamp.Core.Ring;
using Xunit;

namespace RelaxLamp.Core.Tests;

/// <summary>
/// The ring encoder, decoded back with bit arithmetic of its own (the ESP-IDF rmt_symbol_word_t
/// layout, not the core's RmtWord): every frame comes back byte for byte, and every pulse sits inside
/// its LED type's datasheet window.
/// </summary>
public class RingEncoderTests
{
    public static TheoryData<string> Types => new() { "WS2812B", "WS2812B-V5", "SK6812" };

    [Theory]
    [MemberData(nameof(Types))]
    public void Random_frames_decode_back_to_their_bytes_and_every_pulse_is_in_the_datasheet_window(string type)
    {
        LedTiming timing = LedTiming.Of(type);
        var encoder = new RmtFrameEncoder(24, timing);
        var random = new Random(11);
        var frame = new byte[encoder.FrameBytes];
        for (int round = 0; round < 200; round++)
        {
            random.NextBytes(frame);
            if (round == 0)
            {
                Array.Fill(frame, (byte)0);
            }
            else if (round == 1)
            {
                Array.Fill(frame, (byte)0xFF);
            }

            encoder.Encode(frame);
            Assert.Equal(frame, Decode(encoder.Symbols, timing, frame.Length));
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void The_frame_ends_in_a_low_reset_of_at_least_280_us_and_the_datasheet_minimum(string type)
    {
        LedTiming timing = LedTiming.Of(type);
        var encoder = new RmtFrameEncoder(24, timing);
        Assert.Equal(24 * 24 + 1, encoder.SymbolCount);
        Assert.Equal(encoder.SymbolCount * 4, encoder.Symbols.Length);
        var (d0, l0, d1, l1) = Word(encoder.Symbols, encoder.SymbolCount - 1);
        Assert.False(l0);
        Assert.False(l1);
        Assert.True(d0 > 0 && d1 > 0, "a zero duration would end the transmission early");
        int resetNs = (d0 + d1) * LedTiming.TickNs;
        Assert.True(resetNs >= 280_000, resetNs + " ns");
        Assert.True(resetNs >= timing.ResetMinNs, resetNs + " ns");
    }

    [Fact]
    public void Margins_are_what_the_timing_table_promises()
    {
        Assert.Equal(100, LedTiming.Of("WS2812B").MarginNs);
        Assert.Equal(80, LedTiming.Of("WS2812B-V5").MarginNs);
        Assert.Equal(150, LedTiming.Of("SK6812").MarginNs);
    }

    [Fact]
    public void The_v5_timing_is_needed_a_ws2812b_zero_is_too_long_for_a_v5()
    {
        // The original WS2812B's 0-bit high (400 ns) is past V5's 380 ns: the types really differ.
        LedTiming ws = LedTiming.Of("WS2812B");
        LedTiming v5 = LedTiming.Of("WS2812B-V5");
        Assert.True(ws.ZeroHighTicks * LedTiming.TickNs > v5.ZeroHighMaxNs);
    }

    [Fact]
    public void An_unknown_type_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LedTiming.Of("APA102"));
    }

    [Fact]
    public void Encode_reuses_one_buffer_and_a_dark_frame_is_ready_before_the_first_encode()
    {
        var encoder = new RmtFrameEncoder(12, LedTiming.Of("SK6812"));
        byte[] before = encoder.Symbols;
        Assert.Equal(new byte[36], Decode(before, encoder.Timing, 36));
        var frame = new byte[36];
        frame[5] = 0xA5;
        encoder.Encode(frame);
        Assert.Same(before, encoder.Symbols);
        Assert.Equal(frame, Decode(encoder.Symbols, encoder.Timing, 36));
    }

    [Fact]
    public void Boot_line_names_the_pulses()
    {
        Assert.Equal("WS2812B: 0 = 400/800 ns, 1 = 800/400 ns, reset 300 us, margin 100 ns", LedTiming.Of("WS2812B").Describe());
    }

    private static (int D0, bool L0, int D1, bool L1) Word(byte[] symbols, int index)
    {
        uint w = BitConverter.ToUInt32(symbols, index * 4);
        return ((int)(w & 0x7FFF), (w & 0x8000) != 0, (int)((w >> 16) & 0x7FFF), (w & 0x8000_0000) != 0);
    }

    /// <summary>Reads bytes back from the symbols, asserting each pulse against the datasheet window of the bit it encodes.</summary>
    private static byte[] Decode(byte[] symbols, LedTiming t, int count)
    {
        var bytes = new byte[count];
        for (int i = 0; i < count * 8; i++)
        {
            var (d0, l0, d1, l1) = Word(symbols, i);
            Assert.True(l0 && !l1, "symbol " + i + ": high then low");
            int high = d0 * LedTiming.TickNs;
            int low = d1 * LedTiming.TickNs;
            bool one = high >= t.OneHighMinNs;
            if (one)
            {
                Assert.InRange(high, t.OneHighMinNs, t.OneHighMaxNs);
                Assert.InRange(low, t.OneLowMinNs, t.OneLowMaxNs);
                bytes[i / 8] |= (byte)(0x80 >> (i % 8));
            }
            else
            {
                Assert.InRange(high, t.ZeroHighMinNs, t.ZeroHighMaxNs);
                Assert.InRange(low, t.ZeroLowMinNs, t.ZeroLowMaxNs);
            }
        }

        return bytes;
    }
}
