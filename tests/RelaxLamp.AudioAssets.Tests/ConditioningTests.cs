using System;
using System.IO;
using Xunit;

namespace RelaxLamp.AudioAssets.Tests
{
    public class ConditioningTests
    {
        [Fact]
        public void Fades_are_raised_cosine_and_end_at_zero()
        {
            var a = new MonoAudio(new float[16000], 16000);
            Array.Fill(a.Samples, 1f);
            Dsp.Fade(a, 30, 50);
            Assert.Equal(0f, a.Samples[0]);
            Assert.Equal(0f, a.Samples[^1]);
            Assert.Equal(0.5, a.Samples[240], 3);          // halfway through the 30 ms (480-sample) fade-in
            Assert.Equal(0.5, a.Samples[^401], 3);         // halfway through the 50 ms (800-sample) fade-out
            Assert.Equal(1f, a.Samples[8000]);
            for (int i = 1; i < 480; i++)
            {
                Assert.True(a.Samples[i] >= a.Samples[i - 1]);
            }
        }

        [Fact]
        public void Abrupt_recording_comes_out_at_16khz_levelled_faded_and_padded()
        {
            // A loud 440 Hz tone at 44.1 kHz that starts and stops at full level: a click on both edges.
            MonoAudio input = TestSignals.Sine(440, 2, 44100, 0.9);
            MonoAudio output = Conditioner.Run(input, ConditionOptions.Voice());
            Assert.Equal(16000, output.SampleRate);
            Assert.InRange(output.Seconds, 2.1, 2.4);       // 2 s plus 80 ms lead and 150 ms tail
            Assert.True(Dsp.ToDb(Dsp.Peak(output.Samples)) <= -6.99);
            Assert.Equal(-26, Dsp.ToDb(Dsp.ActiveRms(output)), 0);
            short[] pcm = output.ToPcm16();
            var (start, end) = Dsp.EdgeSteps(pcm, 16000, 10);
            Assert.Equal((0, 0), (start, end));
            var (lead, trail) = Dsp.Silence(output, 40);
            Assert.InRange(lead, 1200, 1600);
            Assert.InRange(trail, 2300, 2600);

            // Where the sound begins there is no jump either: the fade-in sits on the cut, so the first 5 ms of
            // sound move far less than the steady tone does (about 400 LSB a sample at this level).
            int maxStep = 0;
            for (int i = 1; i < lead + 80; i++)
            {
                maxStep = Math.Max(maxStep, Math.Abs(pcm[i] - pcm[i - 1]));
            }

            Assert.True(maxStep < 60, $"step {maxStep} at the onset");
            Assert.True(Dsp.Goertzel(output.Samples, 16000, 440) > 100 * Dsp.Goertzel(output.Samples, 16000, 880));
        }

        [Fact]
        public void Normalise_takes_the_rms_target_unless_the_ceiling_is_lower()
        {
            MonoAudio sine = TestSignals.Sine(500, 1, 16000, 0.01);
            Dsp.Normalise(sine, -26, -7);
            Assert.Equal(-26, Dsp.ToDb(Dsp.ActiveRms(sine)), 1);

            var clicks = new MonoAudio(new float[16000], 16000);
            for (int i = 0; i < clicks.Samples.Length; i += 400)
            {
                clicks.Samples[i] = 0.01f;
            }

            Dsp.Normalise(clicks, -26, -7);
            Assert.Equal(-7, Dsp.ToDb(Dsp.Peak(clicks.Samples)), 3);
        }

        [Fact]
        public void Filters_pass_speech_band_and_cut_rumble_and_hiss()
        {
            // The chain's filters at a phone's 44.1 kHz, before resampling: rumble out, sibilants kept to about 7 kHz,
            // the band above 8 kHz (which 16 kHz cannot hold) cut before the resampler sees it.
            var voice = ConditionOptions.Voice();
            double Gain(double hz)
            {
                MonoAudio a = TestSignals.Sine(hz, 1, 44100, 0.5);
                Dsp.HighPass(a, voice.HighPassHz);
                Dsp.LowPass4(a, voice.LowPassHz);
                return Dsp.ToDb(Dsp.Rms(a.Samples.AsSpan(11025)) / (0.5 / Math.Sqrt(2)));
            }

            Assert.InRange(Gain(1000), -0.5, 0.5);
            Assert.True(Gain(40) < -25);
            Assert.InRange(Gain(5000), -0.5, 0.5);
            Assert.InRange(Gain(7000), -2.5, -0.5);
            Assert.True(Gain(12000) < -20, $"{Gain(12000):F1} dB at 12 kHz");
        }

