using System;
using System.IO;
using RelaxLamp.Core.Audio;
using Xunit;

namespace RelaxLamp.AudioAssets.Tests
{
    public class CliTests
    {
        [Fact]
        public void No_arguments_prints_usage_and_fails()
        {
            var (code, _, error) = Run();
            Assert.Equal(Program.ExitUsage, code);
            Assert.StartsWith("usage:", error, StringComparison.Ordinal);
            (code, string output, _) = Run("--help");
            Assert.Equal(Program.ExitOk, code);
            Assert.StartsWith("usage:", output, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--codec: expected mulaw or adpcm or pcm or auto, got 'mp3'", "build", "--codec", "mp3")]
        [InlineData("--voice: expected festival or espeak, got 'bob'", "build", "--voice", "bob")]
        [InlineData("--wpm-early: expected a number from 60 to 250, got '400'", "build", "--wpm-early", "400")]
        [InlineData("--min-snr: expected a number from 0 to 100, got 'lots'", "build", "--min-snr", "lots")]
        [InlineData("--loud: unknown flag for build", "build", "--loud")]
        [InlineData("--out: needs a value", "build", "--out")]
        [InlineData("--kind: expected voice or tone, got 'song'", "encode", "a.wav", "b.rla", "--kind", "song")]
        [InlineData("encode: expected IN (wav, mp3, ogg, m4a ...) OUT.rla", "encode", "a.wav")]
        [InlineData("--fill-missing: only with --voice-dir", "build", "--fill-missing")]
        [InlineData("play: unknown command", "play")]
        public void Bad_command_lines_get_one_line_naming_the_flag(string expected, params string[] args)
        {
            var (code, _, error) = Run(args);
            Assert.Equal(Program.ExitUsage, code);
            Assert.StartsWith(expected, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));
        }

        [Fact]
        public void Encode_then_decode_round_trips_a_recording()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string wav = Path.Combine(dir, "in.wav");
                string rla = Path.Combine(dir, "out.rla");
                string back = Path.Combine(dir, "back.wav");
                TestSignals.WriteWav(wav, TestSignals.SpeechLike(2, 44100, 4), 1);
                var (code, output, error) = Run("encode", wav, rla);
                Assert.True(code == Program.ExitOk, error);
                Assert.Contains("| mulaw |", output, StringComparison.Ordinal);
                short[] pcm = ClipEncoder.Decode(File.ReadAllBytes(rla), out ClipInfo h);
                Assert.Equal(ClipFile.CodecMuLaw, h.Codec);

                (code, _, error) = Run("decode", rla, back);
                Assert.True(code == Program.ExitOk, error);
                MonoAudio decoded = WavIo.Read(back);
                Assert.Equal(16000, decoded.SampleRate);
                Assert.Equal(pcm.Length, decoded.Samples.Length);

                (code, _, _) = Run("encode", wav, rla, "--codec", "pcm");
                Assert.Equal(Program.ExitOk, code);
                ClipEncoder.Decode(File.ReadAllBytes(rla), out h);
                Assert.Equal(ClipCodec.CodecPcm16, h.Codec);
                (code, _, _) = Run("encode", wav, rla, "--codec", "adpcm");
                Assert.Equal(Program.ExitOk, code);
                ClipEncoder.Decode(File.ReadAllBytes(rla), out h);
                Assert.Equal(ClipCodec.CodecImaAdpcm, h.Codec);
                Assert.Equal(3, Directory.GetFiles(dir).Length);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Failed_encode_leaves_no_file()
        {
            string dir = TestSignals.TempDir();
            try
            {
                File.WriteAllText(Path.Combine(dir, "bad.wav"), "not a wav");
                var (code, _, error) = Run("encode", Path.Combine(dir, "bad.wav"), Path.Combine(dir, "out.rla"));
                Assert.Equal(Program.ExitFailed, code);
                Assert.StartsWith("error: ", error, StringComparison.Ordinal);
                (code, _, _) = Run("encode", Path.Combine(dir, "missing.wav"), Path.Combine(dir, "out.rla"));
                Assert.Equal(Program.ExitFailed, code);
                Assert.Equal(new[] { Path.Combine(dir, "bad.wav") }, Directory.GetFileSystemEntries(dir));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Build_from_own_recordings_needs_every_phrase_and_writes_nothing_otherwise()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string voice = Path.Combine(dir, "voice");
                string outDir = Path.Combine(dir, "out");
                Directory.CreateDirectory(voice);
                TestSignals.WriteWav(Path.Combine(voice, "04-close-eyes.wav"), TestSignals.SpeechLike(1.5, 48000, 1), 2);
                var (code, _, error) = Run("build", "--voice-dir", voice, "--out", outDir);
                Assert.Equal(Program.ExitFailed, code);
                Assert.Contains("03-lie-down", error, StringComparison.Ordinal);
                Assert.DoesNotContain("04-close-eyes", error, StringComparison.Ordinal);
                Assert.False(Directory.Exists(outDir));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Build_from_a_full_set_of_recordings_makes_the_whole_set()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string voice = Path.Combine(dir, "voice");
                string outDir = Path.Combine(dir, "out");
                Directory.CreateDirectory(voice);
                // Two recordings (a 44.1 kHz mono and a 48 kHz stereo one), copied for every phrase: the chain, not the
                // test's signal generator, is what this exercises.
                string a = Path.Combine(dir, "a.wav");
                string b = Path.Combine(dir, "b.wav");
                TestSignals.WriteWav(a, TestSignals.SpeechLike(1.4, 44100, 1), 1);
                TestSignals.WriteWav(b, TestSignals.SpeechLike(2.2, 48000, 2), 2);
                foreach (ClipSpec c in ClipSet.Default)
                {
                    if (c.Kind == ClipKind.Phrase)
                    {
                        File.Copy(c.Id % 2 == 0 ? a : b, Path.Combine(voice, c.Name + ".wav"));
                    }
                }

                var (code, output, error) = Run("build", "--voice-dir", voice, "--out", outDir);
                Assert.True(code == Program.ExitOk, error);
                Assert.Contains("| 03-lie-down | recording |", output, StringComparison.Ordinal);
                Assert.Contains("| 00-tone-in | synth |", output, StringComparison.Ordinal);
                Assert.Contains("| 02-chime | synth |", output, StringComparison.Ordinal);
                Assert.Equal(ClipSet.Default.Count + 1, Directory.GetFiles(outDir).Length);
                Assert.Equal(ClipSet.Default.Count + 1, File.ReadAllLines(Path.Combine(outDir, "manifest.csv")).Length);

                (code, output, _) = Run("analyze", outDir);
                Assert.Equal(Program.ExitOk, code);
                Assert.Contains("| 35-rest-now.rla | mulaw |", output, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Analyze_prints_a_row_per_committed_clip()
        {
            var (code, output, _) = Run("analyze", TestSignals.AssetsDir);
            Assert.Equal(Program.ExitOk, code);
            foreach (ClipSpec c in ClipSet.Default)
            {
                Assert.Contains("| " + c.Name + ".rla |", output, StringComparison.Ordinal);
            }

            Assert.Contains(ClipSet.Default.Count + " clips", output, StringComparison.Ordinal);
        }

        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            int code = Program.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
