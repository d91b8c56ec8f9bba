using RelaxLamp.Core.Breath;

namespace RelaxLamp.Simulator.Report
{
    /// <summary>One frame kept for a picture.</summary>
    /// <param name="TimeMs">When, ms since the first press.</param>
    /// <param name="Phase">The breath's half.</param>
    /// <param name="Level">The level asked of the renderer.</param>
    /// <param name="Grb">The ring's bytes, GRB per LED.</param>
    public readonly record struct CapturedFrame(long TimeMs, BreathPhase Phase, int Level, byte[] Grb);
}
