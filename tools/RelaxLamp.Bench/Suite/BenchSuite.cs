using System.Collections.Generic;
using RelaxLamp.Bench.Baselines;
using RelaxLamp.Bench.Figures;
using RelaxLamp.Bench.IlCount;
using RelaxLamp.Bench.Light;
using RelaxLamp.Bench.Session;
using RelaxLamp.Core.Light;

namespace RelaxLamp.Bench.Suite;

/// <summary>The measurements the full run and the CI tests share: the same code, a shorter session in CI.</summary>
public static class BenchSuite
{
    /// <summary>LEDs on the reference ring.</summary>
    public const int Leds = 24;

    /// <summary>The brightness level measured: 1, night.</summary>
    public const int NightLevel = 1;

    /// <summary>The scale P1 normalises to: the unquantised top of a breath at night, warm palette.</summary>
    public static LightScale NightScale(int leds) => ScaleAt(leds, NightLevel);

    /// <summary>The scale P1 normalises to at brightness landmark <paramref name="brightness"/> (1, 2, 3): the unquantised top of a breath there.</summary>
    public static LightScale ScaleAt(int leds, int brightness) => new LightScale(leds, Palette.Warm, DimmerScale.TopLevel(DimmerScale.OfLandmark(brightness)));

    /// <summary>P1 alone, on a session of <paramref name="minutes"/> at <paramref name="fps"/> at brightness landmark <paramref name="brightness"/>.</summary>
    public static SmoothnessResult SmoothnessAt(int brightness, int fps, int minutes, int leds = Leds)
    {
        SessionRun run = SessionRecorder.Record(leds, fps, minutes, brightness);
        return Smoothness.Measure(run.Frames, ScaleAt(leds, brightness), new LinearFade8(leds, Palette.Warm), new GammaFade28(leds, Palette.Warm));
    }

    /// <summary>
    /// Measures P1 to P4 on a session of <paramref name="minutes"/> at <paramref name="fps"/>, and P5 on
    /// sessions of each of <paramref name="endLengths"/> minutes.
    /// </summary>
    public static FpsFigures Measure(InstrumentedAssemblies images, int fps, int minutes, IReadOnlyList<int> endLengths, int leds = Leds)
    {
        var figures = new FpsFigures { Fps = fps, Minutes = minutes, Leds = leds };
        var linear = new LinearFade8(leds, Palette.Warm);
        var gamma = new GammaFade28(leds, Palette.Warm);
        SessionRun run = SessionRecorder.Record(leds, fps, minutes, NightLevel);
        figures.PressAtMs = run.PressAtMs;
        figures.Smoothness = Smoothness.Measure(run.Frames, NightScale(leds), linear, gamma);
        figures.Drift = Drift.Measure(run);
        figures.DriftCoarsePace = Drift.Measure(run, Drift.MilliBreath);
        figures.LampBytesPerFrame = Allocation.LampBytesPerFrame(leds, fps, minutes);
        figures.LinearBytesPerFrame = Allocation.RendererBytesPerFrame(linear, run.Frames);
        figures.GammaBytesPerFrame = Allocation.RendererBytesPerFrame(gamma, run.Frames);
        figures.Work = WorkPerFrame.Measure(images, leds, fps, minutes);
        foreach (int length in endLengths)
        {
            figures.EndTimes.Add(EndTime.Measure(length == minutes ? run : SessionRecorder.Record(leds, fps, length, NightLevel)));
        }

        return figures;
    }
}
