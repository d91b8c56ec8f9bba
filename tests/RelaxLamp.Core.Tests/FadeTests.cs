using System;
using System.Collections.Generic;
using System.Linq;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Core.Tests;

/// <summary>Fades even to the eye: measured from the ring's bytes, in lightness relative to the breath's top.</summary>
public class FadeTests
{
    private readonly ITestOutputHelper _out;

    public FadeTests(ITestOutputHelper output) => _out = output;

    /// <summary>
    /// The tops of the breaths in the end fade: (time of the top, relative L* of the brightest frame within
    /// 100 ms of it), for every breath whose top (the end of its in-breath) falls in the fade.
    /// </summary>
    private static List<(long t, double top)> EndFadeTops(int minutes, int position)
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = minutes, Brightness = position });
        long fadeFrom = (minutes * 60_000L) - Lamp.EndFadeMs;
        var tops = new List<(long t, double top)>();
        d.Press(0);
        d.RunUntilDark((minutes + 1) * 60_000L, x =>
        {
            long top = x.Lamp.Pacer.InEndMs;
            if (top < fadeFrom || Math.Abs(x.Now - top) > 100)
            {
                return;
            }

            if (tops.Count == 0 || tops[^1].t != top)
            {
                tops.Add((top, 0));
            }

            tops[^1] = (top, Math.Max(tops[^1].top, x.FrameRelL));
        });
        return tops;
    }

    [Theory]
    [InlineData(10, DimmerScale.Floor)]
    [InlineData(15, DimmerScale.Floor)]
    [InlineData(20, DimmerScale.Floor)]
    [InlineData(15, DimmerScale.Landmark2)]
    [InlineData(15, DimmerScale.Landmark3)]
    [InlineData(15, DimmerScale.Cap)]
    public void The_end_fades_breath_tops_fall_along_a_straight_line_in_relative_lightness(int minutes, int position)
    {
        long end = minutes * 60_000L;
        var tops = EndFadeTops(minutes, position);
        double worst = 0;
        foreach (var (t, top) in tops)
        {
            double line = 100.0 * (end - t) / Lamp.EndFadeMs;
            worst = Math.Max(worst, Math.Abs(top - line));
        }

        _out.WriteLine($"{minutes} min, position {position}: tops {string.Join(", ", tops.Select(x => x.top.ToString("F0")))}; worst {worst:F1} from the line");
        Assert.True(tops.Count >= 6);
        Assert.True(worst <= 10, $"a breath top {worst:F1} relative L* from the straight line");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(15)]
    [InlineData(20)]
    public void The_first_light_stays_under_20_relative_L_in_its_first_300_ms(int minutes)
    {
        foreach (int position in new[] { DimmerScale.Floor, DimmerScale.Landmark2, DimmerScale.Landmark3, DimmerScale.Cap })
        {
            var d = new Drive(settings: new LampSettings { LengthMinutes = minutes, Brightness = position });
            double max = 0;
            d.Press(0, 120, x => max = x.Now <= 300 ? Math.Max(max, x.FrameRelL) : max);
            d.RunUntil(300, x => max = Math.Max(max, x.FrameRelL));
            _out.WriteLine($"{minutes} min, position {position}: {max:F1} relative L* at 300 ms");
            Assert.True(max <= 20, $"{max:F1}");
        }
    }

    [Fact]
    public void The_stop_fade_falls_evenly_in_relative_lightness()
    {
        var d = new Drive(settings: new LampSettings { Brightness = DimmerScale.Landmark3 });
        d.Press(0);
        d.RunUntil(120_000);
        d.Press(120_000);
        long from = 120_120;
        double worst = 0;
        d.RunUntilDark(130_000, x =>
        {
            // The breath goes on under the fade; the fade is the envelope: never above its straight line.
            double line = 100.0 * (from + Lamp.StopFadeMs - x.Now) / Lamp.StopFadeMs;
            worst = Math.Max(worst, x.FrameRelL - line);
        });
        Assert.True(worst <= 1.0, $"{worst:F2} above the line");
        Assert.InRange(d.Now, from + Lamp.StopFadeMs, from + Lamp.StopFadeMs + 20);
    }

    [Fact]
    public void A_breath_swells_from_relative_L_40_to_100()
    {
        var d = new Drive(settings: new LampSettings { Brightness = DimmerScale.Landmark3 });
        d.Press(0);
        d.RunUntil(200_000);
        double lo = 100;
        double hi = 0;
        d.RunUntil(230_000, x =>
        {
            lo = Math.Min(lo, x.RelL);
            hi = Math.Max(hi, x.RelL);
        });
        Assert.InRange(lo, 39, 41);
        Assert.InRange(hi, 99.5, 100.01);
    }
}
