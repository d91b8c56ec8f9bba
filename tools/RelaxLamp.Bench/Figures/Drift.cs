using System;
using RelaxLamp.Bench.Session;
using RelaxLamp.Core;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench.Figures;

/// <summary>P2 drift: the core's breath schedule against <see cref="ReferenceSchedule"/>, edge by edge.</summary>
public static class Drift
{
    /// <summary>Pace resolution of the diagnostic reference: one milli-breath a minute, in breaths a minute.</summary>
    public const double MilliBreath = 0.001;

    /// <summary>Measures the drift of <paramref name="run"/>'s schedule against the reference (exact, or with its pace cut to <paramref name="paceStep"/> when above 0).</summary>
    public static DriftResult Measure(SessionRun run, double paceStep = 0)
    {
        double start = run.SessionStartMs;
        double lengthMs = run.Settings.LengthMinutes * 60000.0;
        double rampMs = lengthMs * Lamp.RampPercent / 100.0;
        var reference = ReferenceSchedule.Compute(
            start,
            start + Lamp.StartLengthMs(run.Settings.LengthMinutes),
            start + lengthMs,
            rampMs,
            Lamp.StartPace / 1000.0,
            run.Settings.PaceTarget / 1000.0,
            run.Settings.Ratio / 100.0,
            paceStep);

        var result = new DriftResult { CoreBreaths = run.Breaths.Count, ReferenceBreaths = reference.Count };
        int n = Math.Min(run.Breaths.Count, reference.Count);
        for (int k = 0; k < n; k++)
        {
            BreathRecord c = run.Breaths[k];
            ReferenceSchedule.Breath r = reference[k];
            Take(result, (c.StartUs / 1000.0) - r.Start, r.Start, start, rampMs);
            Take(result, (c.InEndUs / 1000.0) - r.InEnd, r.InEnd, start, rampMs);
            Take(result, (c.EndUs / 1000.0) - r.End, r.End, start, rampMs);
        }

        if (n > 0)
        {
            result.EndErrorMs = (run.Breaths[run.Breaths.Count - 1].EndUs / 1000.0) - reference[reference.Count - 1].End;
        }

        return result;
    }

    private static void Take(DriftResult result, double error, double atMs, double start, double rampMs)
    {
        if (Math.Abs(error) > Math.Abs(result.MaxErrorMs))
        {
            result.MaxErrorMs = error;
            result.MaxAtMinutes = (atMs - start) / 60000.0;
        }

        if (atMs - start <= rampMs && Math.Abs(error) > Math.Abs(result.MaxRampErrorMs))
        {
            result.MaxRampErrorMs = error;
        }
    }
}
