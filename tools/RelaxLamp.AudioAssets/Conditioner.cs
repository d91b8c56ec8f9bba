using System;

namespace RelaxLamp.AudioAssets
{
    /// <summary>Settings of the conditioning chain. The defaults are the ones the committed clips were built with.</summary>
    public sealed class ConditionOptions
    {
        /// <summary>Filter with a high-pass and a low-pass (voices: yes; synthesised tones: no).</summary>
        public bool Filter { get; set; } = true;

        /// <summary>High-pass corner: removes rumble and breath pops the small speaker cannot play anyway.</summary>
        public double HighPassHz { get; set; } = 100;

        /// <summary>
        /// Band limit before the 16 kHz resampling: a 4th-order Butterworth low-pass at 7.5 kHz, applied at the source's
        /// rate, keeps sibilants up to about 7 kHz (−2 dB at 7 kHz) and leaves the resampler little to fold.
        /// </summary>
        public double LowPassHz { get; set; } = 7500;

        /// <summary>Cut leading and trailing silence down to the pre- and post-roll.</summary>
        public bool Trim { get; set; } = true;

        /// <summary>
        /// Silence before the sound starts: taken from the recording where it has it, else added as zeros
        /// (which also gives the amplifier time to wake before the first word).
        /// </summary>
        public double PreRollMs { get; set; } = 80;

        /// <summary>Silence after the sound ends (the decay of the last word), likewise.</summary>
        public double PostRollMs { get; set; } = 150;

        /// <summary>Target active RMS level.</summary>
        public double TargetRmsDbfs { get; set; } = -26;

        /// <summary>Peak ceiling before encoding; ADPCM may overshoot it by a fraction of a dB, the test bound is −6 dBFS.</summary>
        public double CeilingDbfs { get; set; } = -7;

        /// <summary>Raised-cosine fade-in length.</summary>
        public double FadeInMs { get; set; } = 30;

        /// <summary>Raised-cosine fade-out length.</summary>
        public double FadeOutMs { get; set; } = 50;

        /// <summary>The settings for speech.</summary>
        public static ConditionOptions Voice() => new ConditionOptions();

        /// <summary>The settings for synthesised tones: no filter or trim, quieter than speech.</summary>
        public static ConditionOptions Tone(double targetRmsDbfs) => new ConditionOptions
        {
            Filter = false,
            Trim = false,
            TargetRmsDbfs = targetRmsDbfs,
        };
    }

    /// <summary>The chain every clip goes through: filter (at the source rate), mono 16 kHz, trim, level, fade, pad.</summary>
    public static class Conditioner
    {
        /// <summary>Returns conditioned 16 kHz audio; <paramref name="input"/> may be modified.</summary>
        public static MonoAudio Run(MonoAudio input, ConditionOptions options)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(options);
            if (input.Samples.Length == 0)
            {
                throw new ArgumentException("no samples", nameof(input));
            }

            if (options.Filter)
            {
                // At the source's rate: the band limit goes before the resampler.
                Dsp.HighPass(input, options.HighPassHz);
                if (options.LowPassHz < 0.45 * input.SampleRate)
                {
                    Dsp.LowPass4(input, options.LowPassHz);
                }
            }

            MonoAudio a = WavIo.Resample(input, WavIo.DeviceRate);

            if (options.Trim)
            {
                a = Dsp.TrimSilence(a, options.PreRollMs, options.PostRollMs);
            }

            Dsp.Normalise(a, options.TargetRmsDbfs, options.CeilingDbfs);
            // Fade the recording's own edges, then pad: the fades land where the cut was made.
            Dsp.Fade(a, options.FadeInMs, options.FadeOutMs);
            if (options.Trim)
            {
                a = Dsp.PadSilence(a, options.PreRollMs, options.PostRollMs);
            }

            return a;
        }
    }
}
