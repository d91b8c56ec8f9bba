using System;
using System.Collections.Generic;

namespace RelaxLamp.AudioAssets
{
    /// <summary>What can be measured of a voice without listening: spectrum, pitch movement, rate.</summary>
    /// <param name="Above3500">Share of energy above 3.5 kHz (of 0–8 kHz, at 16 kHz).</param>
    /// <param name="Band3500To7000">Share of energy from 3.5 to 7 kHz (sibilants, breathiness).</param>
    /// <param name="F0MedianHz">Median pitch over voiced frames.</param>
    /// <param name="F0RangeSemitones">Pitch range over voiced frames, 5th to 95th percentile, in semitones.</param>
    /// <param name="F0StdSemitones">Standard deviation of the pitch over voiced frames, in semitones.</param>
    /// <param name="F0CurvatureSemitones">
    /// RMS of the pitch track's second difference (semitones per 10 ms frame) over runs of voiced frames: near 0 for
    /// pitch drawn in straight ramps (a rule-based synthesiser), larger for a pitch that bends as a voice does.
    /// </param>
    /// <param name="Periodicity">
    /// Mean normalised autocorrelation at the pitch period over voiced frames: 1 is a perfectly repeating buzz (the
    /// "regular harmonic stack" of a formant synthesiser); a human voice carries breath and jitter and scores lower.
    /// </param>
    /// <param name="UnvoicedAbove3500">Share of energy above 3.5 kHz in the active unvoiced frames (s, sh, f, t: the sibilants).</param>
    /// <param name="VoicedFrames">Voiced 10 ms frames kept (octave slips dropped).</param>
    /// <param name="SpeechSeconds">Length between leading and trailing silence.</param>
    public sealed record VoiceStats(
        double Above3500,
        double Band3500To7000,
        double F0MedianHz,
        double F0RangeSemitones,
        double F0StdSemitones,
        double F0CurvatureSemitones,
        double Periodicity,
        double UnvoicedAbove3500,
        int VoicedFrames,
        double SpeechSeconds);

    /// <summary>The measurements behind docs/voice.md.</summary>
    public static class VoiceMetrics
    {
        /// <summary>Lowest pitch searched.</summary>
        public const double MinF0Hz = 60;

        /// <summary>Highest pitch searched.</summary>
        public const double MaxF0Hz = 400;

        /// <summary>Normalised autocorrelation a frame needs to count as voiced.</summary>
        public const double VoicedThreshold = 0.6;

        /// <summary>Rate the pitch is tracked at (plenty for 60–400 Hz, and 4× cheaper than 16 kHz).</summary>
        public const int PitchRate = 8000;

        /// <summary>Measures one rendering (any rate; resampled to 16 kHz first, the lamp's rate).</summary>
        public static VoiceStats Measure(MonoAudio raw)
        {
            ArgumentNullException.ThrowIfNull(raw);
            MonoAudio a = WavIo.Resample(new MonoAudio((float[])raw.Samples.Clone(), raw.SampleRate), WavIo.DeviceRate);
            double[] corr;
            double[] f0 = PitchTrack(WavIo.Resample(new MonoAudio((float[])a.Samples.Clone(), a.SampleRate), PitchRate), out corr);
            double[] st = CleanOctaves(f0);
            var semis = new List<double>();
            double periodicity = 0;
            foreach (int i in VoicedIndices(st))
            {
                semis.Add(st[i]);
                periodicity += corr[i];
            }

            periodicity /= Math.Max(1, semis.Count);
            double curvature = 0;
            int curves = 0;
            for (int i = 1; i + 1 < st.Length; i++)
            {
                if (st[i - 1] != 0 && st[i] != 0 && st[i + 1] != 0)
                {
                    double d2 = st[i + 1] - (2 * st[i]) + st[i - 1];
                    curvature += d2 * d2;
                    curves++;
                }
            }

            curvature = curves == 0 ? 0 : Math.Sqrt(curvature / curves);
            var sorted = new List<double>(semis);
            sorted.Sort();
            double median = sorted.Count == 0 ? 0 : Math.Pow(2, Percentile(sorted, 0.5) / 12);
            double range = sorted.Count == 0 ? 0 : Percentile(sorted, 0.95) - Percentile(sorted, 0.05);
            double mean = 0;
            foreach (double v in semis)
            {
                mean += v;
            }

            mean /= Math.Max(1, semis.Count);
            double var = 0;
            foreach (double v in semis)
            {
                var += (v - mean) * (v - mean);
            }

            double std = semis.Count < 2 ? 0 : Math.Sqrt(var / (semis.Count - 1));
            var (lead, trail) = Dsp.Silence(a);
            double speech = Math.Max(0, a.Samples.Length - lead - trail) / (double)a.SampleRate;
            return new VoiceStats(
                Dsp.EnergyBetween(a, 3500, double.MaxValue),
                Dsp.EnergyBetween(a, 3500, 7000),
                median,
                range,
                std,
                curvature,
                periodicity,
                UnvoicedShare(a, f0, 3500),
                semis.Count,
                speech);
        }

