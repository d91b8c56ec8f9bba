using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using RelaxLamp.Core.Audio;
using Xunit;

namespace RelaxLamp.AudioAssets.Tests
{
    public class DeployJsonTests
    {
        [Fact]
        public void The_committed_clips_all_go_to_their_numbered_files_on_drive_I()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string json = Path.Combine(dir, "deploy.json");
                var (code, output, error) = Run("deploy-json", "--dir", TestSignals.AssetsDir, "--out", json);
                Assert.True(code == Program.ExitOk, error);
                Assert.Contains(ClipSet.Default.Count + " clips", output, StringComparison.Ordinal);
                Assert.DoesNotContain("missing:", output, StringComparison.Ordinal);

                using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(json));
                JsonElement root = doc.RootElement;
                Assert.False(root.TryGetProperty("SerialPort", out _), "no port given, so nanoff's own --serialport applies");
                var byDestination = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (JsonElement f in root.GetProperty("Files").EnumerateArray())
                {
                    string destination = f.GetProperty("DestinationFilePath").GetString()!;
                    string source = f.GetProperty("SourceFilePath").GetString()!;
                    Assert.True(Path.IsPathFullyQualified(source), source);
                    Assert.True(File.Exists(source), source);
                    byDestination.Add(destination, source);
                }

                Assert.Equal(ClipSet.Default.Count, byDestination.Count);
                foreach (ClipSpec c in ClipSet.Default)
                {
                    // The firmware's ClipFiles.PathOf: I:\audio\ and the two-digit clip number.
                    string destination = "I:\\audio\\" + c.Id.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".rla";
                    Assert.True(byDestination.TryGetValue(destination, out string? source), destination);
                    Assert.Equal(Path.GetFullPath(Path.Combine(TestSignals.AssetsDir, c.Name + ".rla")), source);
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void A_port_is_written_when_given()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string json = Path.Combine(dir, "deploy.json");
                var (code, _, error) = Run("deploy-json", "--dir", TestSignals.AssetsDir, "--port", "COM3", "--out", json);
                Assert.True(code == Program.ExitOk, error);
                using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(json));
                Assert.Equal("COM3", doc.RootElement.GetProperty("SerialPort").GetString());
                Assert.Equal(ClipSet.Default.Count, doc.RootElement.GetProperty("Files").GetArrayLength());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void A_partial_set_is_written_and_the_gaps_named()
        {
            string dir = TestSignals.TempDir();
            try
            {
                File.Copy(Path.Combine(TestSignals.AssetsDir, "00-tone-in.rla"), Path.Combine(dir, "00-tone-in.rla"));
                File.Copy(Path.Combine(TestSignals.AssetsDir, "35-rest-now.rla"), Path.Combine(dir, "35-rest-now.rla"));
                string json = Path.Combine(dir, "deploy.json");
                var (code, output, error) = Run("deploy-json", "--dir", dir, "--out", json);
                Assert.True(code == Program.ExitOk, error);
                Assert.Contains("missing: 01, 02, 03, ", output, StringComparison.Ordinal);
                Assert.Contains(", 33, 34 (the lamp skips those cues)", output, StringComparison.Ordinal);
                using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(json));
                Assert.Equal(2, doc.RootElement.GetProperty("Files").GetArrayLength());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void The_cores_clip_numbers_cover_the_set()
        {
            // The core's Clips and its script refer to the tool's set by number.
            Assert.Equal(Clips.Count, ClipSet.Default.Count);
            Assert.Equal(Clips.FirstLine, ClipSet.Find("03-lie-down")!.Id);
            Assert.Equal(Clips.FirstScan, ClipSet.Find("17-scan-begin")!.Id);
            Assert.Equal(Clips.LastScan, ClipSet.Find("29-scan-whole")!.Id);
            Assert.Equal(Clips.Chime, ClipSet.Find("02-chime")!.Id);
        }

        [Theory]
        [InlineData("tone.rla", "tone.rla: expected NN-name.rla")]
        [InlineData("36-extra.rla", "36-extra.rla: the lamp cues clips 00 to 35 only")]
        [InlineData("00-again.rla", "00-tone-in.rla: clip 00 is also 00-again.rla")]
        public void A_clip_the_lamp_would_not_play_fails_and_writes_nothing(string name, string expected)
        {
            string dir = TestSignals.TempDir();
            try
            {
                File.Copy(Path.Combine(TestSignals.AssetsDir, "00-tone-in.rla"), Path.Combine(dir, "00-tone-in.rla"));
                File.Copy(Path.Combine(TestSignals.AssetsDir, "01-tone-out.rla"), Path.Combine(dir, name));
                string json = Path.Combine(dir, "deploy.json");
                var (code, _, error) = Run("deploy-json", "--dir", dir, "--out", json);
                Assert.Equal(Program.ExitFailed, code);
                Assert.StartsWith("error: " + expected, error, StringComparison.Ordinal);
                Assert.False(File.Exists(json));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void A_damaged_clip_fails_and_writes_nothing()
        {
            string dir = TestSignals.TempDir();
            try
            {
                byte[] clip = File.ReadAllBytes(Path.Combine(TestSignals.AssetsDir, "04-close-eyes.rla"));
                Array.Resize(ref clip, clip.Length - 100);
                File.WriteAllBytes(Path.Combine(dir, "04-close-eyes.rla"), clip);
                string json = Path.Combine(dir, "deploy.json");
                var (code, _, error) = Run("deploy-json", "--dir", dir, "--out", json);
                Assert.Equal(Program.ExitFailed, code);
                Assert.StartsWith("error: 04-close-eyes.rla: bad clip", error, StringComparison.Ordinal);
                Assert.False(File.Exists(json));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void A_clip_at_another_rate_fails()
        {
            string dir = TestSignals.TempDir();
            try
            {
                var header = new ClipHeader();
                Assert.Equal(ClipStatus.Ok, ClipCodec.InitHeader(header, ClipCodec.CodecPcm16, 22050, 505, 0));
                var file = new byte[header.FileLength];
                Assert.Equal(ClipStatus.Ok, ClipCodec.WriteHeader(header, file, 0));
                File.WriteAllBytes(Path.Combine(dir, "03-lie-down.rla"), file);
                var (code, _, error) = Run("deploy-json", "--dir", dir, "--out", Path.Combine(dir, "deploy.json"));
                Assert.Equal(Program.ExitFailed, code);
                Assert.StartsWith("error: 03-lie-down.rla: 22050 Hz; the lamp plays 16000 Hz only", error, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Theory]
        [InlineData("deploy-json: expected no positional arguments", "deploy-json", "assets/audio")]
        [InlineData("--port: needs a value", "deploy-json", "--port")]
        [InlineData("--codec: unknown flag for deploy-json (accepts --dir, --port, --out)", "deploy-json", "--codec", "pcm")]
        public void Bad_command_lines_get_one_line(string expected, params string[] args)
        {
            var (code, _, error) = Run(args);
            Assert.Equal(Program.ExitUsage, code);
            Assert.Equal(expected, error.TrimEnd());
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
