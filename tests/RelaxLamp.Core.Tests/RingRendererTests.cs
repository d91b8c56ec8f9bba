using System;
using System.Linq;
using RelaxLamp.Core.Light;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class RingRendererTests
{
    private static int Sum(byte[] f) => f.Sum(b => b);

    private static double Output(byte[] f, int leds) => Sum(f) / (leds * 765.0);

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(24)]
    [InlineData(60)]
    public void Brightness_tops_are_1_3_10_percent_and_nothing_exceeds_15(int leds)
    {
        var r = new RingRenderer(leds);
        var f = new byte[r.FrameBytes];
        double[] expect = { 0, 0.01, 0.03, 0.10 };
        for (int level = 1; level <= 3; level++)
        {
            r.Fill(f, 0, leds, Brightness.TopLevel(level));
            Assert.InRange(Output(f, leds), expect[level] - (1.5 / (leds * 765.0)), expect[level] + (1.5 / (leds * 765.0)));
        }

        r.Fill(f, 0, leds, 65535);
        Assert.True(Output(f, leds) <= 0.15);
        Assert.True(Output(f, leds) > 0.149);
    }

    [Fact]
    public void Bytes_are_GRB_and_the_warm_palette_has_no_blue()
    {
        var r = new RingRenderer(24);
        var f = new byte[r.FrameBytes];
        r.Fill(f, 0, 24, Brightness.TopLevel(3));
        for (int led = 0; led < 24; led++)
        {
            byte g = f[led * 3], red = f[(led * 3) + 1], b = f[(led * 3) + 2];
            Assert.Equal(0, b);
            Assert.True(red > g * 2, "red is the strongest channel, in the second byte");
        }
    }

    [Fact]
    public void Deep_red_has_only_red()
    {
        var r = new RingRenderer(16) { Palette = Palette.DeepRed };
        var f = new byte[r.FrameBytes];
        r.Fill(f, 0, 16, Brightness.TopLevel(2));
        for (int led = 0; led < 16; led++)
        {
            Assert.Equal(0, f[led * 3]);
            Assert.Equal(0, f[(led * 3) + 2]);
        }
    }

    [Fact]
    public void Total_light_moves_in_steps_of_at_most_one_red_code_at_the_dark_end()
    {
        // Light of a frame in red-code units: WS2812B red 405, green 690, blue 190 mcd.
        static double Light(byte[] f) => Enumerable.Range(0, f.Length / 3).Sum(i => f[(i * 3) + 1] + (f[i * 3] * 690.0 / 405) + (f[(i * 3) + 2] * 190.0 / 405));
        var r = new RingRenderer(24);
        var f = new byte[r.FrameBytes];
        double prev = 0;
        int top = Brightness.TopLevel(1);
        for (int level = 0; level <= top; level += 8)
        {
            r.Fill(f, 0, 24, level);
            double light = Light(f);
            Assert.True(light - prev <= 1.05, $"step {light - prev} at {level}");
            Assert.True(light >= prev - 0.75, $"fell {prev - light} at {level}");
            prev = light;
        }
    }

    [Fact]
    public void Each_led_only_brightens_as_the_level_rises_so_nothing_wanders()
    {
        var r = new RingRenderer(24);
        var f = new byte[r.FrameBytes];
        var prevRed = new int[24];
        for (int level = 0; level <= Brightness.TopLevel(1); level += 4)
        {
            r.Fill(f, 0, 24, level);
            for (int led = 0; led < 24; led++)
            {
                // Red may give one code back to green's rounding; it never moves to another LED.
                int red = f[(led * 3) + 1];
                Assert.True(red >= prevRed[led] - 1, $"LED {led} dimmed at {level}");
                prevRed[led] = Math.Max(prevRed[led], red);
            }
        }
    }

    [Theory]
    [InlineData(12)]
    [InlineData(16)]
    [InlineData(24)]
    [InlineData(60)]
    public void Lit_leds_are_spread_evenly_for_every_count(int leds)
    {
        int[] order = SpreadOrder.For(leds);
        Assert.Equal(Enumerable.Range(0, leds), order.OrderBy(x => x));
        for (int k = 2; k <= leds; k++)
        {
            var lit = order.Take(k).OrderBy(x => x).ToArray();
            int maxGap = Enumerable.Range(0, k).Max(i => ((lit[(i + 1) % k] - lit[i] + leds - 1) % leds) + 1);
            double even = (double)leds / k;
            Assert.True(maxGap <= Math.Ceiling(even * 2.7), $"{k} lit of {leds}: gap {maxGap}");
        }
    }

    [Fact]
    public void Hue_holds_steady_while_dimming_until_a_few_codes_of_red()
    {
        var r = new RingRenderer(24);
        var f = new byte[r.FrameBytes];
        double targetShare = 72.0 / (255 + 72);
        for (int level = Brightness.TopLevel(3); level > 0; level -= 200)
        {
            r.Fill(f, 0, 24, level);
            int red = Enumerable.Range(0, 24).Sum(i => f[(i * 3) + 1]);
            int green = Enumerable.Range(0, 24).Sum(i => f[i * 3]);
            if (red < 24 * 4)
            {
                break; // below a few codes of red per LED the eye sees no colour
            }

            double share = (double)green / (red + green);
            Assert.InRange(share, targetShare - 0.02, targetShare + 0.02);
        }
    }

    [Fact]
    public void Zones_fill_only_their_leds()
    {
        var r = new RingRenderer(24);
        var f = new byte[r.FrameBytes];
        r.Fill(f, 0, 8, Brightness.TopLevel(3));
        Assert.Contains(f.Take(24), b => b > 0);
        Assert.All(f.Skip(24), b => Assert.Equal(0, b));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(61)]
    public void Ring_size_out_of_range_is_refused(int leds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RingRenderer(leds));
    }
}
