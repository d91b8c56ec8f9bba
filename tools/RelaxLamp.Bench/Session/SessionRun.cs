using System.Collections.Generic;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench.Session;

/// <summary>One whole session driven in process: its frames, the core's breath schedule and when it ended.</summary>
public sealed class SessionRun
{
    /// <summary>Creates a run record.</summary>
    public SessionRun(FrameSeries frames, int fps, LampSettings settings)
    {
        Frames = frames;
        Fps = fps;
        Settings = settings;
    }

    /// <summary>Every frame from the one after the previous session up to the first one asleep after this one.</summary>
    public FrameSeries Frames { get; }

    /// <summary>Frames a second.</summary>
    public int Fps { get; }

    /// <summary>The settings the session ran with (length, pace, ratio, brightness).</summary>
    public LampSettings Settings { get; }

    /// <summary>The session's breaths, as the core scheduled them.</summary>
    public List<BreathRecord> Breaths { get; } = new List<BreathRecord>();

    /// <summary>When the start press went down, ms.</summary>
    public long PressAtMs { get; set; }

    /// <summary>The session's start as the lamp took it, ms.</summary>
    public long SessionStartMs { get; set; }

    /// <summary>The session's end as the lamp planned it, ms.</summary>
    public long SessionEndMs { get; set; }

    /// <summary>Time of the first frame that found the lamp asleep after the session, ms.</summary>
    public long AsleepAtMs { get; set; }

    /// <summary>Time of the last frame with any light on the ring, ms.</summary>
    public long LastLitMs { get; set; }

    /// <summary>Time between frames, ms.</summary>
    public double FramePeriodMs => 1000.0 / Fps;
}
