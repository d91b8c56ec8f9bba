using System;
using System.Reflection;
using RelaxLamp.Core;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Bench.IlCount;

/// <summary>
/// P4 work per frame: instruments copies of the core and the baselines (<see cref="Instrumenter"/>),
/// loads them into a collectible context and runs <see cref="CountedSession"/> there.
/// </summary>
public static class WorkPerFrame
{
    /// <summary>Instruments the core and the bench this process runs.</summary>
    public static InstrumentedAssemblies Instrument() =>
        Instrumenter.Instrument(typeof(Lamp).Assembly.Location, typeof(IlCounter).Assembly.Location);

    /// <summary>Counts a session of <paramref name="minutes"/> at <paramref name="fps"/> on <paramref name="leds"/> LEDs.</summary>
    public static WorkResult Measure(InstrumentedAssemblies images, int leds, int fps, int minutes)
    {
        ArgumentNullException.ThrowIfNull(images);
        long[] data;
        var context = new CountingContext(images);
        try
        {
            Type run = context.Bench.GetType(typeof(CountedSession).FullName!, throwOnError: true)!;
            MethodInfo method = run.GetMethod(nameof(CountedSession.Run))!;
            data = (long[])method.Invoke(null, new object[] { leds, fps, minutes, images.Methods.Count })!;
        }
        finally
        {
            context.Unload();
        }

        return Summarise(data, images, fps);
    }

    /// <summary>The core's IL over the frames of a <see cref="RelaxLamp.Scenarios.FrameCost"/> window: the window run with its frames, less the run without.</summary>
    public static long MeasureWindow(InstrumentedAssemblies images, int window, int leds)
    {
        ArgumentNullException.ThrowIfNull(images);
        var context = new CountingContext(images);
        try
        {
            Type run = context.Bench.GetType(typeof(CountedWindow).FullName!, throwOnError: true)!;
            MethodInfo method = run.GetMethod(nameof(CountedWindow.Run))!;
            long with = (long)method.Invoke(null, new object[] { window, leds, true, images.Methods.Count })!;
            long without = (long)method.Invoke(null, new object[] { window, leds, false, images.Methods.Count })!;
            return with - without;
        }
        finally
        {
            context.Unload();
        }
    }

    private static WorkResult Summarise(long[] data, InstrumentedAssemblies images, int fps)
    {
        int frames = (int)data[CountLayout.HeaderFrames];
        int methods = (int)data[CountLayout.HeaderMethods];
        var r = new WorkResult { Fps = fps, Frames = frames };
        double lamp = 0;
        double lampAll = 0;
        double calls = 0;
        double render = 0;
        double linear = 0;
        double linearCalls = 0;
        double linearAlone = 0;
        double gamma = 0;
        double gammaCalls = 0;
        double gammaAlone = 0;
        for (int f = 0; f < frames; f++)
        {
            int at = CountLayout.HeaderLength + (f * CountLayout.RowLength);
            long step = data[at + CountLayout.StepIl];
            long stepCalls = data[at + CountLayout.StepCalls];
            var state = (LampState)data[at + CountLayout.State];
            lampAll += step;
            if (step > r.LampMax)
            {
                r.LampMax = step;
                r.LampMaxAtMs = data[at + CountLayout.Time] - data[CountLayout.HeaderPressAt];
                r.LampMaxState = LampStateNames.Of(state);
            }

            r.LampCallsMax = Math.Max(r.LampCallsMax, stepCalls);
            if (state != LampState.Breathing && state != LampState.Ending)
            {
                continue;
            }

            long rest = step - data[at + CountLayout.RenderIl];
            long restCalls = stepCalls - data[at + CountLayout.RenderCalls];
            long withLinear = rest + data[at + CountLayout.LinearIl];
            long withGamma = rest + data[at + CountLayout.GammaIl];
            r.BreathingFrames++;
            r.LampMaxBreathing = Math.Max(r.LampMaxBreathing, step);
            lamp += step;
            calls += stepCalls;
            render += data[at + CountLayout.RenderIl];
            linear += withLinear;
            linearCalls += restCalls + data[at + CountLayout.LinearCalls];
            linearAlone += data[at + CountLayout.LinearIl];
            r.LinearMax = Math.Max(r.LinearMax, withLinear);
            gamma += withGamma;
            gammaCalls += restCalls + data[at + CountLayout.GammaCalls];
            gammaAlone += data[at + CountLayout.GammaIl];
            r.GammaMax = Math.Max(r.GammaMax, withGamma);
        }

        double n = Math.Max(1, r.BreathingFrames);
        r.LampMean = lamp / n;
        r.LampMeanSession = lampAll / Math.Max(1, frames);
        r.LampCallsMean = calls / n;
        r.RenderMean = render / n;
        r.LinearMean = linear / n;
        r.LinearCallsMean = linearCalls / n;
        r.LinearRenderMean = linearAlone / n;
        r.GammaMean = gamma / n;
        r.GammaCallsMean = gammaCalls / n;
        r.GammaRenderMean = gammaAlone / n;

        int perMethod = CountLayout.HeaderLength + (frames * CountLayout.RowLength);
        for (int m = 0; m < methods; m++)
        {
            long il = data[perMethod + m];
            if (il > 0)
            {
                r.Breakdown.Add((images.Methods[m], il / n, data[perMethod + methods + m] / n));
            }
        }

        r.Breakdown.Sort((x, y) => y.Il.CompareTo(x.Il));
        return r;
    }
}
