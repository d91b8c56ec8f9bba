using System;
using System.IO;
using Xunit;

namespace RelaxLamp.AudioAssets.Tests
{
    /// <summary>The synthesisers, when installed: one phrase rebuilt through the whole chain, and the voice measures.</summary>
    public class SynthesisTests
    {
        [SkippableFact]
        public void Festival_rebuilds_one_phrase_within_its_slot_at_a_slow_rate()
        {
            string? t2w = Festival.Find();
            Skip.If(t2w == null, $"festival's text2wave is not installed ({Festival.Install}): the default voice cannot be rendered here");
            ClipSpec spec = ClipSet.Find("09-long-out")!;
            var options = new BuildOptions();
            MadeClip made = Builder.Make(spec, null, options, t2w);
            Assert.StartsWith("festival", made.Source, StringComparison.Ordinal);
            Assert.Empty(made.Problems);
            Assert.True(made.Audio.Seconds * 1000 <= spec.MaxDurationMs, $"{made.Audio.Seconds:F2} s");
            Assert.InRange(Analysis.WordsPerMinute(made.Audio, spec.WordCount), 90, 150);

            // As committed: the same voice, rate and chain give the committed clip's length (to a block, for other festival builds).
            byte[] committed = File.ReadAllBytes(Path.Combine(TestSignals.AssetsDir, spec.Name + ".rla"));
            ClipEncoder.Decode(committed, out ClipInfo info);
            Assert.InRange(made.Audio.Samples.Length, info.SampleCount - 512, info.SampleCount + 512);

            // The HTS voice: a female voice (median near 170 Hz) whose unvoiced sounds carry real hiss above 3.5 kHz.
            VoiceStats v = VoiceMetrics.Measure(made.Raw);
            Assert.InRange(v.F0MedianHz, 140, 220);
            Assert.True(v.UnvoicedAbove3500 > 0.05, $"{100 * v.UnvoicedAbove3500:F1} %");
        }

        [SkippableFact]
        public void Espeak_still_renders_when_asked()
        {
            string? espeak = Espeak.Find();
            Skip.If(espeak == null, "espeak-ng is not installed (apt-get install espeak-ng): the --voice espeak path cannot run here");
            ClipSpec spec = ClipSet.Find("35-rest-now")!;
            MadeClip made = Builder.Make(spec, null, new BuildOptions { Engine = VoiceEngine.Espeak }, espeak);
            Assert.Equal("espeak-ng", made.Source);
            Assert.Empty(made.Problems);
            VoiceStats v = VoiceMetrics.Measure(made.Raw);
            Assert.InRange(v.F0MedianHz, 60, 130);

            // At -s 100 "Breathing out, silently say: one." runs past its 3.3 s slot; the rate is raised to fit.
            ClipSpec longOne = ClipSet.Find("16-say-one")!;
            MadeClip fitted = Builder.Make(longOne, null, new BuildOptions { Engine = VoiceEngine.Espeak }, espeak);
            Assert.StartsWith("espeak-ng -s ", fitted.Source, StringComparison.Ordinal);
            Assert.Empty(fitted.Problems);
        }

        [Fact]
        public void Pitch_tracker_finds_a_known_glide_and_ignores_noise()
        {
            // A buzz gliding 120 -> 180 Hz (7 semitones) with harmonics, then white noise: the tracker must follow the
            // glide and call the noise unvoiced.
            int rate = 16000;
            var x = new float[rate * 2];
            double phase = 0;
            var rng = new Random(1);
            for (int i = 0; i < rate; i++)
            {
                double hz = 120 * Math.Pow(1.5, (double)i / rate);
                phase += 2 * Math.PI * hz / rate;
                x[i] = (float)(0.3 * (Math.Sin(phase) + (0.5 * Math.Sin(2 * phase)) + (0.3 * Math.Sin(3 * phase))));
            }

            for (int i = rate; i < x.Length; i++)
            {
                x[i] = (float)(0.2 * (rng.NextDouble() - 0.5));
            }

            VoiceStats v = VoiceMetrics.Measure(new MonoAudio(x, rate));
            Assert.InRange(v.F0MedianHz, 140, 155);
            Assert.InRange(v.F0RangeSemitones, 5.5, 7.2);
            Assert.InRange(v.VoicedFrames, 85, 100);
            Assert.True(v.F0CurvatureSemitones < 0.05, $"a smooth glide bends little: {v.F0CurvatureSemitones}");
            Assert.True(v.UnvoicedAbove3500 > 0.4, "white noise is half above 4 kHz");
        }
    }
}
