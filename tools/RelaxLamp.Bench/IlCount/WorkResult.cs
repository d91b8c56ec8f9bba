using System.Collections.Generic;

namespace RelaxLamp.Bench.IlCount;

/// <summary>P4: IL instructions (and, apart, calls) executed per frame by the lamp and by the lamp with each baseline's renderer swapped in.</summary>
public sealed class WorkResult
{
    /// <summary>Frames a second.</summary>
    public int Fps { get; set; }

    /// <summary>Frames counted (the whole session).</summary>
    public int Frames { get; set; }

    /// <summary>Frames breathing (Breathing or Ending): the steady state.</summary>
    public int BreathingFrames { get; set; }

    /// <summary>The lamp's mean IL per breathing frame.</summary>
    public double LampMean { get; set; }

    /// <summary>The lamp's mean IL per frame over the whole session.</summary>
    public double LampMeanSession { get; set; }

    /// <summary>The lamp's worst frame over the whole session.</summary>
    public long LampMax { get; set; }

    /// <summary>When the worst frame came, ms after the start press.</summary>
    public long LampMaxAtMs { get; set; }

    /// <summary>The lamp's state after the worst frame.</summary>
    public string LampMaxState { get; set; } = "";

    /// <summary>The lamp's worst breathing frame.</summary>
    public long LampMaxBreathing { get; set; }

    /// <summary>Mean calls per breathing frame (part of <see cref="LampMean"/>).</summary>
    public double LampCallsMean { get; set; }

    /// <summary>Most calls in one frame.</summary>
    public long LampCallsMax { get; set; }

    /// <summary>Mean IL per breathing frame of the lamp's renderer alone (Clear and Fill).</summary>
    public double RenderMean { get; set; }

    /// <summary>Baseline (a): mean IL per breathing frame with its renderer in place of the lamp's.</summary>
    public double LinearMean { get; set; }

    /// <summary>Baseline (a): worst breathing frame.</summary>
    public long LinearMax { get; set; }

    /// <summary>Baseline (a): mean calls per breathing frame.</summary>
    public double LinearCallsMean { get; set; }

    /// <summary>Baseline (a)'s renderer alone, mean IL per frame.</summary>
    public double LinearRenderMean { get; set; }

    /// <summary>Baseline (b): mean IL per breathing frame with its renderer in place of the lamp's.</summary>
    public double GammaMean { get; set; }

    /// <summary>Baseline (b): worst breathing frame.</summary>
    public long GammaMax { get; set; }

    /// <summary>Baseline (b): mean calls per breathing frame.</summary>
    public double GammaCallsMean { get; set; }

    /// <summary>Baseline (b)'s renderer alone, mean IL per frame.</summary>
    public double GammaRenderMean { get; set; }

    /// <summary>Where a breathing frame's IL goes: method, mean IL and calls per breathing frame (its own blocks only), largest first.</summary>
    public List<(string Method, double Il, double Calls)> Breakdown { get; } = new List<(string Method, double Il, double Calls)>();
}
