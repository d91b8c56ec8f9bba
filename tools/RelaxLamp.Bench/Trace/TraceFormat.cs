using RelaxLamp.Core.Breath;

namespace RelaxLamp.Bench.Trace;

/// <summary>The simulator's trace CSV: one row per frame, <c>t_ms,state,phase,level,ring</c>, ring as lowercase hex GRB per LED.</summary>
public static class TraceFormat
{
    /// <summary>The header line.</summary>
    public const string Header = "t_ms,state,phase,level,ring";

    /// <summary>Column of the frame's time, ms.</summary>
    public const string Time = "t_ms";

    /// <summary>Column of the lamp's state (a name such as Breathing, or its number).</summary>
    public const string State = "state";

    /// <summary>Column of the breath's phase (in, out, none; any case, or a number).</summary>
    public const string Phase = "phase";

    /// <summary>Column of the level asked of the renderer, 0..65535.</summary>
    public const string Level = "level";

    /// <summary>Column of the ring's bytes, hex, GRB per LED.</summary>
    public const string Ring = "ring";

    /// <summary>A phase as the simulator writes it: in, out or none (the core's own names).</summary>
    public static string PhaseName(BreathPhase phase) => BreathPhaseNames.Of(phase);
}
