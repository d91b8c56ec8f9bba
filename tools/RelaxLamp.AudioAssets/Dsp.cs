using System;
using NAudio.Dsp;

namespace RelaxLamp.AudioAssets
{
    /// <summary>The signal steps of the conditioning chain and the measurements used to judge clips.</summary>
    public static class Dsp
    {
        /// <summary>Quality factors of a 4th-order Butterworth filter built from two biquads.</summary>
        private static readonly float[] Butterworth4Q = { 0.5412f, 1.3066f };

        /// <summary>Floor used for dB of silence, so logs stay finite.</summary>
        public const double SilenceDb = -120.0;

        /// <summary>Converts a linear amplitude to dB (20·log10), floored at <see cref="SilenceDb"/>.</summary>
        public static double ToDb(double amplitude) => amplitude <= 1e-6 ? SilenceDb : 20.0 * Math.Log10(amplitude);

        /// <summary>Converts dB to a linear amplitude.</summary>
        public static double FromDb(double db) => Math.Pow(10.0, db / 20.0);

        /// <summary>4th-order Butterworth high-pass (24 dB/octave) in place.</summary>
        public static void HighPass(MonoAudio audio, double cutoffHz)
        {
            ArgumentNullException.ThrowIfNull(audio);
            foreach (float q in Butterworth4Q)
            {
                Apply(audio.Samples, BiQuadFilter.HighPassFilter(audio.SampleRate, (float)cutoffHz, q));
            }
        }

        /// <summary>2nd-order Butterworth low-pass (12 dB/octave: gentle, no ringing) in place.</summary>
        public static void LowPass(MonoAudio audio, double cutoffHz)
        {
            ArgumentNullException.ThrowIfNull(audio);
            Apply(audio.Samples, BiQuadFilter.LowPassFilter(audio.SampleRate, (float)cutoffHz, 0.7071f));
        }

        /// <summary>4th-order Butterworth low-pass (24 dB/octave) in place: the band limit before resampling.</summary>
        public static void LowPass4(MonoAudio audio, double cutoffHz)
        {
            ArgumentNullException.ThrowIfNull(audio);
            foreach (float q in Butterworth4Q)
            {
                Apply(audio.Samples, BiQuadFilter.LowPassFilter(audio.SampleRate, (float)cutoffHz, q));
            }
        }

        /// <summary>Peak absolute sample.</summary>
        public static double Peak(ReadOnlySpan<float> x)
        {
            double p = 0;
            foreach (float v in x)
            {
                p = Math.Max(p, Math.Abs(v));
            }

            return p;
        }

        /// <summary>Root-mean-square of all samples.</summary>
        public static double Rms(ReadOnlySpan<float> x)
        {
            if (x.Length == 0)
            {
                return 0;
            }

            double sum = 0;
            foreach (float v in x)
            {
                sum += (double)v * v;
            }

            return Math.Sqrt(sum / x.Length);
        }

        /// <summary>
        /// RMS over the active part only: 10 ms frames within <paramref name="rangeDb"/> of the loudest frame.
        /// Levelling by this keeps clips with long pauses as loud as clips without.
        /// </summary>
        public static double ActiveRms(MonoAudio audio, double rangeDb = 30)
        {
            ArgumentNullException.ThrowIfNull(audio);
            double[] frames = FrameRms(audio.Samples, audio.SampleRate / 100);
            double loudest = 0;
            foreach (double f in frames)
            {
                loudest = Math.Max(loudest, f);
            }

            double gate = loudest * FromDb(-rangeDb);
            double sum = 0;
            int n = 0;
            foreach (double f in frames)
            {
                if (f >= gate && f > 0)
                {
                    sum += f * f;
                    n++;
                }
            }

            return n == 0 ? 0 : Math.Sqrt(sum / n);
        }

        /// <summary>RMS of consecutive frames of <paramref name="frame"/> samples (the last partial frame included).</summary>
        public static double[] FrameRms(ReadOnlySpan<float> x, int frame)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frame);
            int count = (x.Length + frame - 1) / frame;
            var result = new double[count];
            for (int f = 0; f < count; f++)
            {
                int start = f * frame;
                result[f] = Rms(x.Slice(start, Math.Min(frame, x.Length - start)));
            }

