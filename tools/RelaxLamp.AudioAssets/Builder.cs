using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.AudioAssets
{
    /// <summary>How the codec of each clip is chosen.</summary>
    public enum CodecMode
    {
        /// <summary>ADPCM where its measured SNR reaches the threshold, PCM otherwise.</summary>
        Auto,

        /// <summary>Always IMA-ADPCM.</summary>
        Adpcm,

        /// <summary>Always 16-bit PCM.</summary>
        Pcm,
    }

    /// <summary>A clip encoded both ways, measured, and the pick.</summary>
    /// <param name="Name">Clip name.</param>
    /// <param name="Source">Where the sound came from.</param>
    /// <param name="Samples">Samples at 16 kHz.</param>
    /// <param name="PcmBytes">PCM file size.</param>
    /// <param name="AdpcmBytes">ADPCM file size.</param>
    /// <param name="PcmSnrDb">SNR of the decoded PCM file against the conditioned float signal.</param>
    /// <param name="AdpcmSnrDb">SNR of the decoded ADPCM file against the same.</param>
    /// <param name="AdpcmErrorDbfs">RMS of the ADPCM error, dBFS.</param>
    /// <param name="Codec">Chosen codec id.</param>
    /// <param name="File">Bytes of the chosen file.</param>
    public sealed record EncodedClip(
        string Name,
        string Source,
        int Samples,
        int PcmBytes,
        int AdpcmBytes,
        double PcmSnrDb,
        double AdpcmSnrDb,
        double AdpcmErrorDbfs,
        int Codec,
#pragma warning disable CA1819 // An immutable result handed straight to the writer.
        byte[] File);
#pragma warning restore CA1819

    /// <summary>Encodes conditioned audio both ways, measures both, and picks one.</summary>
    public static class CodecChooser
    {
        /// <summary>
        /// Default acceptance bound for ADPCM: 20 dB SNR. With speech at −26 dBFS active RMS that puts the
        /// coding noise near −46 dBFS or lower under speech, and it falls with the signal in pauses (the step adapts).
        /// </summary>
        public const double DefaultMinSnrDb = 20;

        /// <summary>Encodes <paramref name="audio"/> (16 kHz) as PCM and as ADPCM and picks per <paramref name="mode"/>.</summary>
        public static EncodedClip Encode(string name, string source, MonoAudio audio, CodecMode mode, double minSnrDb)
        {
            ArgumentNullException.ThrowIfNull(audio);
            short[] pcm = audio.ToPcm16();
            byte[] pcmFile = ClipEncoder.Encode(pcm, audio.SampleRate, ClipCodec.CodecPcm16);
            byte[] adpcmFile = ClipEncoder.Encode(pcm, audio.SampleRate, ClipCodec.CodecImaAdpcm);
            short[] pcmBack = ClipEncoder.Decode(pcmFile, out _);
            short[] adpcmBack = ClipEncoder.Decode(adpcmFile, out _);
            double pcmSnr = Dsp.Snr(audio.Samples, pcmBack);
            double adpcmSnr = Dsp.Snr(audio.Samples, adpcmBack);
            bool adpcm = mode == CodecMode.Adpcm || (mode == CodecMode.Auto && adpcmSnr >= minSnrDb);
            return new EncodedClip(
                name,
                source,
                pcm.Length,
                pcmFile.Length,
                adpcmFile.Length,
                pcmSnr,
                adpcmSnr,
                Dsp.ErrorRmsDbfs(audio.Samples, adpcmBack),
                adpcm ? ClipCodec.CodecImaAdpcm : ClipCodec.CodecPcm16,
                adpcm ? adpcmFile : pcmFile);
        }

        /// <summary>The comparison table that <c>build</c> prints (Markdown).</summary>
        public static string Table(IReadOnlyList<EncodedClip> clips, double minSnrDb)
        {
            ArgumentNullException.ThrowIfNull(clips);
            var sb = new StringBuilder();
            sb.AppendLine("| clip | source | samples | PCM bytes | PCM SNR dB | ADPCM bytes | ADPCM SNR dB | ADPCM error dBFS | chosen |");
            sb.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|---|");
            long pcm = 0;
            long adpcm = 0;
            long chosen = 0;
            double worst = double.MaxValue;
            foreach (EncodedClip c in clips)
            {
                pcm += c.PcmBytes;
                adpcm += c.AdpcmBytes;
                chosen += c.File.Length;
                worst = Math.Min(worst, c.AdpcmSnrDb);
                sb.AppendLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {c.Name} | {c.Source} | {c.Samples} | {c.PcmBytes} | {c.PcmSnrDb:F1} | {c.AdpcmBytes} | {c.AdpcmSnrDb:F1} | {c.AdpcmErrorDbfs:F1} | {ClipEncoder.CodecName(c.Codec)} |"));
            }

            sb.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| total | | | {pcm} | | {adpcm} | min {worst:F1} | | {chosen} |"));
            sb.AppendLine();
            sb.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ADPCM is {100.0 * adpcm / Math.Max(1, pcm):F1} % of PCM's size; acceptance bound {minSnrDb:F1} dB SNR."));
            return sb.ToString();
        }
    }

    /// <summary>Options of the <c>build</c> command.</summary>
    public sealed class BuildOptions
    {
        /// <summary>Folder of the user's recordings (<c>NN-name.wav</c>), or null for espeak-ng.</summary>
        public string? VoiceDir { get; set; }

        /// <summary>With <see cref="VoiceDir"/>: speak the phrases that have no recording instead of failing.</summary>
        public bool FillMissing { get; set; }

        /// <summary>Where the clips and manifest go.</summary>
        public string OutDir { get; set; } = "assets/audio";

        /// <summary>Also write each conditioned clip as a 16 kHz WAV here, for listening elsewhere.</summary>
        public string? WavDir { get; set; }

        /// <summary>Codec policy.</summary>
        public CodecMode Codec { get; set; } = CodecMode.Auto;

        /// <summary>ADPCM acceptance bound for <see cref="CodecMode.Auto"/>.</summary>
        public double MinSnrDb { get; set; } = CodecChooser.DefaultMinSnrDb;

        /// <summary>espeak-ng settings.</summary>
        public EspeakSettings Espeak { get; set; } = new EspeakSettings();
    }

    /// <summary>The <c>build</c> command: renders, conditions, encodes and writes the default set and its manifest.</summary>
    public static class Builder
    {
        /// <summary>Active RMS of the in-breath tone: under the voice, as a background cue.</summary>
        public const double ToneInRmsDbfs = -30;

        /// <summary>Active RMS of the out-breath tone: softer still.</summary>
        public const double ToneOutRmsDbfs = -33;

        /// <summary>Builds the set. Every clip is made in memory first, so a failure writes nothing.</summary>
        /// <exception cref="InvalidOperationException">A source is missing (the message says which and what to do).</exception>
        public static IReadOnlyList<EncodedClip> Run(BuildOptions options, TextWriter log)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(log);
            if (options.VoiceDir != null && !Directory.Exists(options.VoiceDir))
            {
                throw new InvalidOperationException($"--voice-dir {options.VoiceDir}: no such folder");
            }

            var sources = new List<(ClipSpec Spec, string? Wav)>();
            var missing = new List<string>();
            bool needEspeak = false;
            foreach (ClipSpec spec in ClipSet.Default)
            {
                string? wav = null;
                if (options.VoiceDir != null)
                {
                    string candidate = Path.Combine(options.VoiceDir, spec.Name + ".wav");
                    if (File.Exists(candidate))
                    {
                        wav = candidate;
                    }
                    else if (spec.Kind == ClipKind.Phrase)
                    {
                        missing.Add(spec.Name + ".wav");
                    }
                }

                needEspeak |= wav == null && spec.Kind == ClipKind.Phrase;
                sources.Add((spec, wav));
            }

            if (missing.Count > 0 && !options.FillMissing)
            {
                throw new InvalidOperationException($"{options.VoiceDir} lacks {string.Join(", ", missing)} (record them, or pass --fill-missing to speak them with espeak-ng)");
            }

            string? espeak = needEspeak ? Espeak.Find() : null;
            if (needEspeak && espeak == null)
            {
                throw new InvalidOperationException("espeak-ng not found: apt-get install espeak-ng, or give recordings with --voice-dir");
            }

            if (espeak != null)
            {
                log.WriteLine($"voice: {Espeak.Version(espeak)}; {options.Espeak}");
            }

            var clips = new List<EncodedClip>();
            var conditioned = new List<MonoAudio>();
            foreach (var (spec, wav) in sources)
            {
                MonoAudio raw;
                ConditionOptions cond;
                string source;
                if (wav != null)
                {
                    raw = WavIo.Read(wav);
                    cond = spec.Kind == ClipKind.Phrase ? ConditionOptions.Voice() : ConditionOptions.Tone(spec.Kind == ClipKind.ToneIn ? ToneInRmsDbfs : ToneOutRmsDbfs);
                    source = "recording";
                }
                else if (spec.Kind == ClipKind.ToneIn)
                {
                    raw = ToneSynth.InBreath(WavIo.DeviceRate);
                    cond = ConditionOptions.Tone(ToneInRmsDbfs);
                    source = "synth";
                }
                else if (spec.Kind == ClipKind.ToneOut)
                {
                    raw = ToneSynth.OutBreath(WavIo.DeviceRate);
                    cond = ConditionOptions.Tone(ToneOutRmsDbfs);
                    source = "synth";
                }
                else
                {
                    raw = Espeak.Render(espeak!, spec.Text, options.Espeak);
                    cond = ConditionOptions.Voice();
                    source = "espeak-ng";
                }

                MonoAudio audio = Conditioner.Run(raw, cond);
                clips.Add(CodecChooser.Encode(spec.Name, source, audio, options.Codec, options.MinSnrDb));
                conditioned.Add(audio);
            }

            long onFlash = FlashBudget.OnFlash(clips.ConvertAll(c => (long)c.File.Length));
            if (onFlash > FlashBudget.Limit)
            {
                throw new InvalidOperationException($"the set needs {onFlash} bytes of flash, over the {FlashBudget.Limit} budget (try --codec adpcm)");
            }

            Directory.CreateDirectory(options.OutDir);
            foreach (EncodedClip c in clips)
            {
                AtomicFile.Write(Path.Combine(options.OutDir, c.Name + ClipSet.Extension), c.File);
            }

            AtomicFile.Write(Path.Combine(options.OutDir, "manifest.csv"), Encoding.UTF8.GetBytes(Manifest(clips)));
            if (options.WavDir != null)
            {
                for (int i = 0; i < clips.Count; i++)
                {
                    WavIo.Write16(Path.Combine(options.WavDir, clips[i].Name + ".wav"), conditioned[i].ToPcm16(), conditioned[i].SampleRate);
                }
            }
            log.Write(CodecChooser.Table(clips, options.MinSnrDb));
            log.WriteLine($"wrote {clips.Count} clips and manifest.csv to {options.OutDir}; on flash {onFlash} of {FlashBudget.Limit} bytes");
            return clips;
        }

        /// <summary>The manifest: one CSV row per clip, levels measured on the decoded file.</summary>
        public static string Manifest(IReadOnlyList<EncodedClip> clips)
        {
            ArgumentNullException.ThrowIfNull(clips);
            var sb = new StringBuilder();
            sb.Append("id,name,file,codec,samples,duration_ms,bytes,peak_dbfs,rms_dbfs\n");
            foreach (EncodedClip c in clips)
            {
                ClipSpec spec = ClipSet.Find(c.Name) ?? throw new InvalidOperationException($"{c.Name}: not in the default set");
                short[] decoded = ClipEncoder.Decode(c.File, out ClipHeader header);
                MonoAudio a = MonoAudio.FromPcm16(decoded, header.SampleRate);
                sb.Append(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{spec.Id},{c.Name},{c.Name}{ClipSet.Extension},{ClipEncoder.CodecName(c.Codec)},{header.SampleCount},{header.DurationMs},{c.File.Length},{Dsp.ToDb(Dsp.Peak(a.Samples)):F2},{Dsp.ToDb(Dsp.Rms(a.Samples)):F2}\n"));
            }

            return sb.ToString();
        }
    }
}
