using System;
using System.IO.Hashing;
using RelaxLamp.Core.Settings;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class SettingsTests
{
    private static LampSettings Custom() => new()
    {
        LengthMinutes = 20,
        Brightness = 3,
        PaceTarget = 5550,
        Ratio = 220,
        Palette = PaletteId.Red,
        AudioOn = false,
        Volume = 2,
    };

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("123456789")]
    [InlineData("The quiet lamp breathes slowly in the dark room.")]
    public void Crc32_matches_System_IO_Hashing(string text)
    {
        byte[] data = System.Text.Encoding.UTF8.GetBytes(text);
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(data), RelaxLamp.Core.Settings.Crc32.Compute(data, 0, data.Length));
    }

    [Fact]
    public void Encode_then_decode_gives_the_same_settings_and_sequence()
    {
        var buf = new byte[SettingsCodec.RecordSize];
        SettingsCodec.Encode(Custom(), 4242, buf);
        var back = new LampSettings();
        Assert.Equal(4242, SettingsCodec.Decode(buf, buf.Length, back));
        Assert.True(back.SameAs(Custom()));
    }

    [Fact]
    public void Every_single_bit_flip_and_truncation_is_rejected_and_changes_nothing()
    {
        var buf = new byte[SettingsCodec.RecordSize];
        SettingsCodec.Encode(Custom(), 7, buf);
        for (int bit = 0; bit < buf.Length * 8; bit++)
        {
            var bad = (byte[])buf.Clone();
            bad[bit / 8] ^= (byte)(1 << (bit % 8));
            var into = new LampSettings();
            Assert.Equal(-1, SettingsCodec.Decode(bad, bad.Length, into));
            Assert.True(into.SameAs(new LampSettings()));
        }

        for (int len = 0; len < buf.Length; len++)
        {
            Assert.Equal(-1, SettingsCodec.Decode(buf, len, new LampSettings()));
        }

        Assert.Equal(-1, SettingsCodec.Decode(null!, 18, new LampSettings()));
    }

    [Fact]
    public void Out_of_range_values_with_a_good_crc_are_rejected()
    {
        var s = Custom();
        s.PaceTarget = 9000;
        var buf = new byte[SettingsCodec.RecordSize];
        SettingsCodec.Encode(s, 1, buf);
        Assert.Equal(-1, SettingsCodec.Decode(buf, buf.Length, new LampSettings()));
    }

    [Fact]
    public void Slots_alternate_and_load_the_newest_good_copy()
    {
        var slots = new SettingsSlots();
        var loaded = new LampSettings();
        Assert.False(slots.Load(null!, 0, null!, 0, loaded));
        Assert.True(loaded.SameAs(new LampSettings()));

        var files = new byte[2][];
        var s = new LampSettings();
        for (int i = 0; i < 5; i++)
        {
            s.Brightness = (i % 3) + 1;
            byte[] rec = slots.Prepare(s, out int slot);
            Assert.Equal(i % 2, slot);
            files[slot] = (byte[])rec.Clone();
        }

        var fresh = new SettingsSlots();
        Assert.True(fresh.Load(files[0], 18, files[1], 18, loaded));
        Assert.Equal(2, loaded.Brightness); // i = 4
        Assert.Equal(0, fresh.NewestSlot);

        // A power cut tore the newest write: the older copy (one change back) loads.
        files[0][9] ^= 0x40;
        Assert.True(fresh.Load(files[0], 18, files[1], 18, loaded));
        Assert.Equal(1, loaded.Brightness); // i = 3
        Assert.Equal(1, fresh.NewestSlot);

        // And the next save goes over the torn slot, not the good one.
        fresh.Prepare(s, out int next);
        Assert.Equal(0, next);
    }

    [Fact]
    public void Sequence_numbers_wrap()
    {
        var a = new byte[18];
        var b = new byte[18];
        var s = new LampSettings { Brightness = 2 };
        SettingsCodec.Encode(s, 65535, a);
        s.Brightness = 3;
        SettingsCodec.Encode(s, 0, b);
        var loaded = new LampSettings();
        var slots = new SettingsSlots();
        Assert.True(slots.Load(a, 18, b, 18, loaded));
        Assert.Equal(3, loaded.Brightness);
    }

    [Theory]
    [InlineData(6000, false, 5400 < LampSettings.MinPace ? LampSettings.MinPace : 5400)]
    [InlineData(6000, true, 6600)]
    [InlineData(7000, true, 7000)]
    [InlineData(5500, false, 5500)]
    [InlineData(6600, false, 5950)]
    public void Pace_nudges_about_ten_percent_within_range(int pace, bool faster, int expected)
    {
        Assert.Equal(expected, LampSettings.NudgePace(pace, faster));
    }

    [Fact]
    public void Lengths_cycle_10_15_20()
    {
        Assert.Equal(15, LampSettings.NextLength(10));
        Assert.Equal(20, LampSettings.NextLength(15));
        Assert.Equal(10, LampSettings.NextLength(20));
        Assert.Equal(10, LampSettings.NextLength(99));
    }
}
