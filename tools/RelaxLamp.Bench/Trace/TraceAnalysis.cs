using System.Globalization;
using System.Text;
using RelaxLamp.Bench.Baselines;
using RelaxLamp.Bench.Figures;
using RelaxLamp.Bench.Light;
using RelaxLamp.Bench.Session;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Session;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench.Trace;

/// <summary>P1 on a trace read from a file (the simulator's), with the same code the bench uses in process.</summary>
public static class TraceAnalysis
{
    /// <summary>Measures P1 on <paramref name="frames"/>, a warm-palette session at <paramref name="brightness"/>.</summary>
    public static SmoothnessResult Smoothness(FrameSeries frames, int brightness)
    {
        var scale = new LightScale(frames.Leds, Palette.Warm, DimmerScale.TopLevel(DimmerScale.OfLandmark(brightness)));
        return Figures.Smoothness.Measure(frames, scale, new LinearFade8(frames.Leds, Palette.Warm), new GammaFade28(frames.Leds, Palette.Warm));
    }

    /// <summary>A short text report of a trace: its frames, its sessions' spans and P1.</summary>
    public static string Describe(FrameSeries frames, int brightness)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{frames.Count} frames of {frames.Leds} LEDs, {frames.TimeAt(0)} to {frames.TimeAt(frames.Count - 1)} ms");
        long start = -1;
        for (int i = 1; i < frames.Count; i++)
        {
            LampState was = frames.StateAt(i - 1);
            LampState now = frames.StateAt(i);
            if (was == LampState.Asleep && now == LampState.Choosing)
            {
                start = frames.TimeAt(i);
            }
            else if (start >= 0 && now == LampState.Asleep && was != LampState.Asleep)
            {
                text.AppendLine(inv, $"session: first frame choosing {start} ms, first frame asleep {frames.TimeAt(i)} ms ({(frames.TimeAt(i) - start) / 60000.0:F4} min)");
                start = -1;
            }
        }

        SmoothnessResult s = Smoothness(frames, brightness);
        text.AppendLine(inv, $"P1 largest L* step: lamp {s.Lamp.Size:F3} at {s.Lamp.AtMs} ms = {s.LampRatio:F2} x floor");
        text.AppendLine(inv, $"P1 floor {s.Floor:F3} = max(curve {s.Curve.Size:F3}, one code {s.OneCodeStep:F3}); baselines on the trace's levels: (a) {s.Linear.Size:F3} = {s.LinearRatio:F2} x, (b) {s.Gamma.Size:F3} = {s.GammaRatio:F2} x");
        text.AppendLine(inv, $"P1 frame pairs compared: {s.Lamp.Pairs}; brightest frame L* {s.LampPeak:F2}");
        return text.ToString();
    }
}
