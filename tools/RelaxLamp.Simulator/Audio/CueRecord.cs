using RelaxLamp.Core.Breath;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>One cue the lamp gave, where it went in the sound, and how it ended.</summary>
    public sealed class CueRecord
    {
        /// <summary>The clip's number.</summary>
        public int Clip { get; init; }

        /// <summary>The clip's file name without extension.</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>The gain the decoder applied, Q8 (the device decoder's unit).</summary>
        public int GainQ8 { get; init; }

        /// <summary>The frame that gave the cue, ms since the first press.</summary>
        public long TimeMs { get; init; }

        /// <summary>The breath's half that had just begun.</summary>
        public BreathPhase Phase { get; init; }

        /// <summary>The breath's number.</summary>
        public int Breath { get; init; }

        /// <summary>When that half began by the pacer's schedule, ms (the cue comes on the first frame at or after it).</summary>
        public long TurnMs { get; init; }

        /// <summary>First sample of the clip in the session's sound (<see cref="TimeMs"/> × 16).</summary>
        public long StartSample { get; internal set; }

        /// <summary>Samples in the clip as recorded.</summary>
        public int ClipSamples { get; init; }

        /// <summary>Where it began to stop: its natural end, or the start of the fade; -1 while it plays.</summary>
        public long StopSample { get; internal set; } = -1;

        /// <summary>First sample it no longer reaches; -1 while it plays.</summary>
        public long EndSample { get; internal set; } = -1;

        /// <summary>How it ended.</summary>
        public CueEnd End { get; internal set; }

        /// <summary>How much of the clip was never played (cut or faded), ms; 0 while it plays or when it finished.</summary>
        public long UnplayedMs => StopSample < 0 ? 0 : AudioFormat.MsOf(System.Math.Max(0, ClipSamples - (StopSample - StartSample)));

        /// <summary>True for the spoken steps and body-scan phrases, false for the breath tones.</summary>
        public bool IsPhrase => Clip >= RelaxLamp.Core.Audio.Clips.FirstLine;
    }
}
