using RelaxLamp.Core.Breath;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>One row of a trace.</summary>
    /// <param name="TimeMs">ms since the first press.</param>
    /// <param name="State">The core's name for its state.</param>
    /// <param name="Phase">The breath's half, or none.</param>
    /// <param name="Level">Lightness asked of the renderer, 0..65535.</param>
    /// <param name="Grb">The ring's bytes, GRB per LED.</param>
    public sealed record TraceRow(long TimeMs, string State, BreathPhase Phase, int Level, byte[] Grb);
}