        /// <summary>
        /// The pitch track in semitones (12·log2 Hz; 0 = unvoiced) with octave slips removed: a voiced frame more than
        /// 7 semitones from the median of the voiced frames within ±150 ms is dropped.
        /// </summary>
        public static double[] CleanOctaves(double[] f0)
        {
            ArgumentNullException.ThrowIfNull(f0);
            var st = new double[f0.Length];
            for (int i = 0; i < f0.Length; i++)
            {
                st[i] = f0[i] > 0 ? 12 * Math.Log2(f0[i]) : 0;
            }

            var result = new double[f0.Length];
            var near = new List<double>();
            for (int i = 0; i < st.Length; i++)
            {
                if (st[i] == 0)
                {
                    continue;
                }

                near.Clear();
                for (int j = Math.Max(0, i - 15); j <= Math.Min(st.Length - 1, i + 15); j++)
                {
                    if (st[j] != 0)
                    {
                        near.Add(st[j]);
                    }
                }

                near.Sort();
                result[i] = Math.Abs(st[i] - near[near.Count / 2]) <= 7 ? st[i] : 0;
            }

            return result;
        }

        private static IEnumerable<int> VoicedIndices(double[] st)
        {
            for (int i = 0; i < st.Length; i++)
            {
                if (st[i] != 0)
                {
                    yield return i;
                }
            }
        }

        /// <summary>Bins of <see cref="Spectrum"/>: 256-point FFTs at 16 kHz, 62.5 Hz apart.</summary>
        public const int SpectrumBins = 128;

        /// <summary>
        /// Summed power spectrum (Hann-windowed 256-point FFTs every 10 ms, bins 0–127 = 0–7.94 kHz) of a 16 kHz
        /// rendering over the frames within 40 dB of the loudest: all of them, or only those the pitch tracker calls unvoiced.
        /// </summary>
        public static double[] Spectrum(MonoAudio a, bool unvoicedOnly)
        {
            ArgumentNullException.ThrowIfNull(a);
            double[] f0 = PitchTrack(WavIo.Resample(new MonoAudio((float[])a.Samples.Clone(), a.SampleRate), PitchRate), out _);
            double[] power = FramePower(a, f0, unvoicedOnly);
            var result = new double[SpectrumBins];
            Array.Copy(power, result, SpectrumBins);
            return result;
        }

        /// <summary>Share above <paramref name="hz"/> in the 10 ms frames within 40 dB of the loudest that the pitch track calls unvoiced (Hann-windowed 256-point FFTs).</summary>
        private static double UnvoicedShare(MonoAudio a, double[] f0, double hz)
        {
            double[] power = FramePower(a, f0, unvoicedOnly: true);
            int first = (int)Math.Ceiling(hz * power.Length * 2 / a.SampleRate);
            double above = 0;
            double total = 0;
            for (int k = 1; k < power.Length; k++)
            {
                total += power[k];
                above += k >= first ? power[k] : 0;
            }

            return total <= 0 ? 0 : above / total;
        }

