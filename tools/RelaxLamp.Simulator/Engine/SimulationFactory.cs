using RelaxLamp.Simulator.Cli;

namespace RelaxLamp.Simulator.Engine
{
    /// <summary>Builds the simulation a command line asks for, live or headless alike.</summary>
    public static class SimulationFactory
    {
        /// <summary>The lamp of <paramref name="options"/> with its presses; with --audio its speaker is fitted and the cue switches set.</summary>
        public static Simulation Create(SimOptions options)
        {
            System.ArgumentNullException.ThrowIfNull(options);
            var sim = new Simulation(options.LedCount, options.Settings, options.Fps, ScriptBuilder.From(options));
            sim.Lamp.SpeakerFitted = options.AudioPath != null;
            sim.Lamp.Cues.BodyScan = options.BodyScan;
            sim.Lamp.Cues.BreathTones = options.BreathTones;
            return sim;
        }
    }
}
