using System;

namespace RelaxLamp.Bench.Figures;

/// <summary>The largest frame-to-frame change of a series of L* values, and where it happened.</summary>
public sealed class LargestStep
{
    /// <summary>The largest absolute change, L* units.</summary>
    public double Size { get; private set; }

    /// <summary>Time of the later frame of the largest change, ms.</summary>
    public long AtMs { get; private set; }

    /// <summary>L* before the largest change.</summary>
    public double From { get; private set; }

    /// <summary>L* after the largest change.</summary>
    public double To { get; private set; }

    /// <summary>Pairs of frames compared.</summary>
    public int Pairs { get; private set; }

    /// <summary>Takes the change from <paramref name="from"/> to <paramref name="to"/> at <paramref name="atMs"/>.</summary>
    public void Add(double from, double to, long atMs)
    {
        Pairs++;
        double size = Math.Abs(to - from);
        if (size > Size)
        {
            Size = size;
            AtMs = atMs;
            From = from;
            To = to;
        }
    }
}
