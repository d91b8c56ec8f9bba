using System;
using RelaxLamp.Bench.Baselines;
using RelaxLamp.Bench.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench.Figures;

/// <summary>
/// P3 allocation: bytes the current thread allocates per frame over a whole session, after a warm-up
/// session on the same lamp (so one-time initialisation and JIT are done).
/// </summary>
public static class Allocation
{
    /// <summary>Bytes per frame of the lamp's <c>Step</c> over a session of <paramref name="minutes"/> at <paramref name="fps"/>.</summary>
    public static double LampBytesPerFrame(int leds, int fps, int minutes)
    {
        var settings = new LampSettings { LengthMinutes = minutes };
        var driver = new SessionDriver(leds, fps, settings);
        RunSession(driver);
        long frames = driver.Loop.FrameCount;
        long before = GC.GetAllocatedBytesForCurrentThread();
        RunSession(driver);
        long after = GC.GetAllocatedBytesForCurrentThread();
        return (after - before) / (double)(driver.Loop.FrameCount - frames);
    }

    /// <summary>Bytes per frame of a renderer over the levels of <paramref name="frames"/> (after one warm-up pass).</summary>
    public static double RendererBytesPerFrame(IFrameRenderer renderer, FrameSeries frames)
    {
        var grb = new byte[frames.Leds * 3];
        RenderAll(renderer, frames, grb);
        long before = GC.GetAllocatedBytesForCurrentThread();
        RenderAll(renderer, frames, grb);
        long after = GC.GetAllocatedBytesForCurrentThread();
        return (after - before) / (double)frames.Count;
    }

    private static void RunSession(SessionDriver driver)
    {
        driver.BeginSession();
        while (driver.Next())
        {
        }
    }

    private static void RenderAll(IFrameRenderer renderer, FrameSeries frames, byte[] grb)
    {
        for (int i = 0; i < frames.Count; i++)
        {
            renderer.Render(frames.LevelAt(i), grb);
        }
    }
}
