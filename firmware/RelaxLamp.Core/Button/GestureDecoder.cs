namespace RelaxLamp.Core.Button
{
    /// <summary>
    /// Turns timestamped raw edges into gestures: debounce, tap, multi-press click, hold, its end, long hold.
    /// </summary>
    /// <remarks>
    /// Debounce works on the edges' own timestamps: a level counts once it has been stable for
    /// <see cref="DebounceMs"/>, and then it counts from the edge that began it, so press lengths are
    /// exact whatever the frame rate. A burst of bounces shorter than that is ignored. Times that run
    /// backwards are clamped, so a clock that jumps back cannot produce a negative duration.
    /// </remarks>
    public sealed class GestureDecoder
    {
        /// <summary>A level must be stable this long to count.</summary>
        public const int DebounceMs = 25;

        /// <summary>
        /// A press this long is a hold, not a tap: long enough that a slow, groping press is still a
        /// press; short enough that the dimmer answers while the hand is still on the button.
        /// </summary>
        public const int HoldMs = 1000;

        /// <summary>A press this long is a long hold (only the cold-start factory reset uses it).</summary>
        public const int LongHoldMs = 10000;

        /// <summary>Taps closer than this (release to next release) belong to one click.</summary>
        public const int ClickGapMs = 450;

        private const int Capacity = 8;

        private readonly GestureKind[] _kinds = new GestureKind[Capacity];
        private readonly int[] _counts = new int[Capacity];
        private readonly long[] _times = new long[Capacity];
        private int _head;
        private int _queued;

        private bool _raw;
        private long _rawSince;
        private bool _stable;
        private long _downAt;
        private bool _holdSent;
        private bool _longSent;
        private bool _ignore;
        private int _taps;
        private long _lastUpAt;
        private long _last;

        /// <summary>The debounced level: true while the button is held down.</summary>
        public bool IsDown => _stable;

        /// <summary>True while the button is down or its level is still settling: not a moment to sleep.</summary>
        public bool IsBusy => _stable || _raw;

        /// <summary>When the current (or last) press went down.</summary>
        public long DownAtMs => _downAt;

        /// <summary>Starts over with the button at a known level, as at power-up.</summary>
        public void Reset(long nowMs, bool down)
        {
            _raw = down;
            _stable = down;
            _rawSince = nowMs;
            _downAt = nowMs;
            _holdSent = false;
            _longSent = false;
            _ignore = false;
            _taps = 0;
            _last = nowMs;
            _queued = 0;
        }

        /// <summary>The press now down gives no tap, click or hold (it already did its job, e.g. started the lamp).</summary>
        public void IgnoreCurrentPress()
        {
            if (_stable || _raw)
            {
                _ignore = true;
            }
        }

        /// <summary>Forgets taps not yet reported as a click.</summary>
        public void CancelClicks() => _taps = 0;

        /// <summary>Feeds one raw edge.</summary>
        public void Edge(long timeMs, bool down)
        {
            long t = timeMs < _last ? _last : timeMs;
            Settle(t);
            if (down == _raw)
            {
                return;
            }

            _raw = down;
            _rawSince = t;
        }

        /// <summary>Lets time pass to <paramref name="nowMs"/>: settles the level and reports holds and clicks that are due.</summary>
        public void Advance(long nowMs) => Settle(nowMs < _last ? _last : nowMs);

        /// <summary>Takes the oldest decoded gesture into <paramref name="into"/>; false (and kind <see cref="GestureKind.None"/>) when there is none.</summary>
        public bool Next(Gesture into)
        {
            if (_queued == 0)
            {
                into.Kind = GestureKind.None;
                into.Count = 0;
                into.TimeMs = _last;
                return false;
            }

            into.Kind = _kinds[_head];
            into.Count = _counts[_head];
            into.TimeMs = _times[_head];
            _head = (_head + 1) % Capacity;
            _queued--;
            return true;
        }

        private void Settle(long t)
        {
            if (_raw != _stable && t - _rawSince >= DebounceMs)
            {
                Commit(_raw, _rawSince);
            }

            Timeouts(t);
            _last = t;
        }

        private void Commit(bool down, long at)
        {
            Timeouts(at);
            _stable = down;
            if (down)
            {
                _downAt = at;
                _holdSent = false;
                _longSent = false;
                Emit(GestureKind.Down, 1, at);
                return;
            }

            if (_ignore)
            {
                _ignore = false;
                _taps = 0;
            }
            else if (!_holdSent)
            {
                _taps++;
                _lastUpAt = at;
                Emit(GestureKind.Tap, 1, at);
            }
            else
            {
                Emit(GestureKind.HoldEnd, 1, at);
            }

            Emit(GestureKind.Up, 1, at);
        }

        private void Timeouts(long t)
        {
            if (_stable)
            {
                if (!_holdSent && t - _downAt >= HoldMs)
                {
                    _holdSent = true;
                    if (!_ignore)
                    {
                        FlushClick(_downAt);
                        Emit(GestureKind.Hold, 1, _downAt + HoldMs);
                    }
                }

                if (!_longSent && t - _downAt >= LongHoldMs)
                {
                    _longSent = true;
                    if (!_ignore)
                    {
                        Emit(GestureKind.LongHold, 1, _downAt + LongHoldMs);
                    }
                }
            }
            else if (_taps > 0 && t - _lastUpAt >= ClickGapMs)
            {
                FlushClick(_lastUpAt + ClickGapMs);
            }
        }

        private void FlushClick(long at)
        {
            if (_taps > 0)
            {
                Emit(GestureKind.Click, _taps, at);
                _taps = 0;
            }
        }

        private void Emit(GestureKind kind, int count, long at)
        {
            if (_queued == Capacity)
            {
                return; // cannot happen when the lamp drains after every edge; never grow
            }

            int i = (_head + _queued) % Capacity;
            _kinds[i] = kind;
            _counts[i] = count;
            _times[i] = at;
            _queued++;
        }
    }
}
