namespace RelaxLamp.Simulator.Engine
{
    /// <summary>
    /// An engine observer (<see cref="RelaxLamp.Engine.IFrameObserver"/>) that is handed the frame as the
    /// simulator's <see cref="Simulation"/>: for the simulator's own observers that predate the shared engine.
    /// </summary>
    public interface IFrameObserver : RelaxLamp.Engine.IFrameObserver
    {
        /// <summary>Called once per frame; <paramref name="sim"/>'s lamp and frame bytes are those of this frame.</summary>
        void OnFrame(Simulation sim);

        void RelaxLamp.Engine.IFrameObserver.OnFrame(RelaxLamp.Engine.FrameLoop loop) => OnFrame((Simulation)loop);
    }
}
