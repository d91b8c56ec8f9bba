namespace RelaxLamp.Bench.Figures;

/// <summary>P2: how far the core's breath edges are from the reference schedule's.</summary>
public sealed class DriftResult
{
    /// <summary>Breaths the core scheduled.</summary>
    public int CoreBreaths { get; set; }

    /// <summary>Breaths the reference scheduled.</summary>
    public int ReferenceBreaths { get; set; }

    /// <summary>Error of the end of the last out-breath (the session's end), ms.</summary>
    public double EndErrorMs { get; set; }

    /// <summary>Largest error of any breath edge over the session, ms (signed: core minus reference).</summary>
    public double MaxErrorMs { get; set; }

    /// <summary>Where the largest error is: minutes into the session.</summary>
    public double MaxAtMinutes { get; set; }

    /// <summary>Largest error while the pace still glides (the first 40%), ms.</summary>
    public double MaxRampErrorMs { get; set; }

    /// <summary>True when both schedules have the same number of breaths.</summary>
    public bool CountsMatch => CoreBreaths == ReferenceBreaths;
}
