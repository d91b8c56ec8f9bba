namespace RelaxLamp.Core.Time
{
    /// <summary>
    /// The lamp's own millisecond clock, fed by the device's raw 64-bit clock. It never runs
    /// backwards, never jumps, and never bursts to catch up.
    /// </summary>
    /// <remarks>
    /// A raw clock that jumps back (or wraps) adds nothing. A frame gap longer than
    /// <see cref="MaxStepMs"/> (a GC pause, a flash write) advances the lamp by only that much and
    /// keeps the rest as a debt, repaid at most an eighth of each later frame's time: a 500 ms stall
    /// is made up over about 4 s of breathing 12% faster, invisible, and the schedule stays on time.
    /// A debt beyond <see cref="MaxDebtMs"/> is forgiven (the lamp was frozen for long; catching up
    /// would only rush the light).
    /// </remarks>
    public sealed class LampClock
    {
        /// <summary>Largest step the lamp's time takes in one frame.</summary>
        public const int MaxStepMs = 100;

        /// <summary>Largest debt kept for repaying.</summary>
        public const int MaxDebtMs = 10000;

        private long _lastRaw;
        private long _now;
        private long _debt;

        /// <summary>The lamp's time now, in ms.</summary>
        public long Now => _now;

        /// <summary>Time still owed after a stall, in ms.</summary>
        public long Debt => _debt;

        /// <summary>Starts the lamp's time at <paramref name="rawMs"/>.</summary>
        public void Reset(long rawMs)
        {
            _lastRaw = rawMs;
            _now = rawMs;
            _debt = 0;
        }

        /// <summary>Drops any debt: nothing is scheduled (the lamp is dark), so there is nothing to catch up.</summary>
        public void Forgive() => _debt = 0;

        /// <summary>Moves the lamp's time on from a new raw reading; returns the lamp's time.</summary>
        public long Update(long rawMs)
        {
            long dt = rawMs - _lastRaw;
            _lastRaw = rawMs;
            if (dt <= 0)
            {
                return _now;
            }

            if (dt > MaxStepMs)
            {
                _debt += dt - MaxStepMs;
                dt = MaxStepMs;
                if (_debt > MaxDebtMs)
                {
                    _debt = 0;
                }
            }
            else if (_debt > 0)
            {
                long repay = dt / 8;
                if (repay > _debt)
                {
                    repay = _debt;
                }

                _debt -= repay;
                dt += repay;
            }

            _now += dt;
            return _now;
        }

        /// <summary>The lamp time of a raw reading taken shortly before the last <see cref="Update"/>, never earlier than <paramref name="floorMs"/>.</summary>
        public long ToLamp(long rawMs, long floorMs)
        {
            long t = _now - (_lastRaw - rawMs);
            if (t > _now)
            {
                t = _now;
            }

            return t < floorMs ? floorMs : t;
        }
    }
}
