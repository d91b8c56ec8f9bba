using System;
using System.Collections.Generic;
using System.Globalization;

namespace RelaxLamp.AudioAssets
{
    /// <summary>
    /// The checks every phrase passes, recorded or synthesised: it fits its slot, it has sound in it, it is not
    /// clipped, and the room is quiet enough. Each problem is one sentence saying what to do.
    /// </summary>
    public static class RecordingCheck
    {
        /// <summary>Least sound a phrase must hold (between its leading and trailing silence).</summary>
        public const double MinSpeechSeconds = 0.35;

        /// <summary>Samples at or above this magnitude count as clipped.</summary>
        public const double ClipLevel = 0.995;

        /// <summary>Runs of clipped samples at least this long mark a clipped recording.</summary>
        public const int ClipRun = 3;

        /// <summary>Least distance, in dB, between the voice (active RMS) and the room (10th percentile of 20 ms frames).</summary>
        public const double MinSnrDb = 25;

        /// <summary>The problems of one phrase; empty when it passes.</summary>
        /// <param name="name">The clip's name, for the messages.</param>
        /// <param name="raw">The recording as read (before any conditioning).</param>
        /// <param name="conditioned">What the chain made of it (16 kHz, levelled, trimmed, padded).</param>
        /// <param name="maxDurationMs">The slot: the longest the clip may last.</param>
        public static IReadOnlyList<string> Problems(string name, MonoAudio raw, MonoAudio conditioned, int maxDurationMs)
        {
            ArgumentNullException.ThrowIfNull(raw);
            ArgumentNullException.ThrowIfNull(conditioned);
            var problems = new List<string>();
            double seconds = conditioned.Seconds;
            var (lead, trail) = Dsp.Silence(conditioned);
            double speech = Math.Max(0, conditioned.Samples.Length - lead - trail) / (double)conditioned.SampleRate;
            if (speech < MinSpeechSeconds)
            {
                problems.Add(Say($"{name}: too short: {speech:0.00} s of sound (at least {MinSpeechSeconds:0.00} s); is it the right file, or silent?"));
            }
            else if (seconds * 1000 > maxDurationMs)
            {
                problems.Add(Say($"{name}: too long for its slot: {seconds:0.00} s, at most {maxDurationMs / 1000.0:0.0} s (it must end before the next in-breath); say it a little more briskly, with shorter pauses"));
            }

            int clipped = ClippedSamples(raw.Samples);
            if (clipped > 0)
            {
                problems.Add(Say($"{name}: clipped: {clipped} samples at full scale; record again a little further from the phone, or more softly"));
            }

            double snr = SnrDb(raw);
            if (snr < MinSnrDb)
            {
                problems.Add(Say($"{name}: too noisy: the room is only {snr:0} dB under the voice (at least {MinSnrDb:0} dB); record again somewhere quieter (fan, heating and traffic off), phone closer"));
            }

            return problems;
        }

        /// <summary>Samples in runs of at least <see cref="ClipRun"/> at or above <see cref="ClipLevel"/>.</summary>
        public static int ClippedSamples(ReadOnlySpan<float> x)
        {
            int total = 0;
            int run = 0;
            for (int i = 0; i <= x.Length; i++)
            {
                if (i < x.Length && Math.Abs(x[i]) >= ClipLevel)
                {
                    run++;
                    continue;
                }

                if (run >= ClipRun)
                {
                    total += run;
                }

                run = 0;
            }

            return total;
        }

        /// <summary>
        /// Voice over room noise in dB: active RMS (10 ms frames within 30 dB of the loudest) over the 10th percentile
        /// of 20 ms frame RMS, after a 100 Hz high-pass (rumble the chain removes anyway). Digital silence counts as no noise.
        /// </summary>
        public static double SnrDb(MonoAudio raw)
        {
            ArgumentNullException.ThrowIfNull(raw);
            var a = new MonoAudio((float[])raw.Samples.Clone(), raw.SampleRate);
            Dsp.HighPass(a, 100);
            double voice = Dsp.ActiveRms(a);
            double[] frames = Dsp.FrameRms(a.Samples, Math.Max(1, a.SampleRate / 50));
            Array.Sort(frames);
            double noise = frames.Length == 0 ? 0 : frames[frames.Length / 10];
            if (voice <= 0)
            {
                return 0;
            }

            return noise <= 1e-7 ? 120 : 20 * Math.Log10(voice / noise);
        }

        private static string Say(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }
}
