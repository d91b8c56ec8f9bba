using System;
using System.Collections.Generic;
using RelaxLamp.Core;
using RelaxLamp.Core.Session;
using RelaxLamp.Engine;

namespace RelaxLamp.Simulator.Report
{
    /// <summary>Keeps what the session plot draws: the level of every frame, each breath's pace, and when the state changed.</summary>
    public sealed class SessionRecorder : IFrameObserver
    {
        private readonly List<int> _levels = new List<int>();
        private readonly List<(long TimeMs, int Pace)> _paces = new List<(long, int)>();
        private readonly List<(long TimeMs, LampState State)> _states = new List<(long, LampState)>();
        /// <summary>The level of frame k (at <see cref="FrameClock.TimeOf"/>).</summary>
        public IReadOnlyList<int> Levels => _levels;

        /// <summary>Each breath's start and the pace it was given, milli-breaths a minute.</summary>
        public IReadOnlyList<(long TimeMs, int Pace)> Paces => _paces;

        /// <summary>Each change of state and when it was first seen.</summary>
        public IReadOnlyList<(long TimeMs, LampState State)> States => _states;

        /// <summary>Frames a second of the recorded run.</summary>
        public int Fps { get; private set; }

        /// <inheritdoc/>
        public void OnFrame(FrameLoop sim)
        {
            ArgumentNullException.ThrowIfNull(sim);
            Lamp lamp = sim.Lamp;
            Fps = sim.Fps;
            _levels.Add(lamp.Level);
            if (_states.Count == 0 || _states[^1].State != lamp.State)
            {
                _states.Add((sim.NowMs, lamp.State));
            }

            if (lamp.BreathBegan)
            {
                _paces.Add((lamp.Pacer.BreathStartMicros / 1000, lamp.Pacer.BreathPace));
            }
        }
    }
}
