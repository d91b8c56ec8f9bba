using System;
using System.IO;
using Xunit;

namespace RelaxLamp.AudioAssets.Tests
{
    /// <summary>The checks a recording passes before it becomes a clip: slot, sound, clipping, room noise.</summary>
    public class RecordingCheckTests
    {
        private static System.Collections.Generic.IReadOnlyList<string> Check(MonoAudio raw, int maxMs)
        {
            var copy = new MonoAudio((float[])raw.Samples.Clone(), raw.SampleRate);
            return RecordingCheck.Problems("03-lie-down", raw, Conditioner.Run(copy, ConditionOptions.Voice()), maxMs);
        }

        [Fact]
        public void A_clean_recording_of_the_right_length_passes()
        {
            Assert.Empty(Check(TestSignals.SpeechLike(2.5, 44100, 1), 3300));
        }

        [Fact]
        public void Too_long_for_its_slot_says_so_and_by_how_much()
        {
            string p = Assert.Single(Check(TestSignals.SpeechLike(4.2, 44100, 2), 3300));
            Assert.StartsWith("03-lie-down: too long for its slot: 4.", p, StringComparison.Ordinal);
            Assert.Contains("at most 3.3 s", p, StringComparison.Ordinal);
            Assert.Empty(Check(TestSignals.SpeechLike(4.2, 44100, 2), 5000));
        }

        [Fact]
        public void Silence_or_a_click_is_too_short()
        {
            var x = new float[44100];
            for (int i = 22000; i < 22000 + 2000; i++)
            {
                x[i] = (float)(0.3 * Math.Sin(i * 0.06));
            }

            string p = Assert.Single(Check(new MonoAudio(x, 44100), 3300));
            Assert.StartsWith("03-lie-down: too short:", p, StringComparison.Ordinal);
        }

        [Fact]
        public void A_clipped_recording_is_named()
        {
            MonoAudio a = TestSignals.SpeechLike(2.5, 44100, 3);
            Dsp.Scale(a.Samples, 6);
            for (int i = 0; i < a.Samples.Length; i++)
            {
                a.Samples[i] = Math.Clamp(a.Samples[i], -1f, 1f);
            }

            string p = Assert.Single(Check(a, 3300));
            Assert.StartsWith("03-lie-down: clipped:", p, StringComparison.Ordinal);
            Assert.Contains("further from the phone", p, StringComparison.Ordinal);
        }

        [Fact]
        public void Room_noise_close_to_the_voice_is_too_noisy()
        {
            MonoAudio quiet = TestSignals.SpeechLike(2.5, 44100, 4);
            MonoAudio noisy = TestSignals.SpeechLike(2.5, 44100, 4);
            var rng = new Random(9);
            double voice = Dsp.ActiveRms(quiet);
            for (int i = 0; i < noisy.Samples.Length; i++)
            {
                // White noise 15 dB under the voice: a fan next to the phone.
                noisy.Samples[i] += (float)((rng.NextDouble() - 0.5) * Math.Sqrt(12) * voice * Dsp.FromDb(-15));
                quiet.Samples[i] += (float)((rng.NextDouble() - 0.5) * Math.Sqrt(12) * voice * Dsp.FromDb(-45));
            }

            string p = Assert.Single(Check(noisy, 3300));
            Assert.StartsWith("03-lie-down: too noisy:", p, StringComparison.Ordinal);
            Assert.InRange(RecordingCheck.SnrDb(noisy), 10, 20);
            Assert.Empty(Check(quiet, 3300));
        }

        [Fact]
        public void Build_refuses_a_voice_folder_with_a_bad_take_and_writes_nothing()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string voice = Path.Combine(dir, "voice");
                string outDir = Path.Combine(dir, "out");
                Directory.CreateDirectory(voice);
                string good = Path.Combine(dir, "good.wav");
                TestSignals.WriteWav(good, TestSignals.SpeechLike(1.4, 22050, 1), 1);
                foreach (ClipSpec c in ClipSet.Default)
                {
                    if (c.Kind == ClipKind.Phrase && c.Id != 16)
                    {
                        File.Copy(good, Path.Combine(voice, c.Name + ".wav"));
                    }
                }

                // 16-say-one, an early phrase, recorded too slowly for its 3.3 s slot.
                TestSignals.WriteWav(Path.Combine(voice, "16-say-one.wav"), TestSignals.SpeechLike(4.0, 22050, 2), 1);
                using var output = new StringWriter();
                using var error = new StringWriter();
                int code = Program.Run(new[] { "build", "--voice-dir", voice, "--out", outDir }, output, error);
                Assert.Equal(Program.ExitFailed, code);
                Assert.Contains("16-say-one: too long for its slot", error.ToString(), StringComparison.Ordinal);
                Assert.False(Directory.Exists(outDir));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