        [Fact]
        public void Energy_above_5khz_tells_low_from_high()
        {
            Assert.True(Dsp.EnergyAbove(TestSignals.Sine(1000, 1, 16000, 0.5), 5000) < 0.001);
            Assert.True(Dsp.EnergyAbove(TestSignals.Sine(6500, 1, 16000, 0.5), 5000) > 0.99);
        }

        [Fact]
        public void Resampling_keeps_the_tone_and_adds_no_high_band()
        {
            MonoAudio a = WavIo.Resample(TestSignals.Sine(1000, 1, 22050, 0.5), 16000);
            Assert.Equal(16000, a.SampleRate);
            Assert.InRange(a.Samples.Length, 15800, 16200);
            Assert.Equal(Dsp.Rms(a.Samples.AsSpan(1000, 14000)), 0.5 / Math.Sqrt(2), 2);
            Assert.True(Dsp.EnergyAbove(a, 5000) < 0.001);
        }

        [Fact]
        public void Stereo_wav_is_read_as_mono()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string path = Path.Combine(dir, "stereo.wav");
                TestSignals.WriteWav(path, TestSignals.Sine(300, 0.5, 48000, 0.25), 2);
                MonoAudio a = WavIo.Read(path);
                Assert.Equal(48000, a.SampleRate);
                Assert.Equal(24000, a.Samples.Length);
                Assert.Equal(0.25, Dsp.Peak(a.Samples), 2);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Not_a_wav_is_a_clear_error()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string path = Path.Combine(dir, "x.wav");
                File.WriteAllText(path, "this is not audio");
                Assert.Throws<InvalidDataException>(() => WavIo.Read(path));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Silence_measure_finds_the_sound()
        {
            var x = new float[16000];
            for (int i = 3200; i < 8000; i++)
            {
                x[i] = (float)(0.3 * Math.Sin(i * 0.1));
            }

            var (lead, trail) = Dsp.Silence(new MonoAudio(x, 16000));
            Assert.Equal(3200, lead);
            Assert.Equal(8000, trail);
        }

        [Fact]
        public void Tone_synth_is_continuous_and_bounded()
        {
            MonoAudio t = ToneSynth.InBreath(16000);
            Assert.Equal(25600, t.Samples.Length);
            Assert.Equal(1.0, Dsp.Peak(t.Samples), 3);
            Assert.Equal(0f, t.Samples[0]);
            Assert.Equal(0f, t.Samples[^1], 3);
            double maxBend = 0;
            for (int i = 2; i < t.Samples.Length; i++)
            {
                maxBend = Math.Max(maxBend, Math.Abs(t.Samples[i] - (2 * t.Samples[i - 1]) + t.Samples[i - 2]));
            }

            // Partials up to 4 × 466 Hz bend at most (2π·f/fs)² per unit amplitude per sample (0.03 at 466 Hz, 0.05 at 1.9 kHz
            // for its 0.05 amplitude); a phase or envelope jump would show as one bend of the order of the step itself.
            Assert.True(maxBend < 0.1, $"max second difference {maxBend}");
        }

        [Fact]
        public void Atomic_write_leaves_nothing_when_filling_fails()
        {
            string dir = TestSignals.TempDir();
            try
            {
                string path = Path.Combine(dir, "out.rla");
                Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
                {
                    s.WriteByte(1);
                    throw new InvalidOperationException("boom");
                }));
                Assert.Empty(Directory.GetFileSystemEntries(dir));

                File.WriteAllText(path, "old");
                AtomicFile.Write(path, new byte[] { 1, 2, 3 });
                Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
                Assert.Single(Directory.GetFileSystemEntries(dir));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