        // Power per bin (0 to 127) of Hann-windowed 256-point FFTs, summed over the 10 ms frames within 40 dB of the
        // loudest (only those the pitch track calls unvoiced, when asked).
        private static double[] FramePower(MonoAudio a, double[] f0, bool unvoicedOnly)
        {
            const int m = 8;
            const int n = 1 << m;
            int hop = a.SampleRate / 100;
            double[] rms = Dsp.FrameRms(a.Samples, hop);
            double loudest = 0;
            foreach (double r in rms)
            {
                loudest = Math.Max(loudest, r);
            }

            double gate = loudest * Dsp.FromDb(-40);
            var buf = new NAudio.Dsp.Complex[n];
            var power = new double[n / 2];
            for (int f = 0; f < rms.Length; f++)
            {
                int start = f * hop;
                bool voiced = f < f0.Length && f0[f] > 0;
                if ((unvoicedOnly && (voiced || f >= f0.Length)) || rms[f] < gate || start + n > a.Samples.Length)
                {
                    continue;
                }

                for (int i = 0; i < n; i++)
                {
                    buf[i].X = a.Samples[start + i] * (float)(0.5 - 0.5 * Math.Cos(2 * Math.PI * i / n));
                    buf[i].Y = 0;
                }

                NAudio.Dsp.FastFourierTransform.FFT(true, m, buf);
                for (int k = 0; k < n / 2; k++)
                {
                    power[k] += ((double)buf[k].X * buf[k].X) + ((double)buf[k].Y * buf[k].Y);
                }
            }

            return power;
        }

        /// <summary>
        /// Pitch every 10 ms by normalised autocorrelation over 40 ms frames (0 = unvoiced): frames within 30 dB of the
        /// loudest whose best lag in 60–400 Hz correlates at least <see cref="VoicedThreshold"/>; the shortest lag within
        /// 5 % of the best is taken, so the period is not doubled.
        /// </summary>
        public static double[] PitchTrack(MonoAudio a, out double[] correlation)
        {
            ArgumentNullException.ThrowIfNull(a);
            float[] x = a.Samples;
            int hop = a.SampleRate / 100;
            int win = a.SampleRate * 40 / 1000;
            int minLag = (int)(a.SampleRate / MaxF0Hz);
            int maxLag = (int)(a.SampleRate / MinF0Hz);
            int frames = Math.Max(0, (x.Length - win - maxLag) / hop);
            double[] energy = new double[frames];
            double loudest = 0;
            for (int f = 0; f < frames; f++)
            {
                energy[f] = Dsp.Rms(x.AsSpan(f * hop, win));
                loudest = Math.Max(loudest, energy[f]);
            }

            double gate = loudest * Dsp.FromDb(-30);
            var result = new double[frames];
            correlation = new double[frames];
            var r = new double[maxLag + 1];
            for (int f = 0; f < frames; f++)
            {
                if (energy[f] < gate || energy[f] <= 0)
                {
                    continue;
                }

                int s = f * hop;
                double e0 = 0;
                for (int i = 0; i < win; i++)
                {
                    e0 += (double)x[s + i] * x[s + i];
                }

                double best = 0;
                double e1 = 0;
                for (int i = 0; i < win; i++)
                {
                    e1 += (double)x[s + i + minLag] * x[s + i + minLag];
                }

                for (int lag = minLag; lag <= maxLag; lag++)
                {
                    double c = 0;
                    for (int i = 0; i < win; i++)
                    {
                        c += (double)x[s + i] * x[s + i + lag];
                    }

                    r[lag] = c / Math.Sqrt(Math.Max(e0 * e1, 1e-20));

                    // The lagged window's energy slides one sample on.
                    e1 += ((double)x[s + win + lag] * x[s + win + lag]) - ((double)x[s + lag] * x[s + lag]);
                    best = Math.Max(best, r[lag]);
                }

                if (best < VoicedThreshold)
                {
                    continue;
                }

                for (int lag = minLag + 1; lag < maxLag; lag++)
                {
                    // The first local maximum close to the best: the period, not a multiple of it.
                    if (r[lag] >= 0.95 * best && r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1])
                    {
                        double den = r[lag - 1] - (2 * r[lag]) + r[lag + 1];
                        double shift = Math.Abs(den) < 1e-12 ? 0 : 0.5 * (r[lag - 1] - r[lag + 1]) / den;
                        result[f] = a.SampleRate / (lag + Math.Clamp(shift, -0.5, 0.5));
                        correlation[f] = r[lag];
                        break;
                    }
                }
            }

            return result;
        }

        private static double Percentile(List<double> sorted, double p)
        {
            double at = p * (sorted.Count - 1);
            int lo = (int)Math.Floor(at);
            int hi = Math.Min(sorted.Count - 1, lo + 1);
            return sorted[lo] + ((at - lo) * (sorted[hi] - sorted[lo]));
        }
    }
}
