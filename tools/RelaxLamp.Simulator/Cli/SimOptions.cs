using System.Collections.Generic;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Simulator.Cli
{
    /// <summary>Everything the command line asked for, checked.</summary>
    public sealed class SimOptions
    {
        /// <summary>LEDs on the reference build's ring.</summary>
        public const int DefaultLeds = 24;

        /// <summary>True when --help was asked for.</summary>
        public bool Help { get; set; }

        /// <summary>True when --headless was given.</summary>
        public bool Headless { get; set; }

        /// <summary>LEDs on the ring.</summary>
        public int LedCount { get; set; } = DefaultLeds;

        /// <summary>Frames a second of the virtual clock.</summary>
        public int Fps { get; set; } = RelaxLamp.Engine.FrameClock.DefaultFps;

        /// <summary>The stored settings the session starts from (the lamp's own defaults unless a flag changed them).</summary>
        public LampSettings Settings { get; } = new LampSettings();

        /// <summary>Presses and holds from --press and --hold, in the order given; empty means one press at 0 s.</summary>
        public IList<ScriptedPress> Presses { get; } = new List<ScriptedPress>();

        /// <summary>Where to write the per-frame trace, or null.</summary>
        public string? TracePath { get; set; }

        /// <summary>Where to write the report (plot, breath strip, trace), or null.</summary>
        public string? ReportDir { get; set; }

        /// <summary>Where to write the session's sound (WAV), or null for no speaker.</summary>
        public string? AudioPath { get; set; }

        /// <summary>The folder of clips (<c>NN-name.rla</c>), or null for the repo's <c>assets/audio</c>.</summary>
        public string? AudioDir { get; set; }

        /// <summary>False after --no-body-scan.</summary>
        public bool BodyScan { get; set; } = true;

        /// <summary>False after --no-breath-tones.</summary>
        public bool BreathTones { get; set; } = true;

        /// <summary>True when the run must be headless even on a terminal: asked for, or files to write (a live run writes --audio on quit, so it does not count).</summary>
        public bool ForcesHeadless => Headless || TracePath != null || ReportDir != null;
    }
}
