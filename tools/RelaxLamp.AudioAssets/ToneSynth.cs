using System;

namespace RelaxLamp.AudioAssets
{
    /// <summary>One partial of a synthesised tone.</summary>
    /// <param name="Ratio">Frequency as a multiple of the fundamental.</param>
    /// <param name="Amplitude">Relative amplitude.</param>
    /// <param name="DetuneHz">Added to the partial's frequency (a second, detuned copy makes a slow bowl-like beat).</param>
    public readonly record struct Partial(double Ratio, double Amplitude, double DetuneHz = 0);

    /// <summary>
    /// The breath tones and the volume chime, synthesised for a 28–40 mm speaker: every partial between about 350 Hz
    /// and 3.5 kHz (nothing under 300 Hz, where such a speaker plays almost nothing), a soft bowl-like set of partials
    /// (the fundamental, its octave and the 2.76 ratio of a singing bowl's second mode), gentle envelopes that start and
    /// end at exactly zero.
    /// </summary>
    public static class ToneSynth
    {
        /// <summary>Lowest frequency any tone uses; the tests hold the energy under 300 Hz below 1 %.</summary>
        public const double LowestHz = 370;

        /// <summary>
        /// In-breath: 1.6 s, fundamental gliding 440 → 466 Hz (A4 up a semitone), octave and bowl partial, a faint
        /// beat; swells over 1.2 s and settles over 0.4 s. Short enough that the player decodes it well within the
        /// half-breath before it (its decoder is shared with the voice).
        /// </summary>
        public static MonoAudio InBreath(int sampleRate) => Render(
            sampleRate,
            seconds: 1.6,
            startHz: 440,
            endHz: 466,
            new[] { new Partial(1, 1.0), new Partial(1, 0.3, 1.3), new Partial(2, 0.28), new Partial(2.76, 0.16), new Partial(4, 0.05) },
            riseFraction: 0.76);

        /// <summary>
        /// Out-breath: 2.0 s, lower and darker, 392 → 370 Hz (G4 down a semitone), weaker upper partials; a 0.34 s
        /// rise and a long 1.66 s fall.
        /// </summary>
        public static MonoAudio OutBreath(int sampleRate) => Render(
            sampleRate,
            seconds: 2.0,
            startHz: 392,
            endHz: 370,
            new[] { new Partial(1, 1.0), new Partial(1, 0.3, 1.1), new Partial(2, 0.2), new Partial(2.76, 0.08) },
            riseFraction: 0.17);

        /// <summary>
        /// Volume chime: 0.7 s, a soft bowl strike at 587 Hz (D5) with partials 2.76 and 5.4 (up to 3.2 kHz): 20 ms of
        /// silence (the amplifier wakes, as before a phrase), a 25 ms raised-cosine attack (no click), an exponential decay
        /// (τ 0.18 s) and a raised-cosine close to zero over the last 0.15 s.
        /// </summary>
        public static MonoAudio Chime(int sampleRate)
        {
            const double seconds = 0.7;
            const double lead = 0.02;
            const double attack = 0.025;
            const double tau = 0.18;
            const double close = 0.15;
            var partials = new[] { new Partial(1, 1.0), new Partial(1, 0.25, 1.7), new Partial(2.76, 0.3), new Partial(5.4, 0.08) };
            int n = (int)(seconds * sampleRate);
            var x = new float[n];
            for (int i = 0; i < n; i++)
            {
                double t = ((double)i / sampleRate) - lead;
                if (t <= 0)
                {
                    continue;
                }

                double v = 0;
                foreach (Partial p in partials)
                {
                    // Higher partials die faster, as in a struck bowl.
                    v += p.Amplitude * Math.Exp(-t * (p.Ratio - 1) * 2) * Math.Sin(2 * Math.PI * ((587 * p.Ratio) + p.DetuneHz) * t);
                }

                double env = Dsp.RaisedCosine(t / attack) * Math.Exp(-t / tau) * Dsp.RaisedCosine((seconds - lead - t - (1.0 / sampleRate)) / close);
                x[i] = (float)(v * env);
            }

            x[n - 1] = 0;
            return Normalised(x, sampleRate);
        }

        /// <summary>
        /// A gliding tone of <paramref name="partials"/> under a raised-cosine rise then raised-cosine fall, peak-normalised
        /// to 1. The glide is exponential (even in pitch) and each partial's phase is integrated, so nothing jumps; the
        /// first and last samples are exactly zero.
        /// </summary>
        public static MonoAudio Render(int sampleRate, double seconds, double startHz, double endHz, Partial[] partials, double riseFraction)
        {
            ArgumentNullException.ThrowIfNull(partials);
            int n = (int)(seconds * sampleRate);
            var x = new float[n];
            var phase = new double[partials.Length];
            int rise = Math.Max(1, (int)(n * riseFraction));
            int fall = Math.Max(1, n - 1 - rise);
            for (int i = 0; i < n; i++)
            {
                double t = (double)i / (n - 1);
                double hz = startHz * Math.Pow(endHz / startHz, t);
                double v = 0;
                for (int k = 0; k < partials.Length; k++)
                {
                    v += partials[k].Amplitude * Math.Sin(phase[k]);
                    phase[k] += 2 * Math.PI * ((hz * partials[k].Ratio) + partials[k].DetuneHz) / sampleRate;
                }

                double env = i <= rise ? Dsp.RaisedCosine((double)i / rise) : Dsp.RaisedCosine((double)(n - 1 - i) / fall);
                x[i] = (float)(v * env);
            }

            x[0] = 0;
            x[n - 1] = 0;
            return Normalised(x, sampleRate);
        }

        private static MonoAudio Normalised(float[] x, int sampleRate)
        {
            double peak = Dsp.Peak(x);
            Dsp.Scale(x, peak > 0 ? 1.0 / peak : 1.0);
            return new MonoAudio(x, sampleRate);
        }
    }
}
