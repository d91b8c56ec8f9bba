using System;
using System.Globalization;
using System.Text;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;
using RelaxLamp.Simulator.Audio;
using RelaxLamp.Simulator.Cli;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>What a run showed, from the core's public state observed frame by frame.</summary>
    public sealed class SessionSummary
    {
        /// <summary>LEDs on the ring.</summary>
        public int LedCount { get; init; }

        /// <summary>Frames a second.</summary>
        public int Fps { get; init; }

        /// <summary>The lamp's settings at the end of the run (the length as chosen, the brightness as left).</summary>
        public LampSettings Settings { get; init; } = new LampSettings();

        /// <summary>Sessions started.</summary>
        public int Sessions { get; init; }

        /// <summary>When the (last) session started, ms.</summary>
        public long SessionStartMs { get; init; }

        /// <summary>Breaths begun in the last session.</summary>
        public int Breaths { get; init; }

        /// <summary>The last session's first breath, if it had one.</summary>
        public BreathRecord? First { get; init; }

        /// <summary>The last session's last breath, if it had one.</summary>
        public BreathRecord? Last { get; init; }

        /// <summary>When the closing fade began, if it did.</summary>
        public long? EndingAtMs { get; init; }

        /// <summary>When a press stopped the session (and no press undid it), if one did.</summary>
        public long? StoppedAtMs { get; init; }

        /// <summary>When the lamp was last seen going dark and asleep, if it was.</summary>
        public long? AsleepAtMs { get; init; }

        /// <summary>Frames stepped.</summary>
        public long Frames { get; init; }

        /// <summary>The sound's measures, when --audio was given.</summary>
        public AudioSummary? Audio { get; init; }

        /// <summary>The summary as the simulator prints it.</summary>
        public string Format()
        {
            var b = new StringBuilder();
            LampSettings s = Settings;
            Line(b, "lamp", I($"{LedCount} LEDs, brightness {s.Brightness}, {(s.Palette == PaletteId.Red ? "red" : "warm")}, ratio 1:{s.Ratio / 100.0:0.0#}, target {s.PaceTarget / 1000.0:0.00}/min, {Fps} fps"));
            if (Sessions == 0)
            {
                Line(b, "session", "none started");
                b.Append(Audio?.Format());
                Line(b, "frames", Frames.ToString(CultureInfo.InvariantCulture));
                return b.ToString();
            }

            Line(b, "session", I($"{s.LengthMinutes} min, started at {DurationText.Clock(SessionStartMs)}") + (Sessions > 1 ? I($" (the last of {Sessions})") : string.Empty));
            Line(b, "breaths", Breaths.ToString(CultureInfo.InvariantCulture));
            if (First is BreathRecord f && Last is BreathRecord l)
            {
                Line(b, "pace", I($"{f.Pace / 1000.0:0.00}/min at start, {l.Pace / 1000.0:0.00}/min at end"));
                Line(b, "in-breath", I($"{f.InMs / 1000:0.00} s first, {l.InMs / 1000:0.00} s last"));
                Line(b, "out-breath", I($"{f.OutMs / 1000:0.00} s first, {l.OutMs / 1000:0.00} s last"));
            }

            string end = StoppedAtMs is long stop ? $"stopped by a press at {DurationText.Clock(stop)}, "
                : EndingAtMs is long fade ? $"fade from {DurationText.Clock(fade)}, " : string.Empty;
            end += AsleepAtMs is long asleep
                ? $"dark and asleep at {DurationText.Clock(asleep)} ({Versus(asleep - SessionStartMs, s.LengthMinutes * 60000L)})"
                : "still awake";
            Line(b, "end", end);
            b.Append(Audio?.Format());
            Line(b, "frames", Frames.ToString(CultureInfo.InvariantCulture));
            return b.ToString();
        }

        private static string Versus(long took, long length) => took == length
            ? $"exactly the chosen {length / 60000} min"
            : $"{DurationText.Clock(took)} of the chosen {length / 60000} min";

        private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        private static void Line(StringBuilder b, string label, string text) =>
            b.Append(CultureInfo.InvariantCulture, $"{label,-11} {text}\n");
    }
}
