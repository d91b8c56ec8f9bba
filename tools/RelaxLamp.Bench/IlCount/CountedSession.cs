using System.Collections.Generic;
using RelaxLamp.Bench.Baselines;
using RelaxLamp.Bench.Session;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Bench.IlCount;

/// <summary>
/// Runs inside the counting context (see <see cref="WorkPerFrame"/>): one warm-up session, then a
/// counted one, frame by frame. Each frame also renders its level alone with the lamp's renderer and
/// with each baseline, so a baseline's frame can be priced as the lamp's frame with its renderer swapped.
/// </summary>
public static class CountedSession
{
    /// <summary>Counts a session of <paramref name="minutes"/> at <paramref name="fps"/> on <paramref name="leds"/> LEDs; see <see cref="CountLayout"/> for the answer.</summary>
    public static long[] Run(int leds, int fps, int minutes, int methods)
    {
        IlCounter.Reset(methods);
        var settings = new LampSettings { LengthMinutes = minutes };
        var driver = new SessionDriver(leds, fps, settings);
        var renderer = new RingRenderer(leds) { Palette = Palette.Of(settings.Palette) };
        var linear = new LinearFade8(leds, renderer.Palette);
        var gamma = new GammaFade28(leds, renderer.Palette);
        var scratch = new byte[leds * 3];
        driver.BeginSession();
        while (driver.Next())
        {
            RenderAlone(renderer, linear, gamma, driver.Loop.Lamp.Level, scratch);
        }

        IlCounter.Reset(methods);
        var rows = new List<long>();
        var before = new long[methods];
        var beforeCalls = new long[methods];
        var after = new long[methods];
        var afterCalls = new long[methods];
        var breathing = new long[methods];
        var breathingCalls = new long[methods];
        int frames = 0;
        driver.BeginSession();
        bool more;
        do
        {
            IlCounter.CopyInstructions(before);
            IlCounter.CopyCalls(beforeCalls);
            long il = IlCounter.Instructions;
            long calls = IlCounter.Calls;
            more = driver.Next();
            long stepIl = IlCounter.Instructions - il;
            long stepCalls = IlCounter.Calls - calls;
            LampState state = driver.Loop.Lamp.State;
            if (driver.Loop.Lamp.IsBreathing)
            {
                IlCounter.CopyInstructions(after);
                IlCounter.CopyCalls(afterCalls);
                for (int m = 0; m < methods; m++)
                {
                    breathing[m] += after[m] - before[m];
                    breathingCalls[m] += afterCalls[m] - beforeCalls[m];
                }
            }

            rows.Add(driver.Loop.NowMs);
            rows.Add((long)state);
            rows.Add(stepIl);
            rows.Add(stepCalls);
            int level = driver.Loop.Lamp.Level;
            il = IlCounter.Instructions;
            calls = IlCounter.Calls;
            renderer.Clear(scratch);
            renderer.Fill(scratch, 0, leds, level);
            Measured(rows, il, calls);
            il = IlCounter.Instructions;
            calls = IlCounter.Calls;
            linear.Render(level, scratch);
            Measured(rows, il, calls);
            il = IlCounter.Instructions;
            calls = IlCounter.Calls;
            gamma.Render(level, scratch);
            Measured(rows, il, calls);
            frames++;
        }
        while (more);

        var answer = new long[CountLayout.HeaderLength + rows.Count + (2 * methods)];
        answer[CountLayout.HeaderFrames] = frames;
        answer[CountLayout.HeaderMethods] = methods;
        answer[CountLayout.HeaderPressAt] = driver.PressAtMs;
        rows.CopyTo(answer, CountLayout.HeaderLength);
        breathing.CopyTo(answer, CountLayout.HeaderLength + rows.Count);
        breathingCalls.CopyTo(answer, CountLayout.HeaderLength + rows.Count + methods);
        return answer;
    }

    private static void RenderAlone(RingRenderer renderer, LinearFade8 linear, GammaFade28 gamma, int level, byte[] scratch)
    {
        renderer.Clear(scratch);
        renderer.Fill(scratch, 0, renderer.LedCount, level);
        linear.Render(level, scratch);
        gamma.Render(level, scratch);
    }

    private static void Measured(List<long> rows, long il, long calls)
    {
        rows.Add(IlCounter.Instructions - il);
        rows.Add(IlCounter.Calls - calls);
    }
}
