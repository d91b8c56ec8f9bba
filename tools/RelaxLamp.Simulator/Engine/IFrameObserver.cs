namespace RelaxLamp.Simulator.Engine
{
    /// <summary>
    /// Something that looks at every frame right after the lamp stepped: the trace, the summary,
    /// the report, a progress bar, the speaker. Observers read the simulation; they never
    /// drive the lamp.
    /// </summary>
    public interface IFrameObserver
    {
        /// <summary>Called once per frame; <paramref name="sim"/>'s lamp and frame bytes are those of this frame.</summary>
        void OnFrame(Simulation sim);
    }
}