            return result;
        }

        /// <summary>
        /// Leading and trailing silence in samples: the span before the first and after the last 10 ms frame
        /// within <paramref name="rangeDb"/> of the loudest frame.
        /// </summary>
        public static (int Lead, int Trail) Silence(MonoAudio audio, double rangeDb = 30)
        {
            ArgumentNullException.ThrowIfNull(audio);
            int frame = Math.Max(1, audio.SampleRate / 100);
            double[] frames = FrameRms(audio.Samples, frame);
            double loudest = 0;
            foreach (double f in frames)
            {
                loudest = Math.Max(loudest, f);
            }

            if (loudest <= 0)
            {
                return (audio.Samples.Length, 0);
            }

            double gate = loudest * FromDb(-rangeDb);
            int first = Array.FindIndex(frames, f => f >= gate);
            int last = Array.FindLastIndex(frames, f => f >= gate);
            int lead = first * frame;
            int trail = Math.Max(0, audio.Samples.Length - (last + 1) * frame);
            return (lead, trail);
        }

        /// <summary>
        /// Cuts leading and trailing silence (see <see cref="Silence"/>) but keeps <paramref name="preMs"/> before and
        /// <paramref name="postMs"/> after the sound, so soft onsets and decays survive.
        /// </summary>
        public static MonoAudio TrimSilence(MonoAudio audio, double preMs, double postMs, double rangeDb = 40)
        {
            ArgumentNullException.ThrowIfNull(audio);
            var (lead, trail) = Silence(audio, rangeDb);
            int start = Math.Max(0, lead - (int)(preMs * audio.SampleRate / 1000));
            int end = Math.Min(audio.Samples.Length, audio.Samples.Length - trail + (int)(postMs * audio.SampleRate / 1000));
            if (end <= start)
            {
                return audio;
            }

            return new MonoAudio(audio.Samples[start..end], audio.SampleRate);
        }

        /// <summary>
        /// Prepends and appends zeros so at least <paramref name="leadMs"/> and <paramref name="trailMs"/> of
        /// silence (see <see cref="Silence"/>) surround the sound.
        /// </summary>
        public static MonoAudio PadSilence(MonoAudio audio, double leadMs, double trailMs, double rangeDb = 40)
        {
            ArgumentNullException.ThrowIfNull(audio);
            var (lead, trail) = Silence(audio, rangeDb);
            int addLead = Math.Max(0, (int)(leadMs * audio.SampleRate / 1000) - lead);
            int addTrail = Math.Max(0, (int)(trailMs * audio.SampleRate / 1000) - trail);
            if (addLead == 0 && addTrail == 0)
            {
                return audio;
            }

            var x = new float[addLead + audio.Samples.Length + addTrail];
            audio.Samples.CopyTo(x, addLead);
            return new MonoAudio(x, audio.SampleRate);
        }

        /// <summary>
        /// Scales to <paramref name="targetRmsDbfs"/> of active RMS unless that would push the peak above
        /// <paramref name="ceilingDbfs"/>; the ceiling wins. Returns the gain applied in dB.
        /// </summary>
        public static double Normalise(MonoAudio audio, double targetRmsDbfs, double ceilingDbfs)
        {
            ArgumentNullException.ThrowIfNull(audio);
            double rms = ActiveRms(audio);
            double peak = Peak(audio.Samples);
            if (rms <= 0 || peak <= 0)
            {
                return 0;
            }

            double gain = Math.Min(FromDb(targetRmsDbfs) / rms, FromDb(ceilingDbfs) / peak);
            Scale(audio.Samples, gain);
            return ToDb(gain);
        }

        /// <summary>Raised-cosine (half-Hann) fade-in and fade-out in place; both edges end at exactly zero.</summary>
        public static void Fade(MonoAudio audio, double inMs, double outMs)
        {
            ArgumentNullException.ThrowIfNull(audio);
            float[] x = audio.Samples;
            int nIn = Math.Min(x.Length, (int)(inMs * audio.SampleRate / 1000));
            int nOut = Math.Min(x.Length, (int)(outMs * audio.SampleRate / 1000));
            for (int i = 0; i < nIn; i++)
            {
                x[i] *= (float)RaisedCosine((double)i / nIn);
            }

            for (int i = 0; i < nOut; i++)
            {
                x[x.Length - 1 - i] *= (float)RaisedCosine((double)i / nOut);
            }
        }

        /// <summary>0.5·(1 − cos(π·t)) for t in [0, 1]: 0 at t = 0, 1 at t = 1, zero slope at both ends.</summary>
        public static double RaisedCosine(double t) => 0.5 * (1.0 - Math.Cos(Math.PI * Math.Clamp(t, 0.0, 1.0)));

        /// <summary>Multiplies every sample by <paramref name="gain"/>.</summary>
        public static void Scale(float[] x, double gain)
        {
            ArgumentNullException.ThrowIfNull(x);
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = (float)(x[i] * gain);
            }
        }

        /// <summary>
        /// Fraction of energy above <paramref name="cutoffHz"/>: Welch average of Hann-windowed 512-point FFTs
        /// with 50 % overlap (frames of digital silence are skipped).
        /// </summary>
        public static double EnergyAbove(MonoAudio audio, double cutoffHz) => EnergyBetween(audio, cutoffHz, double.MaxValue);

        /// <summary>
        /// Fraction of energy from <paramref name="loHz"/> up to (not including) <paramref name="hiHz"/>: Welch average of
        /// Hann-windowed FFTs of 2^<paramref name="log2Size"/> points with 50 % overlap (NAudio's FFT), DC excluded.
        /// </summary>
        public static double EnergyBetween(MonoAudio audio, double loHz, double hiHz, int log2Size = 9)
        {
            ArgumentNullException.ThrowIfNull(audio);
            int m = log2Size;
            int n = 1 << m;
            float[] x = audio.Samples;
            var buf = new Complex[n];
            double band = 0;
            double total = 0;
            int firstBin = (int)Math.Ceiling(loHz * n / audio.SampleRate);
            double lastBinD = Math.Ceiling(Math.Min(hiHz, audio.SampleRate) * n / audio.SampleRate);
            int endBin = (int)Math.Min(n / 2, lastBinD);
            for (int start = 0; start + n <= Math.Max(x.Length, n); start += n / 2)
            {
                for (int i = 0; i < n; i++)
                {
                    float v = start + i < x.Length ? x[start + i] : 0f;
                    buf[i].X = v * (float)(0.5 - 0.5 * Math.Cos(2 * Math.PI * i / n));
                    buf[i].Y = 0;
                }

                FastFourierTransform.FFT(true, m, buf);
                for (int k = 1; k < n / 2; k++)
                {
                    double p = ((double)buf[k].X * buf[k].X) + ((double)buf[k].Y * buf[k].Y);
                    total += p;
                    if (k >= firstBin && k < endBin)
                    {
                        band += p;
                    }
                }
            }

            return total <= 0 ? 0 : band / total;
        }

        /// <summary>
        /// Largest step between neighbouring samples in the first and the last <paramref name="ms"/>, counting the
        /// step from silence into the first sample and from the last sample back to silence (as the player does).
        /// </summary>
        public static (int Start, int End) EdgeSteps(short[] x, int sampleRate, double ms)
        {
            ArgumentNullException.ThrowIfNull(x);
            int n = Math.Min(x.Length, Math.Max(1, (int)(ms * sampleRate / 1000)));
            int start = 0;
            int prev = 0;
            for (int i = 0; i < n; i++)
            {
                start = Math.Max(start, Math.Abs(x[i] - prev));
                prev = x[i];
            }

            int end = 0;
            for (int i = x.Length - n; i < x.Length; i++)
            {
                int next = i + 1 < x.Length ? x[i + 1] : 0;
                end = Math.Max(end, Math.Abs(next - x[i]));
            }

            return (start, end);
        }

        /// <summary>Signal-to-noise ratio in dB of <paramref name="decoded"/> against <paramref name="reference"/>.</summary>
        public static double Snr(ReadOnlySpan<float> reference, ReadOnlySpan<short> decoded)
        {
            int n = Math.Min(reference.Length, decoded.Length);
            double signal = 0;
            double noise = 0;
            for (int i = 0; i < n; i++)
            {
                double r = reference[i];
                double e = (decoded[i] / 32768.0) - r;
                signal += r * r;
                noise += e * e;
            }

            if (noise <= 0)
            {
                return 200.0;
            }

            return 10.0 * Math.Log10(Math.Max(signal, 1e-30) / noise);
        }

        /// <summary>RMS of <paramref name="decoded"/> − <paramref name="reference"/>, in dBFS.</summary>
        public static double ErrorRmsDbfs(ReadOnlySpan<float> reference, ReadOnlySpan<short> decoded)
        {
            int n = Math.Min(reference.Length, decoded.Length);
            if (n == 0)
            {
                return SilenceDb;
            }

            double noise = 0;
            for (int i = 0; i < n; i++)
            {
                double e = (decoded[i] / 32768.0) - reference[i];
                noise += e * e;
            }

            return ToDb(Math.Sqrt(noise / n));
        }

        /// <summary>Power of <paramref name="hz"/> in <paramref name="x"/> by the Goertzel recurrence (relative units).</summary>
        public static double Goertzel(ReadOnlySpan<float> x, int sampleRate, double hz)
        {
            double w = 2 * Math.PI * hz / sampleRate;
            double c = 2 * Math.Cos(w);
            double s1 = 0;
            double s2 = 0;
            foreach (float v in x)
            {
                double s0 = v + (c * s1) - s2;
                s2 = s1;
                s1 = s0;
            }

            return (s1 * s1) + (s2 * s2) - (c * s1 * s2);
        }

        private static void Apply(float[] x, BiQuadFilter filter)
        {
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = filter.Transform(x[i]);
            }
        }
    }
}
