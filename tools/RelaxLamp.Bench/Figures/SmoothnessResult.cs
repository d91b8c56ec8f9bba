namespace RelaxLamp.Bench.Figures;

/// <summary>P1: the largest frame-to-frame L* steps of the lamp, the unquantised curve and the baselines, and the floor.</summary>
public sealed class SmoothnessResult
{
    /// <summary>The unquantised curve's own largest step.</summary>
    public LargestStep Curve { get; } = new LargestStep();

    /// <summary>The lamp's largest step.</summary>
    public LargestStep Lamp { get; } = new LargestStep();

    /// <summary>Baseline (a)'s largest step.</summary>
    public LargestStep Linear { get; } = new LargestStep();

    /// <summary>Baseline (b)'s largest step.</summary>
    public LargestStep Gamma { get; } = new LargestStep();

    /// <summary>The step of one LED moving by one code of the palette's dimmest channel at the dark end.</summary>
    public double OneCodeStep { get; set; }

    /// <summary>The smallest largest step physically possible: the larger of the curve's own and one code.</summary>
    public double Floor => Curve.Size > OneCodeStep ? Curve.Size : OneCodeStep;

    /// <summary>The lamp's largest step over the floor.</summary>
    public double LampRatio => Lamp.Size / Floor;

    /// <summary>Baseline (a)'s largest step over the floor.</summary>
    public double LinearRatio => Linear.Size / Floor;

    /// <summary>Baseline (b)'s largest step over the floor.</summary>
    public double GammaRatio => Gamma.Size / Floor;

    /// <summary>The brightest frame of the lamp, L* (about 100 at the top of a breath).</summary>
    public double LampPeak { get; set; }
}
