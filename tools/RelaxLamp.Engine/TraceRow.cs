using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Engine
{
    /// <summary>One row of a trace.</summary>
    /// <param name="TimeMs">ms since the first press.</param>
    /// <param name="State">The lamp's state.</param>
    /// <param name="Phase">The breath's half, or none.</param>
    /// <param name="Level">Lightness asked of the renderer, 0..65535.</param>
    /// <param name="Grb">The ring's bytes, GRB per LED.</param>
    public sealed record TraceRow(long TimeMs, LampState State, BreathPhase Phase, int Level, byte[] Grb);
}
