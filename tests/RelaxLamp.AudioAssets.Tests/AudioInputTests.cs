using System;
using System.IO;
using Xunit;

namespace RelaxLamp.AudioAssets.Tests
{
    /// <summary>Every phone format path: WAV, MP3 and OGG in managed code, M4A/AAC (and the rest) through ffmpeg.</summary>
    public class AudioInputTests
    {
        private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");

        [Fact]
        public void Mp3_is_decoded_by_nlayer_to_mono_at_its_own_rate()
        {
            // 1.5 s of 440 Hz at half scale, 44.1 kHz stereo, 48 kb/s (libmp3lame); no ffmpeg needed to read it.
            string path = Path.Combine(Data, "tone440-stereo-44k.mp3");
            Assert.Equal("mp3", AudioInput.Sniff(path));
            MonoAudio a = AudioInput.Read(path, ffmpeg: null);

            // ffmpeg's own decoder reads this file at -30.55 dBFS RMS per channel (its mono-to-stereo upmix when it was
            // made lowered the level 3.5 dB): NLayer must find the same.
            AssertTone(a, 44100, Math.Sqrt(2) * Dsp.FromDb(-30.55));
        }

        [Fact]
        public void Ogg_vorbis_is_decoded_by_nvorbis()
        {
            string path = Path.Combine(Data, "tone440-48k.ogg");
            Assert.Equal("ogg", AudioInput.Sniff(path));
            MonoAudio a = AudioInput.Read(path, ffmpeg: null);
            AssertTone(a, 48000);
        }

        [Fact]
        public void Formats_are_told_by_their_bytes_not_their_names()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string misnamed = Path.Combine(dir, "voice-note.m4a");
                File.Copy(Path.Combine(Data, "tone440-48k.ogg"), misnamed);
                Assert.Equal("ogg", AudioInput.Sniff(misnamed));
                AssertTone(AudioInput.Read(misnamed, ffmpeg: null), 48000);

                string wav = Path.Combine(dir, "take.mp3");
                TestSignals.WriteWav(wav, TestSignals.Sine(440, 1.5, 22050, 0.5), 2);
                Assert.Equal("wav", AudioInput.Sniff(wav));
                AssertTone(AudioInput.Read(wav, ffmpeg: null), 22050, 0.5);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Without_ffmpeg_an_m4a_gets_a_message_naming_what_to_install()
        {
            string dir = TestSignals.TempDir();
            try
            {
                // An MP4 container's first box ('ftyp'), enough to be recognised as M4A.
                string m4a = Path.Combine(dir, "03-lie-down.m4a");
                File.WriteAllBytes(m4a, new byte[] { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'M', (byte)'4', (byte)'A', (byte)' ', 0, 0, 0, 0 });
                Assert.Equal("m4a", AudioInput.Sniff(m4a));
                var ex = Assert.Throws<InvalidDataException>(() => AudioInput.Read(m4a, ffmpeg: null));
                Assert.Contains("M4A/AAC needs ffmpeg", ex.Message, StringComparison.Ordinal);
                Assert.Contains("apt-get install ffmpeg", ex.Message, StringComparison.Ordinal);
                Assert.Contains("WAV, MP3 or OGG", ex.Message, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Broken_files_get_a_clear_error()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string mp3 = Path.Combine(dir, "broken.mp3");
                File.WriteAllBytes(mp3, new byte[] { (byte)'I', (byte)'D', (byte)'3', 4, 0, 0, 0, 0, 0, 0 });
                var ex = Assert.Throws<InvalidDataException>(() => AudioInput.Read(mp3, ffmpeg: null));
                Assert.Contains("broken.mp3", ex.Message, StringComparison.Ordinal);
                Assert.Throws<FileNotFoundException>(() => AudioInput.Read(Path.Combine(dir, "none.wav"), ffmpeg: null));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [SkippableFact]
        public void M4a_aac_from_a_phone_is_read_through_ffmpeg_and_encoded()
        {
            string? ffmpeg = ExternalProgram.Find("ffmpeg");
            Skip.If(ffmpeg == null, "ffmpeg is not installed (apt-get install ffmpeg): the M4A/AAC path cannot run here");
            string dir = TestSignals.TempDir();
            try
            {
                // A phone-like recording: speech-like signal, 44.1 kHz, AAC in an M4A container, made by ffmpeg itself.
                string wav = Path.Combine(dir, "take.wav");
                string m4a = Path.Combine(dir, "03-lie-down.m4a");
                TestSignals.WriteWav(wav, TestSignals.SpeechLike(2, 44100, 3), 1);
                var (code, _, err) = ExternalProgram.Run(ffmpeg!, new[] { "-nostdin", "-loglevel", "error", "-i", wav, "-c:a", "aac", "-b:a", "96k", m4a });
                Assert.True(code == 0, err);
                Assert.Equal("m4a", AudioInput.Sniff(m4a));
                MonoAudio a = AudioInput.Read(m4a, ffmpeg);
                Assert.Equal(44100, a.SampleRate);
                Assert.InRange(a.Seconds, 1.95, 2.1);

                using var output = new StringWriter();
                using var error = new StringWriter();
                string rla = Path.Combine(dir, "03-lie-down.rla");
                Assert.True(Program.Run(new[] { "encode", m4a, rla, "--max-ms", "3300" }, output, error) == Program.ExitOk, error.ToString());
                short[] pcm = ClipEncoder.Decode(File.ReadAllBytes(rla), out ClipInfo info);
                Assert.Equal(ClipFile.CodecMuLaw, info.Codec);
                Assert.Equal(-26, Dsp.ToDb(Dsp.ActiveRms(MonoAudio.FromPcm16(pcm, 16000))), 0);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [SkippableFact]
        public void Ogg_opus_falls_back_to_ffmpeg()
        {
            string? ffmpeg = ExternalProgram.Find("ffmpeg");
            Skip.If(ffmpeg == null, "ffmpeg is not installed (apt-get install ffmpeg): the Ogg Opus fallback cannot run here");
            string dir = TestSignals.TempDir();
            try
            {
                string opus = Path.Combine(dir, "note.ogg");
                var (code, _, err) = ExternalProgram.Run(ffmpeg!, new[] { "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=1.5:sample_rate=48000", "-af", "volume=0.5", "-c:a", "libopus", "-b:a", "32k", opus });
                Assert.True(code == 0, err);
                AssertTone(AudioInput.Read(opus, ffmpeg), 48000);
                Assert.Throws<InvalidDataException>(() => AudioInput.Read(opus, ffmpeg: null));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>ffmpeg's sine source is at 1/8 of full scale; the fixtures halve it: amplitude 1/16.</summary>
        private const double FixtureAmplitude = 1.0 / 16;

        private static void AssertTone(MonoAudio a, int rate, double amplitude = FixtureAmplitude)
        {
            Assert.Equal(rate, a.SampleRate);
            Assert.InRange(a.Seconds, 1.45, 1.6);
            ReadOnlySpan<float> mid = a.Samples.AsSpan(rate / 4, rate);
            double rms = amplitude / Math.Sqrt(2);
            Assert.InRange(Dsp.Rms(mid), 0.9 * rms, 1.1 * rms);
            Assert.True(Dsp.Goertzel(mid, rate, 440) > 1000 * Dsp.Goertzel(mid, rate, 880), "440 Hz should dominate");
        }
    }
}
