using System;
using System.Collections.Generic;

namespace RelaxLamp.Bench.Figures;

/// <summary>
/// The breath schedule computed independently of the core, in double precision, from the same rules:
/// each breath takes the pace of the linear ramp at its own start (t[k+1] = t[k] + 60 / pace(t[k])),
/// the in-breath is 1 / (1 + ratio) of it, and once at most 12 breaths are left (the remaining time is
/// under 12.5 nominal breaths) the remaining time is split evenly into round(remaining / period) breaths.
/// </summary>
public static class ReferenceSchedule
{
    /// <summary>Breaths from which the end is evened out, as in the spec.</summary>
    public const int EvenOutBreaths = 12;

    /// <summary>One breath, ms.</summary>
    /// <param name="Start">The in-breath begins.</param>
    /// <param name="InEnd">The out-breath begins.</param>
    /// <param name="End">The out-breath ends.</param>
    public readonly record struct Breath(double Start, double InEnd, double End);

    /// <summary>Computes the schedule.</summary>
    /// <param name="sessionStartMs">Where the ramp starts.</param>
    /// <param name="firstBreathMs">The first in-breath begins.</param>
    /// <param name="endMs">The last out-breath must end.</param>
    /// <param name="rampMs">Length of the ramp.</param>
    /// <param name="startPace">Breaths a minute at the ramp's start.</param>
    /// <param name="targetPace">Breaths a minute from the ramp's end.</param>
    /// <param name="ratio">Out-breath over in-breath.</param>
    /// <param name="paceStep">When above 0, the pace is cut toward the start pace to a whole number of these (breaths a minute): a diagnostic of how much a coarse pace explains.</param>
    public static List<Breath> Compute(double sessionStartMs, double firstBreathMs, double endMs, double rampMs, double startPace, double targetPace, double ratio, double paceStep = 0)
    {
        var breaths = new List<Breath>();
        double t = firstBreathMs;
        while (endMs - t > 1e-6)
        {
            double into = t - sessionStartMs;
            double pace = into <= 0 ? startPace : into >= rampMs ? targetPace : startPace + ((targetPace - startPace) * into / rampMs);
            if (paceStep > 0)
            {
                pace = startPace + (Math.Truncate((pace - startPace) / paceStep) * paceStep);
            }

            double period = 60000.0 / pace;
            double remaining = endMs - t;
            if (remaining < (EvenOutBreaths + 0.5) * period)
            {
                double n = Math.Max(1, Math.Floor((remaining / period) + 0.5));
                period = remaining / n;
            }

            breaths.Add(new Breath(t, t + (period / (1 + ratio)), t + period));
            t += period;
        }

        return breaths;
    }
}
