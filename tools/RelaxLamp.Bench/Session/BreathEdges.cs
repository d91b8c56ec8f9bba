namespace RelaxLamp.Bench.Session;

/// <summary>One breath of the core's schedule, in µs of lamp time.</summary>
/// <param name="StartUs">The in-breath begins.</param>
/// <param name="InEndUs">The in-breath ends and the out-breath begins.</param>
/// <param name="EndUs">The out-breath ends.</param>
public readonly record struct BreathEdges(long StartUs, long InEndUs, long EndUs);
