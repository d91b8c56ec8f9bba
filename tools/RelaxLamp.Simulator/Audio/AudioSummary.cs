using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Settings;
using RelaxLamp.Simulator.Cli;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>What the session's sound measured: its cues, levels and edges.</summary>
    public sealed class AudioSummary
    {
        /// <summary>Windows within this many dB of the loudest count as active, as the clip tool measures a clip's level.</summary>
        public const double ActiveRangeDb = 30;

        /// <summary>Around a cue's start and stop this far either way is its edge, where a click would be.</summary>
        public const int EdgeMs = 10;

        /// <summary>Every cue started, in order.</summary>
        public IReadOnlyList<CueRecord> Cues { get; init; } = Array.Empty<CueRecord>();

        /// <summary>The volume setting, 1 to 3.</summary>
        public int Volume { get; init; }

        /// <summary>The sound setting: false when the guidance was switched off.</summary>
        public bool SoundOn { get; init; }

        /// <summary>Samples in the sound.</summary>
        public long Samples { get; init; }

        /// <summary>Largest absolute sample.</summary>
        public int Peak { get; init; }

        /// <summary>Peak level, dBFS (-inf for silence).</summary>
        public double PeakDbfs => AudioFormat.Dbfs(Peak);

        /// <summary>RMS over the active 10 ms windows, dBFS (-inf for silence).</summary>
        public double ActiveRmsDbfs { get; init; }

        /// <summary>Seconds of active windows (within <see cref="ActiveRangeDb"/> of the loudest): the guidance's speaking time.</summary>
        public double ActiveSeconds { get; init; }

        /// <summary>Seconds of windows holding any sound at all.</summary>
        public double SoundingSeconds { get; init; }

        /// <summary>Time of the last sample that is not zero, ms, or -1 for silence.</summary>
        public long LastSoundMs { get; init; }

        /// <summary>Largest sample-to-sample step within <see cref="EdgeMs"/> of any cue's start, stop or fade (rounded out to 5 ms bins), LSB.</summary>
        public int LargestEdgeStep { get; init; }

        /// <summary>Cues the player refused: a missing clip, or one that could not sound at its turn.</summary>
        public int Refused { get; init; }

        /// <summary>Seconds of spoken lines (from each line's first sample to its last or its fade's end).</summary>
        public double VoicedSeconds { get; init; }

        /// <summary>Share of <see cref="VoicedSeconds"/> that fell on in-breaths (0 when the script keeps to the out-breaths).</summary>
        public double InBreathShare { get; init; }

        /// <summary>When the last spoken line ended, ms.</summary>
        public long LastVoiceMs { get; init; }

        /// <summary>
        /// Measures <paramref name="meter"/>'s sound and the <paramref name="cues"/> that made it, under
        /// <paramref name="settings"/>; the voice's share is measured against the <paramref name="inBreaths"/>
        /// (sample ranges); <paramref name="refused"/> cues the player did not take.
        /// </summary>
        public static AudioSummary Build(LevelMeter meter, IReadOnlyList<CueRecord> cues, LampSettings settings, IReadOnlyList<(long From, long To)> inBreaths, int refused)
        {
            ArgumentNullException.ThrowIfNull(meter);
            ArgumentNullException.ThrowIfNull(cues);
            ArgumentNullException.ThrowIfNull(settings);
            IReadOnlyList<double> energy = meter.WindowEnergy;
            double loudest = 0;
            int sounding = 0;
            foreach (double e in energy)
            {
                loudest = Math.Max(loudest, e);
                sounding += e > 0 ? 1 : 0;
            }

            double floor = loudest * Math.Pow(10, -ActiveRangeDb / 10);
            double sum = 0;
            int active = 0;
            foreach (double e in energy)
            {
                if (loudest > 0 && e >= floor)
                {
                    sum += e;
                    active++;
                }
            }

            long voiced = 0, onIn = 0, lastVoice = 0;
            foreach (CueRecord c in cues)
            {
                if (!c.IsPhrase)
                {
                    continue;
                }

                long from = c.StartSample;
                long to = c.EndSample >= 0 ? c.EndSample : meter.Samples;
                voiced += Math.Max(0, to - from);
                lastVoice = Math.Max(lastVoice, to);
                foreach ((long a, long z) in inBreaths)
                {
                    onIn += Math.Max(0, Math.Min(to, z) - Math.Max(from, a));
                }
            }

            return new AudioSummary
            {
                Refused = refused,
                VoicedSeconds = voiced / (double)AudioFormat.SampleRate,
                InBreathShare = voiced == 0 ? 0 : onIn / (double)voiced,
                LastVoiceMs = AudioFormat.MsOf(lastVoice),
                Cues = cues,
                Volume = settings.Volume,
                SoundOn = settings.AudioOn,
                Samples = meter.Samples,
                Peak = meter.Peak,
                ActiveRmsDbfs = active == 0 ? double.NegativeInfinity : AudioFormat.Dbfs(Math.Sqrt(sum / (active * (double)LevelMeter.WindowSamples))),
                ActiveSeconds = active * LevelMeter.WindowSamples / (double)AudioFormat.SampleRate,
                SoundingSeconds = sounding * LevelMeter.WindowSamples / (double)AudioFormat.SampleRate,
                LastSoundMs = meter.LastSound < 0 ? -1 : AudioFormat.MsOf(meter.LastSound),
                LargestEdgeStep = EdgeSteps(meter.StepBins, cues, meter.Samples),
            };
        }

        /// <summary>The summary's sound lines.</summary>
        public string Format()
        {
            var b = new StringBuilder();
            int lines = 0, scans = 0, tones = 0, cutTones = 0;
            double toneLoss = 0;
            var cutPhrases = new List<string>();
            foreach (CueRecord c in Cues)
            {
                lines += c.IsPhrase ? 1 : 0;
                scans += c.Clip >= Clips.FirstScan && c.Clip <= Clips.LastScan ? 1 : 0;
                tones += c.IsPhrase ? 0 : 1;
                if (c.End == CueEnd.Cut && c.IsPhrase)
                {
                    cutPhrases.Add(I($"{c.Name} ({c.UnplayedMs / 1000.0:0.00} s unsaid)"));
                }
                else if (c.End == CueEnd.Cut)
                {
                    cutTones++;
                    toneLoss = Math.Max(toneLoss, c.UnplayedMs / 1000.0);
                }
            }

            Line(b, "cues", I($"{Cues.Count} started at volume {Volume}: {lines} lines ({scans} of the body scan), {tones} tones") + (Refused > 0 ? I($", {Refused} refused") : string.Empty) + (SoundOn ? string.Empty : " (sound off)"));
            if (lines > 0)
            {
                Line(b, "voice", I($"{VoicedSeconds:0.0} s voiced, {InBreathShare * 100:0.0}% of it on in-breaths, last line ends at {DurationText.Clock(LastVoiceMs)}"));
            }

            if (cutPhrases.Count + cutTones > 0)
            {
                // A cue cuts the one playing: worth seeing when that was a phrase.
                string tonesCut = cutTones > 0 ? I($"{cutTones} tones (at most {toneLoss:0.00} s)") : string.Empty;
                Line(b, "cut short", string.Join("; ", cutPhrases) + (cutPhrases.Count > 0 && cutTones > 0 ? "; " : string.Empty) + tonesCut);
            }

            Line(b, "sound", Peak == 0
                ? "silent throughout"
                : I($"peak {PeakDbfs:0.0} dBFS, active RMS {ActiveRmsDbfs:0.0} dBFS over {ActiveSeconds:0.0} s, last sound at {DurationText.Clock(LastSoundMs)}"));
            Line(b, "edges", I($"largest step {LargestEdgeStep} LSB within {EdgeMs} ms of a cue's start or stop"));
            Line(b, "audio", I($"{DurationText.Clock(AudioFormat.MsOf(Samples))}, {AudioFormat.SampleRate / 1000} kHz {AudioFormat.BitsPerSample}-bit mono"));
            return b.ToString();
        }

        private static int EdgeSteps(IReadOnlyList<int> bins, IReadOnlyList<CueRecord> cues, long end)
        {
            const long edge = EdgeMs * AudioFormat.SamplesPerMs;
            int max = 0;
            foreach (CueRecord c in cues)
            {
                max = Math.Max(max, Largest(bins, c.StartSample - edge, c.StartSample + edge));
                if (c.StopSample >= 0)
                {
                    max = Math.Max(max, Largest(bins, c.StopSample - edge, (c.EndSample >= 0 ? c.EndSample : end) + edge));
                }
            }

            return max;
        }

        private static int Largest(IReadOnlyList<int> bins, long from, long to)
        {
            int first = (int)Math.Max(0, from / LevelMeter.StepBinSamples);
            long last = Math.Min(bins.Count - 1, (to - 1) / LevelMeter.StepBinSamples);
            int max = 0;
            for (int i = first; i <= last; i++)
            {
                max = Math.Max(max, bins[i]);
            }

            return max;
        }

        private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        private static void Line(StringBuilder b, string label, string text) =>
            b.Append(CultureInfo.InvariantCulture, $"{label,-11} {text}\n");
    }
}
