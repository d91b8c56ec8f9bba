using System;

namespace RelaxLamp.Bench.Figures;

/// <summary>P5: when the session ends, against the chosen length counted from the start press.</summary>
public sealed class EndTimeResult
{
    /// <summary>Session length chosen, minutes.</summary>
    public int Minutes { get; set; }

    /// <summary>Time between frames, ms.</summary>
    public double FramePeriodMs { get; set; }

    /// <summary>End of the last out-breath minus (press + length), ms.</summary>
    public double ScheduleErrorMs { get; set; }

    /// <summary>First frame found asleep (light out, session over) minus (press + length), ms.</summary>
    public double AsleepErrorMs { get; set; }

    /// <summary>Last frame with any light, before (press + length), seconds (the end fade reaches zero codes early).</summary>
    public double LastLitBeforeEndS { get; set; }

    /// <summary>The larger of the two errors' sizes, ms.</summary>
    public double WorstErrorMs => Math.Max(Math.Abs(ScheduleErrorMs), Math.Abs(AsleepErrorMs));

    /// <summary>True when the schedule ends on time and the lamp is asleep within one frame of it.</summary>
    public bool WithinOneFrame => Math.Abs(ScheduleErrorMs) < FramePeriodMs && AsleepErrorMs >= 0 && AsleepErrorMs < FramePeriodMs;
}
