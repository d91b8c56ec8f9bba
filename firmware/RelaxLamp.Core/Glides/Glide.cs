using RelaxLamp.Core.Breath;

namespace RelaxLamp.Core.Glides
{
    /// <summary>
    /// A value on the 0..65535 scale moving from where it is to a target over a set time, eased (a
    /// soft start and end) or straight (even all the way: a fade to the eye when the value is
    /// relative lightness). It always starts from the value it shows now, so a glide that is turned
    /// round half-way never jumps.
    /// </summary>
    public sealed class Glide
    {
        private long _start;
        private long _duration;
        private int _from;
        private int _to;
        private bool _straight;

        /// <summary>The value the glide is heading for.</summary>
        public int Target => _to;

        /// <summary>Puts the value at <paramref name="value"/> at once, with nothing moving.</summary>
        public void Set(int value)
        {
            _from = value;
            _to = value;
            _duration = 0;
        }

        /// <summary>From the value at <paramref name="t"/>, moves to <paramref name="to"/> over <paramref name="durationMs"/>.</summary>
        public void Start(long t, int to, long durationMs, bool straight)
        {
            _from = At(t);
            _to = to;
            _start = t;
            _duration = durationMs;
            _straight = straight;
        }

        /// <summary>The value at <paramref name="t"/>.</summary>
        public int At(long t)
        {
            if (_duration <= 0 || t >= _start + _duration)
            {
                return _to;
            }

            if (t <= _start)
            {
                return _from;
            }

            int p = _straight ? (int)((t - _start) * Ease.One / _duration) : Ease.Progress(t, _start, _duration);
            return _from + (int)(((long)(_to - _from) * p) / Ease.One);
        }

        /// <summary>True once the value has reached its target (at <paramref name="t"/>).</summary>
        public bool DoneAt(long t) => _duration <= 0 || t >= _start + _duration;

        /// <summary>When the value reaches its target.</summary>
        public long EndMs => _start + _duration;
    }
}
