using System.Collections.Generic;
using RelaxLamp.Bench.Figures;
using RelaxLamp.Bench.IlCount;

namespace RelaxLamp.Bench.Suite;

/// <summary>Every figure measured at one frame rate.</summary>
public sealed class FpsFigures
{
    /// <summary>Frames a second.</summary>
    public int Fps { get; set; }

    /// <summary>Length of the session P1 to P4 ran on, minutes.</summary>
    public int Minutes { get; set; }

    /// <summary>When the start press of the P1-P4 session went down, ms after power-up.</summary>
    public long PressAtMs { get; set; }

    /// <summary>LEDs on the ring.</summary>
    public int Leds { get; set; }

    /// <summary>P1.</summary>
    public SmoothnessResult Smoothness { get; set; } = new SmoothnessResult();

    /// <summary>P2 against the exact reference.</summary>
    public DriftResult Drift { get; set; } = new DriftResult();

    /// <summary>P2 against a reference whose pace is cut to whole milli-breaths a minute (diagnostic).</summary>
    public DriftResult DriftCoarsePace { get; set; } = new DriftResult();

    /// <summary>P3: the lamp's bytes per frame.</summary>
    public double LampBytesPerFrame { get; set; }

    /// <summary>P3: baseline (a)'s renderer, bytes per frame.</summary>
    public double LinearBytesPerFrame { get; set; }

    /// <summary>P3: baseline (b)'s renderer, bytes per frame.</summary>
    public double GammaBytesPerFrame { get; set; }

    /// <summary>P4.</summary>
    public WorkResult Work { get; set; } = new WorkResult();

    /// <summary>P5, one per session length measured.</summary>
    public List<EndTimeResult> EndTimes { get; } = new List<EndTimeResult>();
}
