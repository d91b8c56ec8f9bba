using System;

namespace RelaxLamp.AudioAssets
{
    /// <summary>The two breath tones, synthesised so the set needs no recordings for them.</summary>
    public static class ToneSynth
    {
        /// <summary>
        /// In-breath: 2.5 s, fundamental gliding 123 → 131 Hz (about a semitone up), harmonics falling
        /// 6 dB per octave so a small speaker that cannot play 123 Hz still conveys the pitch; the level
        /// swells over 1.9 s and settles over 0.6 s.
        /// </summary>
        public static MonoAudio InBreath(int sampleRate) =>
            Render(sampleRate, seconds: 2.5, startHz: 123, endHz: 131, harmonics: new[] { 1.0, 0.5, 0.25, 0.12, 0.06 }, riseFraction: 0.76);

        /// <summary>
        /// Out-breath: 3.5 s, lower and darker: 110 → 98 Hz, weaker harmonics, a 0.6 s rise and a long
        /// 2.9 s fall.
        /// </summary>
        public static MonoAudio OutBreath(int sampleRate) =>
            Render(sampleRate, seconds: 3.5, startHz: 110, endHz: 98, harmonics: new[] { 1.0, 0.35, 0.12, 0.04 }, riseFraction: 0.17);

        /// <summary>
        /// A gliding harmonic tone under a raised-cosine rise then raised-cosine fall, peak-normalised to 1.
        /// The glide is exponential (even in pitch) and the phase is integrated, so it has no discontinuity.
        /// </summary>
        public static MonoAudio Render(int sampleRate, double seconds, double startHz, double endHz, double[] harmonics, double riseFraction)
        {
            ArgumentNullException.ThrowIfNull(harmonics);
            int n = (int)(seconds * sampleRate);
            var x = new float[n];
            int rise = Math.Max(1, (int)(n * riseFraction));
            int fall = Math.Max(1, n - 1 - rise);
            double phase = 0;
            double peak = 0;
            for (int i = 0; i < n; i++)
            {
                double t = (double)i / (n - 1);
                double hz = startHz * Math.Pow(endHz / startHz, t);
                double v = 0;
                for (int h = 0; h < harmonics.Length; h++)
                {
                    v += harmonics[h] * Math.Sin((h + 1) * phase);
                }

                double env = i <= rise ? Dsp.RaisedCosine((double)i / rise) : Dsp.RaisedCosine((double)(n - 1 - i) / fall);
                x[i] = (float)(v * env);
                peak = Math.Max(peak, Math.Abs(x[i]));
                phase += 2 * Math.PI * hz / sampleRate;
            }

            Dsp.Scale(x, peak > 0 ? 1.0 / peak : 1.0);
            return new MonoAudio(x, sampleRate);
        }
    }
}
