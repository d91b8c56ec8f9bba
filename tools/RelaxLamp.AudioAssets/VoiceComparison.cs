using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace RelaxLamp.AudioAssets
{
    /// <summary>
    /// <c>compare-voices</c>: renders the same phrases with each candidate voice and measures them alike
    /// (spectrum, pitch movement, rate), the table in docs/voice.md.
    /// </summary>
    public static class VoiceComparison
    {
        /// <summary>One voice setting to compare.</summary>
        /// <param name="Label">Row label.</param>
        /// <param name="Render">Renders one phrase (its spec) to raw audio.</param>
        public sealed record Candidate(string Label, Func<ClipSpec, MonoAudio> Render);

        /// <summary>The measured summary of one candidate over all phrases.</summary>
        /// <param name="Label">Row label.</param>
        /// <param name="Phrases">Phrases rendered.</param>
        /// <param name="Above3500">Share of energy above 3.5 kHz, all phrases together.</param>
        /// <param name="Band3500To7000">Share from 3.5 to 7 kHz.</param>
        /// <param name="F0MedianHz">Median of the phrases' median pitch.</param>
        /// <param name="F0RangeSemitones">Mean over phrases of the 5–95 % pitch range.</param>
        /// <param name="F0StdSemitones">Mean over phrases of the pitch's standard deviation.</param>
        /// <param name="WordsPerMinute">All words over all speech time.</param>
        /// <param name="LongestEarlyMs">Longest early phrase (03–16) after the chain.</param>
        /// <param name="LongestLateMs">Longest later phrase (17–35) after the chain.</param>
        /// <param name="F0Curvature">Mean over phrases of the pitch track's curvature (semitones).</param>
        /// <param name="Periodicity">Mean over phrases of the voiced frames' periodicity.</param>
        /// <param name="UnvoicedAbove3500">Mean over phrases of the unvoiced frames' share above 3.5 kHz.</param>
        /// <param name="Spectrum">Long-term power spectrum of all active frames (see <see cref="VoiceMetrics.Spectrum"/>), phrases levelled alike.</param>
        /// <param name="UnvoicedSpectrum">The same over the unvoiced frames only.</param>
        public sealed record Row(string Label, int Phrases, double Above3500, double Band3500To7000, double F0MedianHz, double F0RangeSemitones, double F0StdSemitones, double WordsPerMinute, int LongestEarlyMs, int LongestLateMs, double F0Curvature, double Periodicity, double UnvoicedAbove3500, double[] Spectrum, double[] UnvoicedSpectrum);

        /// <summary>The candidates installed here: espeak-ng as the lamp had it, festival HTS at its own speed and as built.</summary>
        public static IReadOnlyList<Candidate> Installed(TextWriter log)
        {
            ArgumentNullException.ThrowIfNull(log);
            var list = new List<Candidate>();
            string? espeak = Espeak.Find();
            if (espeak != null)
            {
                var es = new EspeakSettings();
                list.Add(new Candidate($"espeak-ng `{es.Voice}` -s {es.WordsPerMinute} -p {es.Pitch} (before)", s => Espeak.Render(espeak, s.Text, es)));
            }
            else
            {
                log.WriteLine("espeak-ng not installed: its row is left out (apt-get install espeak-ng)");
            }

            string? t2w = Festival.Find();
            if (t2w != null)
            {
                var own = new FestivalSettings(Speed: 1.0);
                var early = new FestivalSettings(Speed: Builder.DefaultShortSpeed);
                var late = new FestivalSettings(Speed: Builder.DefaultLongSpeed);
                list.Add(new Candidate("festival HTS `cmu_us_slt_arctic_hts`, own speed", s => Festival.Render(t2w, s.Text, own)));
                list.Add(new Candidate(
                    Invariant($"festival HTS, aiming at {Builder.DefaultWpmEarly:0} / {Builder.DefaultWpmLate:0} words/min within each slot (chosen)"),
                    s => s.Id <= ClipSet.LastShortPhrase ? Builder.RenderFitted(t2w, s, early, Builder.DefaultWpmEarly).Raw : Builder.RenderFitted(t2w, s, late, Builder.DefaultWpmLate).Raw));
            }
            else
            {
                log.WriteLine($"festival not installed: its rows are left out ({Festival.Install})");
            }

            return list;
        }

        /// <summary>Measures <paramref name="candidate"/> over <paramref name="phrases"/>.</summary>
        public static Row Measure(Candidate candidate, IReadOnlyList<ClipSpec> phrases, TextWriter? log = null)
        {
            ArgumentNullException.ThrowIfNull(candidate);
            ArgumentNullException.ThrowIfNull(phrases);
            var all = new List<float>();
            var medians = new List<double>();
            double range = 0;
            double std = 0;
            double curve = 0;
            double period = 0;
            double unvoiced = 0;
            double speech = 0;
            int words = 0;
            int early = 0;
            int late = 0;
            var spectrum = new double[VoiceMetrics.SpectrumBins];
            var unvoicedSpectrum = new double[VoiceMetrics.SpectrumBins];
            foreach (ClipSpec spec in phrases)
            {
                MonoAudio raw = candidate.Render(spec);
                MonoAudio a16 = WavIo.Resample(new MonoAudio((float[])raw.Samples.Clone(), raw.SampleRate), WavIo.DeviceRate);

                // Level each phrase alike so the shares weigh the phrases equally.
                double rms = Dsp.ActiveRms(a16);
                float[] x = a16.Samples;
                Dsp.Scale(x, rms > 0 ? 0.05 / rms : 1);
                all.AddRange(x);
                double[] sAll = VoiceMetrics.Spectrum(a16, false);
                double[] sUnv = VoiceMetrics.Spectrum(a16, true);
                for (int k = 0; k < spectrum.Length; k++)
                {
                    spectrum[k] += sAll[k];
                    unvoicedSpectrum[k] += sUnv[k];
                }

                VoiceStats v = VoiceMetrics.Measure(raw);
                medians.Add(v.F0MedianHz);
                range += v.F0RangeSemitones;
                std += v.F0StdSemitones;
                curve += v.F0CurvatureSemitones;
                period += v.Periodicity;
                unvoiced += v.UnvoicedAbove3500;
                speech += v.SpeechSeconds;
                words += spec.WordCount;
                int ms = (int)(Conditioner.Run(raw, ConditionOptions.Voice()).Seconds * 1000);
                log?.WriteLine(Invariant($"  {candidate.Label} | {spec.Name} | {ms} ms | F0 {v.F0MedianHz:0} Hz, range {v.F0RangeSemitones:0.0} st, sd {v.F0StdSemitones:0.00} st, curve {v.F0CurvatureSemitones:0.000} st, periodicity {v.Periodicity:0.000}, unvoiced >3.5k {100 * v.UnvoicedAbove3500:0.0} %, {v.VoicedFrames} voiced frames | {spec.WordCount * 60 / Math.Max(0.01, v.SpeechSeconds):0} wpm"));
                if (spec.Id <= ClipSet.LastShortPhrase)
                {
                    early = Math.Max(early, ms);
                }
                else
                {
                    late = Math.Max(late, ms);
                }
            }

            var joined = new MonoAudio(all.ToArray(), WavIo.DeviceRate);
            medians.Sort();
            int n = Math.Max(1, phrases.Count);
            return new Row(
                candidate.Label,
                phrases.Count,
                Dsp.EnergyBetween(joined, 3500, double.MaxValue),
                Dsp.EnergyBetween(joined, 3500, 7000),
                medians.Count == 0 ? 0 : medians[medians.Count / 2],
                range / n,
                std / n,
                speech > 0 ? words * 60 / speech : 0,
                early,
                late,
                curve / n,
                period / n,
                unvoiced / n,
                spectrum,
                unvoicedSpectrum);
        }

        /// <summary>Renders and measures every installed candidate over the first <paramref name="maxPhrases"/> phrases; returns the Markdown table.</summary>
        public static string Run(int maxPhrases, TextWriter log, string? png = null)
        {
            ArgumentNullException.ThrowIfNull(log);
            var phrases = new List<ClipSpec>();
            foreach (ClipSpec c in ClipSet.Default)
            {
                if (c.Kind == ClipKind.Phrase && phrases.Count < maxPhrases)
                {
                    phrases.Add(c);
                }
            }

            var rows = new List<Row>();
            foreach (Candidate c in Installed(log))
            {
                rows.Add(Measure(c, phrases, log));
            }

            if (png != null)
            {
                SpectrumPlot.Save(rows, png);
                log.WriteLine($"wrote {png}");
            }

            return Table(rows);
        }

        /// <summary>The rows as a Markdown table.</summary>
        public static string Table(IReadOnlyList<Row> rows)
        {
            ArgumentNullException.ThrowIfNull(rows);
            var sb = new StringBuilder();
            sb.AppendLine("| voice | phrases | energy > 3.5 kHz | 3.5–7 kHz | unvoiced frames > 3.5 kHz | median F0 Hz | F0 range (5–95 %) st | F0 std dev st | F0 curvature st | periodicity | words/min | longest 03–16 ms | longest 17–35 ms |");
            sb.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            foreach (Row r in rows)
            {
                sb.AppendLine(Invariant(
                    $"| {r.Label} | {r.Phrases} | {100 * r.Above3500:0.00} % | {100 * r.Band3500To7000:0.00} % | {100 * r.UnvoicedAbove3500:0.0} % | {r.F0MedianHz:0} | {r.F0RangeSemitones:0.0} | {r.F0StdSemitones:0.00} | {r.F0Curvature:0.000} | {r.Periodicity:0.000} | {r.WordsPerMinute:0} | {r.LongestEarlyMs} | {r.LongestLateMs} |"));
            }

            return sb.ToString();
        }

        private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }
}
