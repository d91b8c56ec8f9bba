using RelaxLamp.Engine;
using RelaxLamp.Simulator.Cli;

namespace RelaxLamp.Simulator.Engine
{
    /// <summary>Turns the command line's presses into a <see cref="PressScript"/>.</summary>
    public static class ScriptBuilder
    {
        /// <summary>The presses of <paramref name="options"/> in time order, or one press at 0 s when none were given.</summary>
        public static PressScript From(SimOptions options)
        {
            System.ArgumentNullException.ThrowIfNull(options);
            if (options.Presses.Count == 0)
            {
                return PressScript.SinglePress();
            }

            var sorted = new System.Collections.Generic.List<ScriptedPress>(options.Presses);
            sorted.Sort((a, b) => a.AtMs.CompareTo(b.AtMs));
            var script = new PressScript();
            foreach (ScriptedPress p in sorted)
            {
                script.AddPress(p.AtMs, p.HeldMs);
            }

            return script;
        }
    }
}
