using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.AudioAssets
{
    /// <summary>Measurements of one decoded clip: what can be judged without listening.</summary>
    /// <param name="File">File name.</param>
    /// <param name="Codec">Codec name.</param>
    /// <param name="Samples">Sample count.</param>
    /// <param name="DurationMs">Length.</param>
    /// <param name="Bytes">File size.</param>
    /// <param name="PeakDbfs">Peak level.</param>
    /// <param name="RmsDbfs">RMS level over the whole clip.</param>
    /// <param name="ActiveRmsDbfs">RMS over the frames within 30 dB of the loudest (the level the tool targets).</param>
    /// <param name="HighPercent">Percent of energy above 5 kHz.</param>
    /// <param name="Below300Percent">Percent of energy under 300 Hz (what a 28–40 mm speaker barely plays).</param>
    /// <param name="SpeakerBandPercent">Percent of energy from 300 Hz to 4 kHz (where it plays).</param>
    /// <param name="HissPercent">Percent of the unvoiced frames' energy above 3.5 kHz (the sibilants; see <see cref="VoiceMetrics"/>); NaN for the tones.</param>
    /// <param name="Words">Words in the phrase (0 for tones and unknown clips).</param>
    /// <param name="WordsPerMinute">Words over the time between leading and trailing silence (0 if no words).</param>
    /// <param name="LeadMs">Leading silence.</param>
    /// <param name="TrailMs">Trailing silence.</param>
    /// <param name="EdgeStart">Largest sample step in the first 10 ms, from silence in, in LSB.</param>
    /// <param name="EdgeEnd">Largest sample step in the last 10 ms, out to silence, in LSB.</param>
    /// <param name="FirstSample">First sample value.</param>
    /// <param name="LastSample">Last sample value.</param>
    public sealed record ClipAnalysis(
        string File,
        string Codec,
        int Samples,
        int DurationMs,
        long Bytes,
        double PeakDbfs,
        double RmsDbfs,
        double ActiveRmsDbfs,
        double HighPercent,
        double Below300Percent,
        double SpeakerBandPercent,
        double HissPercent,
        int Words,
        double WordsPerMinute,
        int LeadMs,
        int TrailMs,
        int EdgeStart,
        int EdgeEnd,
        int FirstSample,
        int LastSample);

    /// <summary>The <c>analyze</c> command's measurements and table.</summary>
    public static class Analysis
    {
        /// <summary>Edge window for the click measure.</summary>
        public const double EdgeMs = 10;

        /// <summary>FFT size (log2) of the speaker-band shares: 4096 points, 3.9 Hz bins, so leakage does not blur the 300 Hz edge.</summary>
        public const int SpeakerFftLog2 = 12;

        /// <summary>Cut-off for the high-frequency energy measure.</summary>
        public const double HighHz = 5000;

        /// <summary><paramref name="words"/> over the time between leading and trailing silence (see <see cref="Dsp.Silence"/>), 0 without words.</summary>
        public static double WordsPerMinute(MonoAudio audio, int words)
        {
            ArgumentNullException.ThrowIfNull(audio);
            var (lead, trail) = Dsp.Silence(audio);
            int spoken = audio.Samples.Length - lead - trail;
            return words > 0 && spoken > 0 ? words * 60.0 * audio.SampleRate / spoken : 0;
        }

        /// <summary>Decodes and measures one clip file; the hiss measure (a pitch track, the slowest part) only with <paramref name="hiss"/>.</summary>
        public static ClipAnalysis Analyze(string path, bool hiss = false)
        {
            byte[] file = File.ReadAllBytes(path);
            short[] pcm = ClipEncoder.Decode(file, out ClipInfo header);
            MonoAudio audio = MonoAudio.FromPcm16(pcm, header.SampleRate);
            string stem = Path.GetFileNameWithoutExtension(path);
            ClipSpec? spec = ClipSet.Find(stem);
            int words = spec?.WordCount ?? 0;
            var (lead, trail) = Dsp.Silence(audio);
            double wpm = WordsPerMinute(audio, words);
            var (edgeStart, edgeEnd) = Dsp.EdgeSteps(pcm, header.SampleRate, EdgeMs);
            return new ClipAnalysis(
                Path.GetFileName(path),
                ClipEncoder.CodecName(header.Codec),
                pcm.Length,
                header.DurationMs,
                file.Length,
                Dsp.ToDb(Dsp.Peak(audio.Samples)),
                Dsp.ToDb(Dsp.Rms(audio.Samples)),
                Dsp.ToDb(Dsp.ActiveRms(audio)),
                100.0 * Dsp.EnergyAbove(audio, HighHz),
                100.0 * Dsp.EnergyBetween(audio, 0, 300, SpeakerFftLog2),
                100.0 * Dsp.EnergyBetween(audio, 300, 4000, SpeakerFftLog2),
                !hiss || spec?.IsTone == true ? double.NaN : 100.0 * VoiceMetrics.Measure(audio).UnvoicedAbove3500,
                words,
                wpm,
                lead * 1000 / header.SampleRate,
                trail * 1000 / header.SampleRate,
                edgeStart,
                edgeEnd,
                pcm[0],
                pcm[^1]);
        }

        /// <summary>Every <c>.rla</c> file in <paramref name="dir"/>, by name.</summary>
        public static IReadOnlyList<string> ClipFiles(string dir)
        {
            var files = new List<string>(Directory.GetFiles(dir, "*" + ClipSet.Extension));
            files.Sort(StringComparer.Ordinal);
            return files;
        }

        /// <summary>A Markdown table of <paramref name="rows"/> with a totals line under it.</summary>
        public static string Table(IReadOnlyList<ClipAnalysis> rows)
        {
            ArgumentNullException.ThrowIfNull(rows);
            var sb = new StringBuilder();
            sb.AppendLine("| file | codec | ms | bytes | peak dBFS | RMS dBFS | active RMS dBFS | >5 kHz % | <300 Hz % | 0.3–4 kHz % | hiss % | words | wpm | lead ms | trail ms | edge step in/out (LSB) | first/last sample |");
            sb.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            long bytes = 0;
            var sizes = new List<long>();
            foreach (ClipAnalysis r in rows)
            {
                bytes += r.Bytes;
                sizes.Add(r.Bytes);
                sb.AppendLine(Invariant(
                    $"| {r.File} | {r.Codec} | {r.DurationMs} | {r.Bytes} | {r.PeakDbfs:F1} | {r.RmsDbfs:F1} | {r.ActiveRmsDbfs:F1} | {r.HighPercent:F2} | {r.Below300Percent:F2} | {r.SpeakerBandPercent:F2} | {(double.IsNaN(r.HissPercent) ? "-" : r.HissPercent.ToString("F1", CultureInfo.InvariantCulture))} | {(r.Words > 0 ? r.Words.ToString(CultureInfo.InvariantCulture) : "-")} | {(r.Words > 0 ? r.WordsPerMinute.ToString("F0", CultureInfo.InvariantCulture) : "-")} | {r.LeadMs} | {r.TrailMs} | {r.EdgeStart}/{r.EdgeEnd} | {r.FirstSample}/{r.LastSample} |"));
            }

            sb.AppendLine();
            sb.AppendLine(Invariant($"{rows.Count} clips, {bytes} bytes; on flash with 4 KiB blocks and the settings file: {FlashBudget.OnFlash(sizes)} of {FlashBudget.Limit} bytes ({100.0 * FlashBudget.OnFlash(sizes) / FlashBudget.Limit:F1} %)."));
            return sb.ToString();
        }

        private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The clip set's flash budget on nanoFramework's file system.</summary>
    public static class FlashBudget
    {
        /// <summary>Space for the clips and the settings file: 2 MiB.</summary>
        public const long Limit = 2L * 1024 * 1024;

        /// <summary>Allocation unit assumed per file (the flash erase block), so small files cost a whole block.</summary>
        public const long Block = 4096;

        /// <summary>The settings file (a few hundred bytes) takes one block.</summary>
        public const long SettingsBytes = 512;

        /// <summary>Bytes the files take when each is rounded up to a block, plus the settings file.</summary>
        public static long OnFlash(IEnumerable<long> fileSizes)
        {
            ArgumentNullException.ThrowIfNull(fileSizes);
            long total = RoundUp(SettingsBytes);
            foreach (long s in fileSizes)
            {
                total += RoundUp(s);
            }

            return total;
        }

        private static long RoundUp(long bytes) => (bytes + Block - 1) / Block * Block;
    }
}
