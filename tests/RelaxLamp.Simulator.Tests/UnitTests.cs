using System;
using RelaxLamp.Core.Button;
using RelaxLamp.Engine;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Display;
using RelaxLamp.Simulator.Engine;
using RelaxLamp.Simulator.Output;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

public class UnitTests
{
    [Theory]
    [InlineData("0s", 0)]
    [InlineData("1.2s", 1200)]
    [InlineData("500ms", 500)]
    [InlineData("2m", 120000)]
    [InlineData("0.0005s", 1)]
    [InlineData("90s", 90000)]
    [InlineData("14m20s", 860000)]
    [InlineData("1m0.5s", 60500)]
    [InlineData("2m500ms", 120500)]
    public void Durations_read_as_whole_ms(string text, long ms)
    {
        Assert.True(DurationText.TryParse(text, out long got));
        Assert.Equal(ms, got);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("s")]
    [InlineData("-1s")]
    [InlineData("1e3ms")]
    [InlineData("1,5s")]
    [InlineData("2h")]
    [InlineData("1441m")]
    [InlineData("1m2m")]
    [InlineData("1.5m20s")]
    [InlineData("m20s")]
    public void Bad_durations_are_refused(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Fact]
    public void Frame_times_are_rounded_and_never_drift()
    {
        for (int fps = FrameClock.MinFps; fps <= FrameClock.MaxFps; fps++)
        {
            for (long k = 0; k < 5000; k += 7)
            {
                Assert.Equal((long)Math.Round(k * 1000m / fps, MidpointRounding.AwayFromZero), FrameClock.TimeOf(k, fps));
            }

            // An hour of frames lands exactly on the hour.
            Assert.Equal(3600000, FrameClock.TimeOf(3600L * fps, fps));
        }
    }

    [Fact]
    public void The_script_delivers_each_edge_on_the_first_frame_at_or_after_it_with_its_own_time()
    {
        var script = new PressScript();
        script.AddPress(0, 120);
        script.AddPress(1210, 2500);
        var q = new EdgeQueue();
        script.Deliver(0, q);
        Assert.Equal(1, q.Count);
        q.Clear();
        script.Deliver(1219, q);
        Assert.Equal(2, q.Count);
        Assert.Equal(120, q.TimeAt(0));
        Assert.False(q.DownAt(0));
        Assert.Equal(1210, q.TimeAt(1));
        Assert.True(q.DownAt(1));
        Assert.Equal(1, script.Pending);
        Assert.Throws<ArgumentOutOfRangeException>(() => script.AddPress(3000, 100)); // before the release at 3710
        Assert.Throws<ArgumentException>(() => script.Add(4000, false)); // already up
    }

    [Fact]
    public void Hex_is_lowercase_two_digits_a_byte()
    {
        var into = new char[8];
        int n = HexText.Write(new byte[] { 0x00, 0x0f, 0xa0, 0xff }, into);
        Assert.Equal("000fa0ff", new string(into, 0, n));
    }

    [Fact]
    public void Display_colour_keeps_the_hue_and_never_passes_255()
    {
        byte[] grb = { 2, 7, 0, 50, 100, 0 };
        Assert.Equal(((byte)140, (byte)40, (byte)0), DisplayColour.Of(grb, 0, 20));
        (byte r, byte g, byte b) = DisplayColour.Of(grb, 1, 20);
        Assert.Equal(255, r);
        Assert.Equal(127, g);
        Assert.Equal(0, b);
        Assert.True(DisplayColour.GainFor(24, Core.Settings.PaletteId.Warm, 1) >= 20);
        Assert.Equal(1, DisplayColour.GainForPeak(255));
    }

    [Fact]
    public void Ring_layouts_give_every_led_its_own_cell()
    {
        for (int n = 8; n <= 60; n++)
        {
            RingLayout layout = RingLayout.For(n);
            int found = 0;
            for (int row = 0; row < layout.Rows; row++)
            {
                for (int col = 0; col < layout.Columns; col++)
                {
                    found += layout.LedAt(row, col) >= 0 ? 1 : 0;
                }
            }

            Assert.Equal(n, found);
            Assert.Equal(0, layout.LedAt(0, 2 * layout.Radius)); // LED 0 at the top
        }
    }
}
