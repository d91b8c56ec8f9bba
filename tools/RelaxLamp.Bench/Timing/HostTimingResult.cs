namespace RelaxLamp.Bench.Timing;

/// <summary>Host time per frame at one frame rate, ns (BenchmarkDotNet means).</summary>
public sealed class HostTimingResult
{
    /// <summary>Frames a second.</summary>
    public int Fps { get; set; }

    /// <summary>The lamp's whole frame.</summary>
    public double LampFrameNs { get; set; }

    /// <summary>The lamp's renderer alone.</summary>
    public double LampRenderNs { get; set; }

    /// <summary>Baseline (a)'s renderer alone.</summary>
    public double LinearRenderNs { get; set; }

    /// <summary>Baseline (b)'s renderer alone.</summary>
    public double GammaRenderNs { get; set; }

    /// <summary>Baseline (a)'s frame: the lamp's with the renderer swapped.</summary>
    public double LinearFrameNs => LampFrameNs - LampRenderNs + LinearRenderNs;

    /// <summary>Baseline (b)'s frame: the lamp's with the renderer swapped.</summary>
    public double GammaFrameNs => LampFrameNs - LampRenderNs + GammaRenderNs;
}
