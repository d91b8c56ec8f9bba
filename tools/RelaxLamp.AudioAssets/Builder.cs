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
        /// <summary>G.711 µ-law, 8 bits a sample (the default: one table lookup a sample on the lamp).</summary>
        MuLaw,

        /// <summary>ADPCM where its measured SNR reaches the threshold, PCM otherwise (the old policy).</summary>
        Auto,

        /// <summary>Always IMA-ADPCM.</summary>
        Adpcm,

        /// <summary>Always 16-bit PCM.</summary>
        Pcm,
    }

    /// <summary>Which synthesiser speaks the phrases no recording covers.</summary>
    public enum VoiceEngine
    {
        /// <summary>festival with the HTS voice cmu_us_slt_arctic_hts (the default; see docs/voice.md).</summary>
        Festival,

        /// <summary>espeak-ng (formant synthesis; the voice before issue 13).</summary>
        Espeak,
    }

    /// <summary>A clip encoded, measured, and the pick.</summary>
    /// <param name="Name">Clip name.</param>
    /// <param name="Source">Where the sound came from.</param>
    /// <param name="Samples">Samples at 16 kHz.</param>
    /// <param name="MuLawBytes">µ-law file size.</param>
    /// <param name="MuLawSnrDb">SNR of the decoded µ-law file against the conditioned float signal.</param>
    /// <param name="AdpcmBytes">ADPCM file size.</param>
    /// <param name="AdpcmSnrDb">SNR of the decoded ADPCM file against the same.</param>
    /// <param name="PcmBytes">PCM file size.</param>
    /// <param name="Codec">Chosen codec id.</param>
    /// <param name="File">Bytes of the chosen file.</param>
    public sealed record EncodedClip(
        string Name,
        string Source,
        int Samples,
        int MuLawBytes,
        double MuLawSnrDb,
        int AdpcmBytes,
        double AdpcmSnrDb,
        int PcmBytes,
        int Codec,
#pragma warning disable CA1819 // An immutable result handed straight to the writer.
        byte[] File);
