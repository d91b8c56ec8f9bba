using System;

namespace RelaxLamp.AudioAssets
{
    /// <summary>Mono audio as floats in [-1, 1] at a sample rate.</summary>
    public sealed class MonoAudio
    {
        /// <summary>Wraps <paramref name="samples"/> (not copied).</summary>
        public MonoAudio(float[] samples, int sampleRate)
        {
            ArgumentNullException.ThrowIfNull(samples);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
            Samples = samples;
            SampleRate = sampleRate;
        }

        /// <summary>The samples; processing steps change them in place or return new audio.</summary>
#pragma warning disable CA1819 // A DSP buffer: copying it on every access would be the wrong trade.
        public float[] Samples { get; }
#pragma warning restore CA1819

        /// <summary>Samples per second.</summary>
        public int SampleRate { get; }

        /// <summary>Length in seconds.</summary>
        public double Seconds => (double)Samples.Length / SampleRate;

        /// <summary>Converts 16-bit samples to floats (÷ 32768).</summary>
        public static MonoAudio FromPcm16(short[] pcm, int sampleRate)
        {
            ArgumentNullException.ThrowIfNull(pcm);
            var f = new float[pcm.Length];
            for (int i = 0; i < pcm.Length; i++)
            {
                f[i] = pcm[i] / 32768f;
            }

            return new MonoAudio(f, sampleRate);
        }

        /// <summary>Rounds to 16-bit samples, clamping at full scale.</summary>
        public short[] ToPcm16()
        {
            var s = new short[Samples.Length];
            for (int i = 0; i < s.Length; i++)
            {
                double v = Math.Round(Samples[i] * 32768.0);
                s[i] = (short)Math.Clamp(v, short.MinValue, short.MaxValue);
            }

            return s;
        }
    }
}
