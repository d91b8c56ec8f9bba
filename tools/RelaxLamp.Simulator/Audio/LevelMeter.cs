using System;
using System.Collections.Generic;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>
    /// Measures the sound as it passes: the peak, the energy of every 10 ms window (for the active RMS),
    /// and the largest sample-to-sample step in every 5 ms bin (for clicks near a cue's edges).
    /// </summary>
    public sealed class LevelMeter : ISampleSink
    {
        /// <summary>Samples in a level window: 10 ms, as the clip tool measures.</summary>
        public const int WindowSamples = 10 * AudioFormat.SamplesPerMs;

        /// <summary>Samples in a step bin: 5 ms.</summary>
        public const int StepBinSamples = 5 * AudioFormat.SamplesPerMs;

        private readonly List<double> _energy = new List<double>();
        private readonly List<int> _steps = new List<int>();
        private double _windowEnergy;
        private int _windowFill;
        private int _binStep;
        private int _binFill;
        private int _previous;

        /// <summary>Samples seen.</summary>
        public long Samples { get; private set; }

        /// <summary>Largest absolute sample.</summary>
        public int Peak { get; private set; }

        /// <summary>Index of the last sample that was not zero, or -1.</summary>
        public long LastSound { get; private set; } = -1;

        /// <summary>Sum of squares of each 10 ms window (the last may be partial).</summary>
        public IReadOnlyList<double> WindowEnergy => Flushed(_energy, _windowFill, _windowEnergy);

        /// <summary>Largest |x[i] - x[i-1]| in each 5 ms bin (x[-1] = 0).</summary>
        public IReadOnlyList<int> StepBins => Flushed(_steps, _binFill, _binStep);

        /// <inheritdoc/>
        public void Write(ReadOnlySpan<short> samples)
        {
            foreach (short x in samples)
            {
                int v = x;
                int a = Math.Abs(v);
                if (a > Peak)
                {
                    Peak = a;
                }

                if (v != 0)
                {
                    LastSound = Samples;
                }

                _windowEnergy += (double)v * v;
                if (++_windowFill == WindowSamples)
                {
                    _energy.Add(_windowEnergy);
                    _windowEnergy = 0;
                    _windowFill = 0;
                }

                int step = Math.Abs(v - _previous);
                _previous = v;
                if (step > _binStep)
                {
                    _binStep = step;
                }

                if (++_binFill == StepBinSamples)
                {
                    _steps.Add(_binStep);
                    _binStep = 0;
                    _binFill = 0;
                }

                Samples++;
            }
        }

        private static IReadOnlyList<T> Flushed<T>(List<T> done, int fill, T partial)
        {
            if (fill == 0)
            {
                return done;
            }

            var all = new List<T>(done) { partial };
            return all;
        }
    }
}