#pragma warning restore CA1819

    /// <summary>Encodes conditioned audio, measures the codecs, and picks one.</summary>
    public static class CodecChooser
    {
        /// <summary>Acceptance bound of <see cref="CodecMode.Auto"/> for ADPCM: 20 dB SNR.</summary>
        public const double DefaultMinSnrDb = 20;

        /// <summary>Encodes <paramref name="audio"/> (16 kHz) as µ-law, ADPCM and PCM, and picks per <paramref name="mode"/>.</summary>
        /// <param name="name">Clip name.</param>
        /// <param name="source">Where the sound came from.</param>
        /// <param name="audio">The conditioned clip.</param>
        /// <param name="mode">Codec policy.</param>
        /// <param name="minSnrDb">ADPCM bound of <see cref="CodecMode.Auto"/>.</param>
        /// <param name="measureAdpcm">Also encode and measure ADPCM when the policy does not need it (its look-ahead encoder is slow).</param>
        public static EncodedClip Encode(string name, string source, MonoAudio audio, CodecMode mode, double minSnrDb, bool measureAdpcm = false)
        {
            ArgumentNullException.ThrowIfNull(audio);
            short[] pcm = audio.ToPcm16();
            byte[] muFile = ClipEncoder.Encode(pcm, audio.SampleRate, ClipFile.CodecMuLaw);
            byte[] pcmFile = ClipEncoder.Encode(pcm, audio.SampleRate, ClipCodec.CodecPcm16);
            bool adpcm = measureAdpcm || mode is CodecMode.Adpcm or CodecMode.Auto;
            byte[] adpcmFile = adpcm ? ClipEncoder.Encode(pcm, audio.SampleRate, ClipCodec.CodecImaAdpcm) : Array.Empty<byte>();
            double muSnr = Dsp.Snr(audio.Samples, ClipEncoder.Decode(muFile, out _));
            double adpcmSnr = adpcm ? Dsp.Snr(audio.Samples, ClipEncoder.Decode(adpcmFile, out _)) : double.NaN;
            (int codec, byte[] file) = mode switch
            {
                CodecMode.MuLaw => (ClipFile.CodecMuLaw, muFile),
                CodecMode.Adpcm => (ClipCodec.CodecImaAdpcm, adpcmFile),
                CodecMode.Pcm => (ClipCodec.CodecPcm16, pcmFile),
                _ => adpcmSnr >= minSnrDb ? (ClipCodec.CodecImaAdpcm, adpcmFile) : (ClipCodec.CodecPcm16, pcmFile),
            };
            return new EncodedClip(name, source, pcm.Length, muFile.Length, muSnr, adpcmFile.Length, adpcmSnr, pcmFile.Length, codec, file);
        }

        /// <summary>The comparison table that <c>build</c> prints (Markdown).</summary>
        public static string Table(IReadOnlyList<EncodedClip> clips)
        {
            ArgumentNullException.ThrowIfNull(clips);
            var sb = new StringBuilder();
            sb.AppendLine("| clip | source | ms | µ-law bytes | µ-law SNR dB | ADPCM bytes | ADPCM SNR dB | PCM bytes | chosen |");
            sb.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|---|");
            long mu = 0;
            long adpcm = 0;
            long pcm = 0;
            long chosen = 0;
            double worstMu = double.MaxValue;
            foreach (EncodedClip c in clips)
            {
                mu += c.MuLawBytes;
                adpcm += c.AdpcmBytes;
                pcm += c.PcmBytes;
                chosen += c.File.Length;
                worstMu = Math.Min(worstMu, c.MuLawSnrDb);
                string adpcmCells = c.AdpcmBytes > 0 ? Invariant($"{c.AdpcmBytes} | {c.AdpcmSnrDb:F1}") : "- | -";
                sb.AppendLine(Invariant(
                    $"| {c.Name} | {c.Source} | {c.Samples * 1000L / WavIo.DeviceRate} | {c.MuLawBytes} | {c.MuLawSnrDb:F1} | {adpcmCells} | {c.PcmBytes} | {ClipEncoder.CodecName(c.Codec)} |"));
            }

            sb.AppendLine(Invariant($"| total | | | {mu} | min {worstMu:F1} | {(adpcm > 0 ? adpcm.ToString(CultureInfo.InvariantCulture) : "-")} | | {pcm} | {chosen} |"));
            return sb.ToString();
        }

        private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Options of the <c>build</c> command.</summary>
    public sealed class BuildOptions
    {
        /// <summary>Folder of the user's recordings (<c>NN-name.wav</c>, <c>.m4a</c>, <c>.mp3</c>, <c>.ogg</c> …), or null for the synthesiser.</summary>
        public string? VoiceDir { get; set; }

        /// <summary>With <see cref="VoiceDir"/>: speak the phrases that have no recording instead of failing.</summary>
        public bool FillMissing { get; set; }

        /// <summary>Where the clips and manifest go.</summary>
        public string OutDir { get; set; } = "assets/audio";

        /// <summary>Also write each conditioned clip as a 16 kHz WAV here, for listening elsewhere.</summary>
        public string? WavDir { get; set; }

        /// <summary>Codec policy.</summary>
        public CodecMode Codec { get; set; } = CodecMode.MuLaw;

        /// <summary>ADPCM acceptance bound for <see cref="CodecMode.Auto"/>.</summary>
        public double MinSnrDb { get; set; } = CodecChooser.DefaultMinSnrDb;

        /// <summary>Also encode and measure ADPCM for the table (slow: its encoder looks ahead over all 16 × 16 code pairs).</summary>
        public bool CompareCodecs { get; set; }

        /// <summary>The synthesiser.</summary>
        public VoiceEngine Engine { get; set; } = VoiceEngine.Festival;

        /// <summary>festival settings for the early phrases (03–16, slots of 3.3 s).</summary>
        public FestivalSettings FestivalShort { get; set; } = new FestivalSettings(Speed: Builder.DefaultShortSpeed);

        /// <summary>festival settings for the later phrases (17–35, slots of 5 s).</summary>
        public FestivalSettings FestivalLong { get; set; } = new FestivalSettings(Speed: Builder.DefaultLongSpeed);

        /// <summary>Words a minute aimed at for phrases 03–16.</summary>
        public double WpmEarly { get; set; } = Builder.DefaultWpmEarly;

        /// <summary>Words a minute aimed at for phrases 17–35.</summary>
        public double WpmLate { get; set; } = Builder.DefaultWpmLate;

        /// <summary>espeak-ng settings.</summary>
        public EspeakSettings Espeak { get; set; } = new EspeakSettings();
    }

    /// <summary>One clip made and conditioned, before encoding.</summary>
    /// <param name="Spec">Which clip.</param>
    /// <param name="Source">Where the sound came from (recording file, synthesiser, synth).</param>
    /// <param name="Raw">The source as read or rendered.</param>
    /// <param name="Audio">The conditioned 16 kHz clip.</param>
    /// <param name="Problems">What the checks found (empty when it passes).</param>
    public sealed record MadeClip(ClipSpec Spec, string Source, MonoAudio Raw, MonoAudio Audio, IReadOnlyList<string> Problems);

    /// <summary>The <c>build</c> command: renders, conditions, checks, encodes and writes the default set and its manifest.</summary>
    public static class Builder
    {
        /// <summary>Active RMS of the in-breath tone: well under the voice (−26), a background cue.</summary>
        public const double ToneInRmsDbfs = -33;

        /// <summary>Active RMS of the out-breath tone: softer still.</summary>
        public const double ToneOutRmsDbfs = -35;

        /// <summary>Active RMS of the volume chime.</summary>
        public const double ChimeRmsDbfs = -32;

        /// <summary>First-guess hts_engine speed of the early phrases (03–16).</summary>
        public const double DefaultShortSpeed = 0.65;

        /// <summary>First-guess hts_engine speed of the later phrases (17–35).</summary>
        public const double DefaultLongSpeed = 0.6;

        /// <summary>Words a minute aimed at in the early phrases (their 3.3 s slots may ask for more).</summary>
        public const double DefaultWpmEarly = 115;

        /// <summary>Words a minute aimed at in the body scan and later phrases, when the breath is slower.</summary>
        public const double DefaultWpmLate = 105;

        /// <summary>Slowest speed used: half the voice's own (slower, its vowels drawl).</summary>
        public const double MinSpeed = 0.5;

        /// <summary>Fastest speed used.</summary>
        public const double MaxSpeed = 1.2;

        /// <summary>Makes and conditions one clip from <paramref name="recording"/> or the synthesiser, and checks it.</summary>
        /// <param name="spec">The clip.</param>
        /// <param name="recording">A recording in any supported format, or null to synthesise.</param>
        /// <param name="options">Synthesiser settings.</param>
        /// <param name="synth">Path of the synthesiser program (text2wave or espeak-ng), needed for a phrase without a recording.</param>
        public static MadeClip Make(ClipSpec spec, string? recording, BuildOptions options, string? synth)
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(options);
            MonoAudio raw;
            string source;
            if (recording != null)
            {
                raw = AudioInput.Read(recording);
                source = "recording";
            }
            else if (spec.IsTone)
            {
                raw = spec.Kind switch
                {
                    ClipKind.ToneIn => ToneSynth.InBreath(WavIo.DeviceRate),
                    ClipKind.ToneOut => ToneSynth.OutBreath(WavIo.DeviceRate),
                    _ => ToneSynth.Chime(WavIo.DeviceRate),
                };
                source = "synth";
            }
            else if (options.Engine == VoiceEngine.Festival)
            {
                FestivalSettings used;
                bool early = spec.Id <= ClipSet.LastShortPhrase;
                (raw, used) = RenderFitted(synth ?? throw new InvalidOperationException("no text2wave"), spec, early ? options.FestivalShort : options.FestivalLong, early ? options.WpmEarly : options.WpmLate);
                source = string.Create(CultureInfo.InvariantCulture, $"festival x{used.Speed:0.00}");
            }
            else
            {
                EspeakSettings used;
                (raw, used) = RenderFittedEspeak(synth ?? throw new InvalidOperationException("no espeak-ng"), spec, options.Espeak);
                source = used.WordsPerMinute == options.Espeak.WordsPerMinute ? "espeak-ng" : string.Create(CultureInfo.InvariantCulture, $"espeak-ng -s {used.WordsPerMinute}");
            }

            ConditionOptions cond = spec.Kind switch
            {
                ClipKind.Phrase => ConditionOptions.Voice(),
                ClipKind.ToneIn => ConditionOptions.Tone(ToneInRmsDbfs),
                ClipKind.ToneOut => ConditionOptions.Tone(ToneOutRmsDbfs),
                _ => ConditionOptions.Tone(ChimeRmsDbfs),
            };

            // The checks read the source as it came; conditioning filters in place, so they get a copy.
            var original = new MonoAudio((float[])raw.Samples.Clone(), raw.SampleRate);
            MonoAudio audio = Conditioner.Run(raw, cond);
            IReadOnlyList<string> problems = spec.Kind == ClipKind.Phrase
                ? RecordingCheck.Problems(spec.Name, original, audio, spec.MaxDurationMs)
                : audio.Seconds * 1000 > spec.MaxDurationMs ? new[] { $"{spec.Name}: too long: {audio.Seconds:0.00} s, at most {spec.MaxDurationMs / 1000.0:0.0} s" } : Array.Empty<string>();
            return new MadeClip(spec, source, original, audio, problems);
        }

        /// <summary>
        /// Renders a phrase at its group's words a minute, within its slot. The first rendering is at
        /// <paramref name="settings"/>' speed; the speed is then scaled by target ÷ measured words a minute (speech time is
        /// proportional to 1 / speed), never below <see cref="MinSpeed"/> (slower drawls), and rendered again; if the
        /// conditioned clip then overruns its slot, the speed is raised just enough (overshoot plus 2 %). The words never change.
        /// </summary>
        public static (MonoAudio Raw, FestivalSettings Used) RenderFitted(string exe, ClipSpec spec, FestivalSettings settings, double targetWpm)
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(settings);
            FestivalSettings s = settings;
            MonoAudio raw = Festival.Render(exe, spec.Text, s);
            for (int attempt = 0; attempt < 4; attempt++)
            {
                MonoAudio clip = Conditioner.Run(new MonoAudio((float[])raw.Samples.Clone(), raw.SampleRate), ConditionOptions.Voice());
                double ms = clip.Seconds * 1000;
                double wpm = Analysis.WordsPerMinute(clip, spec.WordCount);
                double speed = s.Speed;
                if (ms > spec.MaxDurationMs)
                {
                    // The fixed pre- and post-roll (230 ms) does not scale with the speed.
                    const double fixedMs = 230;
                    speed = Math.Min(MaxSpeed, speed * (ms - fixedMs) / (spec.MaxDurationMs - fixedMs) * 1.02);
                }
                else if (attempt == 0 && wpm > 0 && Math.Abs(wpm - targetWpm) > 0.05 * targetWpm)
                {
                    speed = Math.Clamp(speed * targetWpm / wpm, MinSpeed, MaxSpeed);
                }

                speed = Math.Round(speed, 3);
                if (speed == s.Speed)
                {
                    break;
                }

                s = s with { Speed = speed };
                raw = Festival.Render(exe, spec.Text, s);
            }

            return (raw, s);
        }

        /// <summary>espeak-ng at <paramref name="settings"/>' rate, raised just enough (at most three times) if the phrase would overrun its slot.</summary>
        public static (MonoAudio Raw, EspeakSettings Used) RenderFittedEspeak(string exe, ClipSpec spec, EspeakSettings settings)
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(settings);
            EspeakSettings s = settings;
            MonoAudio raw = Espeak.Render(exe, spec.Text, s);
            for (int attempt = 0; attempt < 3; attempt++)
            {
                double ms = Conditioner.Run(new MonoAudio((float[])raw.Samples.Clone(), raw.SampleRate), ConditionOptions.Voice()).Seconds * 1000;
                if (ms <= spec.MaxDurationMs)
                {
                    break;
                }

                const double fixedMs = 230;
                s = s with { WordsPerMinute = (int)Math.Ceiling(s.WordsPerMinute * (ms - fixedMs) / (spec.MaxDurationMs - fixedMs) * 1.03) };
                raw = Espeak.Render(exe, spec.Text, s);
            }

            return (raw, s);
        }

        /// <summary>The recording of <paramref name="spec"/> in <paramref name="dir"/> (<c>NN-name</c> with any supported extension), or null.</summary>
        public static string? FindRecording(string dir, ClipSpec spec)
        {
            ArgumentNullException.ThrowIfNull(spec);
            foreach (string ext in AudioInput.Extensions)
            {
                string candidate = Path.Combine(dir, spec.Name + ext);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>Builds the set. Every clip is made and checked in memory first, so a failure writes nothing.</summary>
        /// <exception cref="InvalidOperationException">A source is missing or a clip fails its checks (the message lists every problem).</exception>
        public static IReadOnlyList<EncodedClip> Run(BuildOptions options, TextWriter log)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(log);
            if (options.VoiceDir != null && !Directory.Exists(options.VoiceDir))
            {
                throw new InvalidOperationException($"--voice-dir {options.VoiceDir}: no such folder");
            }

            var sources = new List<(ClipSpec Spec, string? File)>();
            var missing = new List<string>();
            bool needSynth = false;
            foreach (ClipSpec spec in ClipSet.Default)
            {
                string? file = options.VoiceDir != null ? FindRecording(options.VoiceDir, spec) : null;
                if (file == null && options.VoiceDir != null && spec.Kind == ClipKind.Phrase)
                {
                    missing.Add(spec.Name);
                }

                needSynth |= file == null && spec.Kind == ClipKind.Phrase;
                sources.Add((spec, file));
            }

            if (missing.Count > 0 && !options.FillMissing)
            {
                throw new InvalidOperationException($"{options.VoiceDir} lacks {string.Join(", ", missing)} (any of .wav .m4a .mp3 .ogg; record them, or pass --fill-missing to have the synthesiser speak them)");
            }

            string? synth = needSynth ? FindSynth(options, log) : null;
            var made = new List<MadeClip>();
            var problems = new List<string>();
            foreach (var (spec, file) in sources)
            {
                MadeClip m = Make(spec, file, options, synth);
                made.Add(m);
                problems.AddRange(m.Problems);
            }

            if (problems.Count > 0)
            {
                throw new InvalidOperationException("nothing written; " + problems.Count + " problem(s):\n  " + string.Join("\n  ", problems));
            }

            var clips = new List<EncodedClip>();
            foreach (MadeClip m in made)
            {
                clips.Add(CodecChooser.Encode(m.Spec.Name, m.Source, m.Audio, options.Codec, options.MinSnrDb, options.CompareCodecs));
            }

            long onFlash = FlashBudget.OnFlash(clips.ConvertAll(c => (long)c.File.Length));
            if (onFlash > FlashBudget.Limit)
            {
                throw new InvalidOperationException($"the set needs {onFlash} bytes of flash, over the {FlashBudget.Limit} budget");
            }

            Directory.CreateDirectory(options.OutDir);
            foreach (EncodedClip c in clips)
            {
                AtomicFile.Write(Path.Combine(options.OutDir, c.Name + ClipSet.Extension), c.File);
            }

            AtomicFile.Write(Path.Combine(options.OutDir, "manifest.csv"), Encoding.UTF8.GetBytes(Manifest(clips)));
            if (options.WavDir != null)
            {
                Directory.CreateDirectory(options.WavDir);
                foreach (MadeClip m in made)
                {
                    WavIo.Write16(Path.Combine(options.WavDir, m.Spec.Name + ".wav"), m.Audio.ToPcm16(), m.Audio.SampleRate);
                }
            }

            long bytes = 0;
            clips.ForEach(c => bytes += c.File.Length);
            log.Write(CodecChooser.Table(clips));
            log.WriteLine($"wrote {clips.Count} clips ({bytes} bytes) and manifest.csv to {options.OutDir}; on flash {onFlash} of {FlashBudget.Limit} bytes");
            return clips;
        }

        /// <summary>The synthesiser's program for <paramref name="options"/>, logging its version.</summary>
        /// <exception cref="InvalidOperationException">It is not installed; the message says what to install.</exception>
        public static string FindSynth(BuildOptions options, TextWriter log)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(log);
            if (options.Engine == VoiceEngine.Festival)
            {
                string exe = Festival.Find() ?? throw new InvalidOperationException($"festival's text2wave not found: {Festival.Install}, or --voice espeak, or give recordings with --voice-dir");
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"voice: {Festival.Version()}; {options.FestivalShort.Voice}, aiming at {options.WpmEarly:0} words/min for 03–16 and {options.WpmLate:0} for 17–35, speed {MinSpeed}–{MaxSpeed}, within each slot"));
                return exe;
            }

            string espeak = Espeak.Find() ?? throw new InvalidOperationException("espeak-ng not found: apt-get install espeak-ng, or give recordings with --voice-dir");
            log.WriteLine($"voice: {Espeak.Version(espeak)}; {options.Espeak}");
            return espeak;
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
                short[] decoded = ClipEncoder.Decode(c.File, out ClipInfo header);
                MonoAudio a = MonoAudio.FromPcm16(decoded, header.SampleRate);
                sb.Append(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{spec.Id},{c.Name},{c.Name}{ClipSet.Extension},{ClipEncoder.CodecName(c.Codec)},{header.SampleCount},{header.DurationMs},{c.File.Length},{Dsp.ToDb(Dsp.Peak(a.Samples)):F2},{Dsp.ToDb(Dsp.Rms(a.Samples)):F2}\n"));
            }

            return sb.ToString();
        }
    }
}
