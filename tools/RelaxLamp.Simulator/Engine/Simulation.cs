using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Simulator.Engine
{
    /// <summary>
    /// The simulator's run of the shared engine (<see cref="FrameLoop"/>): time 0 is the first press, the
    /// first frame is at 0, and the lamp powers up dark there, as the device does after a wake by timer.
    /// </summary>
    public sealed class Simulation : FrameLoop
    {
        /// <summary>Creates a lamp with <paramref name="ledCount"/> LEDs and stored <paramref name="settings"/>, stepped at <paramref name="fps"/>.</summary>
        public Simulation(int ledCount, LampSettings settings, int fps, PressScript script)
            : base(ledCount, settings, fps, script ?? throw new System.ArgumentNullException(nameof(script)))
        {
        }
    }
}
