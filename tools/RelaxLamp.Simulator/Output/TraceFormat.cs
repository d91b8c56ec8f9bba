using System;
using RelaxLamp.Core.Breath;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>
    /// The trace's columns, the ground truth other tools read: <c>t_ms</c> since the first press,
    /// <c>state</c> as the core names it, <c>phase</c> in/out/none, <c>level</c> 0..65535 as the
    /// renderer was asked, <c>ring</c> the frame's bytes in lowercase hex, GRB per LED.
    /// </summary>
    public static class TraceFormat
    {
        /// <summary>The header line, exactly.</summary>
        public const string Header = "t_ms,state,phase,level,ring";

        /// <summary>The phase's name in the trace (the core's own names).</summary>
        public static string PhaseName(BreathPhase phase) => BreathPhaseNames.Of(phase);

        /// <summary>The phase a trace name stands for.</summary>
        public static BreathPhase ParsePhase(string name) =>
            BreathPhaseNames.TryParse(name, out BreathPhase phase) ? phase : throw new FormatException($"bad phase '{name}'");
    }
}
