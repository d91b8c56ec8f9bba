using System;
using RelaxLamp.Core;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>Watches every frame for what the summary reports: breaths, their timings, the fades, the sleep.</summary>
    public sealed class SummaryRecorder : IFrameObserver
    {
        private BreathRecord? _first;
        private BreathRecord? _last;
        private bool _awake;
        private long? _asleepAt;
        private long? _endingAt;
        private long? _stoppedAt;
        private int _sessions;

        /// <inheritdoc/>
        public void OnFrame(FrameLoop sim)
        {
            ArgumentNullException.ThrowIfNull(sim);
            Lamp lamp = sim.Lamp;
            if (lamp.SessionCount != _sessions)
            {
                // A new session: its fades and breaths start over.
                _sessions = lamp.SessionCount;
                _first = null;
                _last = null;
                _endingAt = null;
                _stoppedAt = null;
            }

            if (lamp.BreathBegan)
            {
                BreathRecord b = BreathRecord.Of(lamp);
                _first ??= b;
                _last = b;
            }

            LampState state = lamp.State;
            if (state == LampState.Ending && _endingAt == null)
            {
                _endingAt = sim.NowMs;
            }

            if (state == LampState.Stopping && _stoppedAt == null)
            {
                _stoppedAt = sim.NowMs;
            }
            else if (lamp.IsBreathing)
            {
                _stoppedAt = null; // a stop that a press undid is no stop
            }

            if (state != LampState.Asleep)
            {
                _awake = true;
            }
            else if (_awake)
            {
                _awake = false;
                _asleepAt = sim.NowMs;
            }
        }

        /// <summary>The summary of everything seen so far, with the sound's measures if there was sound.</summary>
        public SessionSummary Build(FrameLoop sim, Audio.AudioSummary? audio = null)
        {
            ArgumentNullException.ThrowIfNull(sim);
            var settings = new LampSettings();
            settings.CopyFrom(sim.Lamp.Settings);
            return new SessionSummary
            {
                LedCount = sim.Lamp.LedCount,
                Fps = sim.Fps,
                Settings = settings,
                Sessions = sim.Lamp.SessionCount,
                SessionStartMs = sim.Lamp.SessionStartMs,
                Breaths = _first == null ? 0 : sim.Lamp.Pacer.BreathCount,
                First = _first,
                Last = _last,
                EndingAtMs = _endingAt,
                StoppedAtMs = _stoppedAt,
                AsleepAtMs = _awake ? null : _asleepAt,
                Frames = sim.FrameCount,
                Audio = audio,
            };
        }
    }
}
