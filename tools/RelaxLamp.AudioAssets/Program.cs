using System;
using System.Collections.Generic;
using System.IO;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.AudioAssets
{
    /// <summary>Command line entry: build, analyze, encode, decode, deploy-json.</summary>
    public static class Program
    {
        /// <summary>Exit code for success.</summary>
        public const int ExitOk = 0;

        /// <summary>Exit code when the work failed (missing input, bad data, budget exceeded).</summary>
        public const int ExitFailed = 1;

        /// <summary>Exit code for a bad command line.</summary>
        public const int ExitUsage = 2;

        private const string Usage =
            "usage: RelaxLamp.AudioAssets <command>\n" +
            "  build   [--voice-dir DIR] [--fill-missing] [--compare-codecs] [--out DIR] [--wav-dir DIR] [--codec mulaw|adpcm|pcm|auto] [--min-snr DB]\n" +
            "          [--voice festival|espeak] [--wpm-early WPM] [--wpm-late WPM]\n" +
            "          [--espeak-voice V] [--espeak-speed WPM] [--espeak-pitch 0-99]\n" +
            "  analyze DIR|FILE.rla\n" +
            "  encode  IN.(wav|mp3|ogg|m4a|...) OUT.rla [--kind voice|tone] [--max-ms MS] [--codec mulaw|adpcm|pcm|auto] [--min-snr DB] [--target-rms DBFS]\n" +
            "  decode  IN.rla OUT.wav\n" +
            "  deploy-json [--dir DIR] [--port PORT] [--out FILE]\n" +
            "  compare-voices [--out FILE.md] [--phrases N] [--png FILE.png]";

        /// <summary>Runs the tool.</summary>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs one command, writing results to <paramref name="output"/> and problems to <paramref name="error"/>.</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(error);
            if (args.Count == 0)
            {
                error.WriteLine(Usage);
                return ExitUsage;
            }

            if (args[0] is "help" or "--help" or "-h")
            {
                output.WriteLine(Usage);
                return ExitOk;
            }

            var rest = new List<string>(args).GetRange(1, args.Count - 1);
            try
            {
                return args[0] switch
                {
                    "build" => Build(rest, output),
                    "analyze" => Analyze(rest, output),
                    "encode" => Encode(rest, output),
                    "decode" => Decode(rest, output),
                    "deploy-json" => DeployJsonCommand(rest, output),
                    "compare-voices" => CompareVoices(rest, output),
                    _ => throw new UsageException($"{args[0]}: unknown command (accepts build, analyze, encode, decode, deploy-json, compare-voices)"),
                };
            }
            catch (UsageException ex)
            {
                error.WriteLine(ex.Message);
                return ExitUsage;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException or ArgumentException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitFailed;
            }
        }

        /// <summary>The repository this tool was built in (the build's <c>RepoRoot</c>).</summary>
        public static string RepoRoot() => RelaxLamp.Build.BuildInfo.RepoRoot;

        private static int Build(List<string> rest, TextWriter output)
        {
            CliArgs a = CliArgs.Parse(
                "build",
                rest,
                new[] { "--voice-dir", "--out", "--wav-dir", "--codec", "--min-snr", "--voice", "--wpm-early", "--wpm-late", "--espeak-voice", "--espeak-speed", "--espeak-pitch" },
                new[] { "--fill-missing", "--compare-codecs" });
            a.ExpectPositional(0, "no positional arguments");
            var defaults = new EspeakSettings();
            var options = new BuildOptions
            {
                VoiceDir = a.Has("--voice-dir") ? a.Get("--voice-dir", string.Empty) : null,
                FillMissing = a.Has("--fill-missing"),
                CompareCodecs = a.Has("--compare-codecs"),
                OutDir = a.Get("--out", Path.Combine(RepoRoot(), "assets", "audio")),
                WavDir = a.Has("--wav-dir") ? a.Get("--wav-dir", string.Empty) : null,
                Codec = ParseCodec(a),
                MinSnrDb = a.GetNumber("--min-snr", CodecChooser.DefaultMinSnrDb, 0, 100),
                Engine = a.GetChoice("--voice", "festival", "festival", "espeak") == "espeak" ? VoiceEngine.Espeak : VoiceEngine.Festival,
                WpmEarly = a.GetNumber("--wpm-early", Builder.DefaultWpmEarly, 60, 250),
                WpmLate = a.GetNumber("--wpm-late", Builder.DefaultWpmLate, 60, 250),
                Espeak = new EspeakSettings(
                    a.Get("--espeak-voice", defaults.Voice),
                    (int)a.GetNumber("--espeak-speed", defaults.WordsPerMinute, 80, 450),
                    (int)a.GetNumber("--espeak-pitch", defaults.Pitch, 0, 99),
                    defaults.WordGapMs),
            };
            if (options.FillMissing && options.VoiceDir == null)
            {
                throw new UsageException("--fill-missing: only with --voice-dir");
            }

            Builder.Run(options, output);
            return ExitOk;
        }

        private static int CompareVoices(List<string> rest, TextWriter output)
        {
            CliArgs a = CliArgs.Parse("compare-voices", rest, new[] { "--out", "--phrases", "--png" }, Array.Empty<string>());
            a.ExpectPositional(0, "no positional arguments");
            int phrases = (int)a.GetNumber("--phrases", 1000, 1, 1000);
            string table = VoiceComparison.Run(phrases, output, a.Has("--png") ? a.Get("--png", string.Empty) : null);
            if (a.Has("--out"))
            {
                AtomicFile.Write(a.Get("--out", string.Empty), System.Text.Encoding.UTF8.GetBytes(table));
            }

            output.Write(table);
            return ExitOk;
        }

        private static int Analyze(List<string> rest, TextWriter output)
        {
            CliArgs a = CliArgs.Parse("analyze", rest, Array.Empty<string>(), Array.Empty<string>());
            a.ExpectPositional(1, "one folder or .rla file");
            string target = a.Positional[0];
            IReadOnlyList<string> files = Directory.Exists(target) ? Analysis.ClipFiles(target) : new[] { target };
            if (files.Count == 0)
            {
                throw new InvalidOperationException($"{target}: no {ClipSet.Extension} files");
            }

            var rows = new List<ClipAnalysis>();
            foreach (string f in files)
            {
                rows.Add(Analysis.Analyze(f, hiss: true));
            }

            output.Write(Analysis.Table(rows));
            return ExitOk;
        }

        private static int Encode(List<string> rest, TextWriter output)
        {
            CliArgs a = CliArgs.Parse("encode", rest, new[] { "--kind", "--codec", "--min-snr", "--target-rms", "--max-ms" }, Array.Empty<string>());
            a.ExpectPositional(2, "IN (wav, mp3, ogg, m4a ...) OUT.rla");
            string kind = a.GetChoice("--kind", "voice", "voice", "tone");
            CodecMode codec = ParseCodec(a);
            double minSnr = a.GetNumber("--min-snr", CodecChooser.DefaultMinSnrDb, 0, 100);
            ConditionOptions cond = kind == "voice" ? ConditionOptions.Voice() : ConditionOptions.Tone(Builder.ToneInRmsDbfs);
            cond.TargetRmsDbfs = a.GetNumber("--target-rms", cond.TargetRmsDbfs, -60, -6);
            int maxMs = (int)a.GetNumber("--max-ms", ClipSet.LongPhraseMaxMs, 100, 60000);
            MonoAudio raw = AudioInput.Read(a.Positional[0]);
            var original = new MonoAudio((float[])raw.Samples.Clone(), raw.SampleRate);
            MonoAudio audio = Conditioner.Run(raw, cond);
            string name = Path.GetFileNameWithoutExtension(a.Positional[1]);
            if (kind == "voice")
            {
                IReadOnlyList<string> problems = RecordingCheck.Problems(name, original, audio, maxMs);
                if (problems.Count > 0)
                {
                    throw new InvalidOperationException("nothing written; " + string.Join("; ", problems));
                }
            }

            EncodedClip clip = CodecChooser.Encode(name, "recording", audio, codec, minSnr);
            AtomicFile.Write(a.Positional[1], clip.File);
            output.Write(CodecChooser.Table(new[] { clip }));
            output.Write(Analysis.Table(new[] { Analysis.Analyze(a.Positional[1], hiss: kind == "voice") }));
            return ExitOk;
        }

        private static int Decode(List<string> rest, TextWriter output)
        {
            CliArgs a = CliArgs.Parse("decode", rest, Array.Empty<string>(), Array.Empty<string>());
            a.ExpectPositional(2, "IN.rla OUT.wav");
            short[] pcm = ClipEncoder.Decode(File.ReadAllBytes(a.Positional[0]), out ClipInfo header);
            WavIo.Write16(a.Positional[1], pcm, header.SampleRate);
            output.WriteLine($"{a.Positional[1]}: {pcm.Length} samples at {header.SampleRate} Hz ({ClipEncoder.CodecName(header.Codec)} source)");
            return ExitOk;
        }

        private static int DeployJsonCommand(List<string> rest, TextWriter output)
        {
            CliArgs a = CliArgs.Parse("deploy-json", rest, new[] { "--dir", "--port", "--out" }, Array.Empty<string>());
            a.ExpectPositional(0, "no positional arguments");
            string dir = a.Get("--dir", Path.Combine(RepoRoot(), "assets", "audio"));

            // Default under out/, which git ignores: the file holds this computer's absolute paths.
            string outPath = Path.GetFullPath(a.Get("--out", Path.Combine(RepoRoot(), "out", "deploy.json")));
            string? port = a.Has("--port") ? a.Get("--port", string.Empty) : null;
            IReadOnlyList<DeployEntry> entries = DeployJson.Plan(dir);
            AtomicFile.Write(outPath, DeployJson.Json(entries, port));
            output.Write(DeployJson.Summary(entries, outPath, port));
            return ExitOk;
        }

        private static CodecMode ParseCodec(CliArgs a) => a.GetChoice("--codec", "mulaw", "mulaw", "adpcm", "pcm", "auto") switch
        {
            "adpcm" => CodecMode.Adpcm,
            "pcm" => CodecMode.Pcm,
            "auto" => CodecMode.Auto,
            _ => CodecMode.MuLaw,
        };
    }
}
