using System;
using RelaxLamp.Core.Breath;

namespace RelaxLamp.Engine
{
    /// <summary>
    /// The trace's columns, the ground truth other tools read: <c>t_ms</c> since the first press,
    /// <c>state</c> as the core names it, <c>phase</c> in/out/none, <c>level</c> 0..65535 as the
    /// renderer was asked, <c>ring</c> the frame's bytes in lowercase hex, GRB per LED.
    /// </summary>
    public static class TraceFormat
    {
        /// <summary>The header line, exactly.</summary>
        public const string Header = Time + "," + State + "," + Phase + "," + Level + "," + Ring;

        /// <summary>Column of the frame's time, ms.</summary>
        public const string Time = "t_ms";

        /// <summary>Column of the lamp's state (a name such as Breathing; a reader also takes its number).</summary>
        public const string State = "state";

        /// <summary>Column of the breath's phase (in, out, none; a reader takes any case, or a number).</summary>
        public const string Phase = "phase";

        /// <summary>Column of the level asked of the renderer, 0..65535.</summary>
        public const string Level = "level";

        /// <summary>Column of the ring's bytes, hex, GRB per LED.</summary>
        public const string Ring = "ring";

        /// <summary>The phase's name in the trace (the core's own names).</summary>
        public static string PhaseName(BreathPhase phase) => BreathPhaseNames.Of(phase);

        /// <summary>The phase a trace name stands for.</summary>
        public static BreathPhase ParsePhase(string name) =>
            BreathPhaseNames.TryParse(name, out BreathPhase phase) ? phase : throw new FormatException($"bad phase '{name}'");
    }
}
