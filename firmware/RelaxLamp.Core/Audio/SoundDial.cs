using RelaxLamp.Core.Settings;

namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// Sound by a hold at the start (with a speaker): one step every <see cref="StepMs"/> while the
    /// hold lasts, through off, volume 1, 2 and 3 — quieter on the first hold of a session, louder on
    /// the next, and so on; it stops at off and at 3. Each step to a volume is confirmed by a soft
    /// chime at that volume; a step to off by silence.
    /// </summary>
    public sealed class SoundDial
    {
        /// <summary>Time between steps while the hold lasts (the first step comes as the hold counts).</summary>
        public const int StepMs = 1500;

        /// <summary>The loudest step (volume 3).</summary>
        public const int Loudest = LampSettings.MaxVolume;

        private bool _turning;
        private bool _down;
        private bool _nextDown = true;
        private long _nextStepAt;

        /// <summary>True while a hold is turning the dial.</summary>
        public bool Turning => _turning;

        /// <summary>The step of <paramref name="settings"/>: 0 = off, else the volume.</summary>
        public static int StepOf(LampSettings settings) => settings.AudioOn ? settings.Volume : 0;

        /// <summary>A new session: the next hold turns the sound down.</summary>
        public void Reset()
        {
            _turning = false;
            _nextDown = true;
        }

        /// <summary>A hold began to count at <paramref name="t"/>: takes the first step now; returns true when it changed something.</summary>
        public bool Begin(long t, LampSettings settings)
        {
            _turning = true;
            _down = _nextDown;
            _nextDown = !_down;
            _nextStepAt = t + StepMs;
            return Step(settings);
        }

        /// <summary>Takes the steps due by <paramref name="t"/> while the hold lasts; returns true when one changed something.</summary>
        public bool Advance(long t, LampSettings settings)
        {
            bool changed = false;
            while (_turning && t >= _nextStepAt)
            {
                _nextStepAt += StepMs;
                changed |= Step(settings);
            }

            return changed;
        }

        /// <summary>The hold ended: the dial stays where it is.</summary>
        public void End() => _turning = false;

        private bool Step(LampSettings settings)
        {
            int step = StepOf(settings);
            int next = _down ? step - 1 : step + 1;
            if (next < 0 || next > Loudest)
            {
                return false; // at the end of the dial: nothing changes
            }

            settings.AudioOn = next > 0;
            if (next > 0)
            {
                settings.Volume = next;
            }

            return true;
        }
    }
}
