using RelaxLamp.Bench.Session;

namespace RelaxLamp.Bench.Figures;

/// <summary>P5 end time: the session's end against the chosen length counted from the start press.</summary>
public static class EndTime
{
    /// <summary>Measures when <paramref name="run"/> ended.</summary>
    public static EndTimeResult Measure(SessionRun run)
    {
        double chosenEnd = run.PressAtMs + (run.Settings.LengthMinutes * 60000.0);
        double scheduleEnd = run.Breaths.Count > 0 ? run.Breaths[run.Breaths.Count - 1].EndUs / 1000.0 : double.NaN;
        return new EndTimeResult
        {
            Minutes = run.Settings.LengthMinutes,
            FramePeriodMs = run.FramePeriodMs,
            ScheduleErrorMs = scheduleEnd - chosenEnd,
            AsleepErrorMs = run.AsleepAtMs - chosenEnd,
            LastLitBeforeEndS = (chosenEnd - run.LastLitMs) / 1000.0,
        };
    }
}
