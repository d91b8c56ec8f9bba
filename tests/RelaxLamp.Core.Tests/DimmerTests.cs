using System;
using RelaxLamp.Core.Glides;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Settings;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class DimmerTests
{
    [Fact]
    public void The_dimmers_written_out_ends_and_landmarks_are_the_brightness_levels()
    {
        // DimmerScale may not read Brightness while nanoCLR starts; the numbers it holds must agree with it.
        Assert.Equal(DimmerScale.FloorLevel, Brightness.TopLevel(1));
        Assert.Equal(DimmerScale.CapLevel, Brightness.CapLevel);
        Assert.Equal(DimmerScale.FloorLevel, DimmerScale.TopLevel(DimmerScale.Floor));
        Assert.Equal(DimmerScale.CapLevel, DimmerScale.TopLevel(DimmerScale.Cap));
        double Light(int level) => (double)Lightness.ToLinear(level) / Lightness.LinearFull;
        Assert.InRange(Light(DimmerScale.TopLevel(DimmerScale.Landmark2)) / Light(Brightness.TopLevel(2)), 0.99, 1.01);
        Assert.InRange(Light(DimmerScale.TopLevel(DimmerScale.Landmark3)) / Light(Brightness.TopLevel(3)), 0.99, 1.01);
        Assert.Equal(DimmerScale.Floor, DimmerScale.OfLandmark(1));
        Assert.Equal(DimmerScale.Landmark3, DimmerScale.OfLandmark(3));
    }

    [Fact]
    public void The_renderers_written_out_cap_is_the_caps_light()
    {
        Assert.Equal(RingRenderer.CapLinear, Lightness.ToLinear(Brightness.CapLevel));
    }

    [Fact]
    public void Positions_are_evenly_spaced_in_lightness()
    {
        int step = DimmerScale.TopLevel(2) - DimmerScale.TopLevel(1);
        for (int p = 2; p < DimmerScale.Cap; p++)
        {
            Assert.InRange(DimmerScale.TopLevel(p + 1) - DimmerScale.TopLevel(p), step - 1, step + 1);
        }
    }

    [Fact]
    public void A_glide_dims_first_alternates_and_stops_at_the_ends()
    {
        var g = new DimmerGlide();
        g.Reset(100);
        g.Begin(0);
        Assert.True(g.Dimming);
        Assert.Equal(100 * 256 - (254 * 256 / 10), g.PositionQ8At(1000));
        Assert.Equal(DimmerScale.Floor * 256, g.PositionQ8At(60_000));
        Assert.Equal(1, g.End(60_000));
        Assert.False(g.AtLimit(60_000), "the next hold brightens, away from the floor");
        g.Begin(61_000);
        Assert.False(g.Dimming);
        Assert.Equal(DimmerScale.Cap, g.End(200_000));
        g.Reset(DimmerScale.Floor);
        Assert.True(g.AtLimit(0), "a new session's first hold at the floor can only try to dim");
    }

    [Fact]
    public void OfLinear_is_FromLinear_fast()
    {
        var rnd = new Random(12);
        for (int i = 0; i < 20_000; i++)
        {
            int linear = i < 2000 ? i : rnd.Next(0, Lightness.LinearFull + 1);
            Assert.Equal(Lightness.FromLinear(linear), Lightness.OfLinear(linear));
        }
    }

    [Fact]
    public void Times_multiplies_light()
    {
        int top = Brightness.TopLevel(3);
        Assert.Equal(top, Lightness.Times(top, Lightness.Full));
        Assert.Equal(0, Lightness.Times(top, 0));
        int half = Lightness.FromLinear(Lightness.LinearFull / 2);
        double got = (double)Lightness.ToLinear(Lightness.Times(top, half)) / Lightness.ToLinear(top);
        Assert.InRange(got, 0.499, 0.501);
    }

    [Fact]
    public void A_version_1_record_loads_its_brightness_as_the_landmark_position()
    {
        var buffer = new byte[SettingsCodec.RecordSize];
        SettingsCodec.Encode(new LampSettings { Brightness = 3 }, 5, buffer);

        // Rewrite it as the old version (level 3 at byte 7) with its own CRC.
        buffer[2] = SettingsCodec.VersionLevels;
        uint crc = Crc32.Compute(buffer, 0, 14);
        buffer[14] = (byte)crc;
        buffer[15] = (byte)(crc >> 8);
        buffer[16] = (byte)(crc >> 16);
        buffer[17] = (byte)(crc >> 24);
        var loaded = new LampSettings();
        Assert.Equal(5, SettingsCodec.Decode(buffer, buffer.Length, loaded));
        Assert.Equal(DimmerScale.Landmark3, loaded.Brightness);

        buffer[7] = 7; // not a level of version 1
        crc = Crc32.Compute(buffer, 0, 14);
        buffer[14] = (byte)crc;
        buffer[15] = (byte)(crc >> 8);
        buffer[16] = (byte)(crc >> 16);
        buffer[17] = (byte)(crc >> 24);
        Assert.Equal(-1, SettingsCodec.Decode(buffer, buffer.Length, new LampSettings()));
    }
}
