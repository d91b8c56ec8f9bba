using System;
using System.IO;
using RelaxLamp.AudioAssets;

namespace RelaxLamp.AudioAssets.Tests
{
    /// <summary>Deterministic test signals and paths, so no test needs espeak-ng.</summary>
    internal static class TestSignals
    {
        /// <summary>The committed clips (assets/audio under the repository root).</summary>
        public static string AssetsDir { get; } = FindAssets();

        /// <summary>A sine at <paramref name="hz"/>, amplitude <paramref name="amplitude"/> of full scale.</summary>
        public static MonoAudio Sine(double hz, double seconds, int rate, double amplitude)
        {
            var x = new float[(int)(seconds * rate)];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = (float)(amplitude * Math.Sin(2 * Math.PI * hz * i / rate));
            }

            return new MonoAudio(x, rate);
        }

        /// <summary>
        /// Voiced-speech-like: a 120–180 Hz glottal buzz (harmonics to 4 kHz) through three moving formant-like
        /// resonances, syllabic 4 Hz amplitude modulation, short noise bursts for consonants, and pauses.
        /// </summary>
        public static MonoAudio SpeechLike(double seconds, int rate, int seed)
        {
            var rng = new Random(seed);
            int n = (int)(seconds * rate);
            var x = new float[n];
            double phase = 0;
            for (int i = 0; i < n; i++)
            {
                double t = (double)i / rate;
                double f0 = 150 + (30 * Math.Sin(2 * Math.PI * 0.7 * t));
                phase += 2 * Math.PI * f0 / rate;
                double v = 0;
                for (int h = 1; h * f0 < 4000; h++)
                {
                    double hz = h * f0;
                    double formants = Peak(hz, 500 + (200 * Math.Sin(t * 3)), 120) + (0.6 * Peak(hz, 1500 + (400 * Math.Sin(t * 2)), 150)) + (0.3 * Peak(hz, 2500, 200));
                    v += formants * Math.Sin(h * phase) / h;
                }

                double syllable = Math.Max(0, Math.Sin(2 * Math.PI * 4 * t));
                bool pause = (t % 1.5) > 1.2;
                double burst = ((t * 4) % 1.0) < 0.05 ? (rng.NextDouble() - 0.5) * 0.3 : 0;
                x[i] = pause ? 0f : (float)((0.3 * v * syllable) + burst);
            }

            return new MonoAudio(x, rate);
        }

        /// <summary>Writes a 16-bit WAV with <paramref name="channels"/> identical channels.</summary>
        public static void WriteWav(string path, MonoAudio audio, int channels)
        {
            using var w = new NAudio.Wave.WaveFileWriter(path, new NAudio.Wave.WaveFormat(audio.SampleRate, 16, channels));
            foreach (float v in audio.Samples)
            {
                for (int c = 0; c < channels; c++)
                {
                    w.WriteSample(v);
                }
            }
        }

        /// <summary>A fresh empty folder under the temp path.</summary>
        public static string TempDir()
        {
            string d = Path.Combine(Path.GetTempPath(), "rla-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(d);
            return d;
        }

        private static double Peak(double hz, double centre, double width) => 1.0 / (1.0 + Math.Pow((hz - centre) / width, 2));

        private static string FindAssets()
        {
            string candidate = Path.Combine(Program.RepoRoot(), "assets", "audio");
            return File.Exists(Path.Combine(candidate, "manifest.csv"))
                ? candidate
                : throw new DirectoryNotFoundException("assets/audio/manifest.csv not found in " + Program.RepoRoot());
        }
    }
}
