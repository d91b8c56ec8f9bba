namespace RelaxLamp.Engine
{
    /// <summary>
    /// Something that looks at every frame right after the lamp stepped: a trace, a summary, a
    /// recorder, a progress bar, the speaker. Observers read the loop; they never drive the lamp.
    /// </summary>
    public interface IFrameObserver
    {
        /// <summary>Called once per frame; <paramref name="loop"/>'s lamp and frame bytes are those of this frame.</summary>
        void OnFrame(FrameLoop loop);
    }
}
