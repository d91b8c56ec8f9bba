namespace RelaxLamp.Core.Breath
{
    /// <summary>
    /// The breath schedule of one session: when each in-breath and out-breath starts and ends.
    /// </summary>
    /// <remarks>
    /// The pace glides linearly from a start rate to a target over a ramp counted from the session's
    /// start; each breath takes the pace at its own start, so the pace only changes where the light is
    /// at the bottom of a breath and the light never jumps. Breath edges are kept in integer
    /// microseconds and added up, never re-derived, so the schedule does not drift. Near the end, the
    /// remaining time is split evenly into a whole number of breaths (each within about 4% of the
    /// nominal length), so that the last out-breath ends exactly at the session's end.
    /// </remarks>
    public sealed class BreathPacer
    {
        /// <summary>Breaths before the end from which the last breaths are evened out to end on time.</summary>
        public const int EvenOutBreaths = 12;

        // 60 s in µs, times 10^6 for micro-breaths a minute: the gliding pace is kept in micro-breaths
        // so that truncating it cannot shorten each breath of the ramp (it would add up to ~40 ms).
        private const long MicrosPerMinuteMicro = 60000000000000L;

        private long _sessionStartUs;
        private long _rampUs;
        private long _endUs;
        private int _startPace;
        private int _targetPace;
        private int _ratio;

        private long _breathStartUs;
        private long _inEndUs;
        private long _breathEndUs;
        private int _breathPace;
        private int _count;
        private bool _running;

        /// <summary>Breaths begun so far in this session (1 during the first breath).</summary>
        public int BreathCount => _count;

        /// <summary>True from <see cref="Start"/> until the last out-breath has ended.</summary>
        public bool Running => _running;

        /// <summary>Start of the current breath, in ms of the lamp's clock (rounded down).</summary>
        public long BreathStartMs => _breathStartUs / 1000;

        /// <summary>End of the current in-breath, in ms.</summary>
        public long InEndMs => _inEndUs / 1000;

        /// <summary>End of the current breath (its out-breath), in ms.</summary>
        public long BreathEndMs => _breathEndUs / 1000;

        /// <summary>Start of the current breath in µs (exact).</summary>
        public long BreathStartMicros => _breathStartUs;

        /// <summary>End of the current in-breath in µs (exact).</summary>
        public long InEndMicros => _inEndUs;

        /// <summary>End of the current breath in µs (exact).</summary>
        public long BreathEndMicros => _breathEndUs;

        /// <summary>The pace the current breath was given, in milli-breaths a minute (6000 = 6/min).</summary>
        public int BreathPace => _breathPace;

        /// <summary>The end of the session (end of the last out-breath), in ms.</summary>
        public long EndMs => _endUs / 1000;

        /// <summary>The target pace, in milli-breaths a minute.</summary>
        public int TargetPace => _targetPace;

        /// <summary>
        /// Begins a schedule: the first breath starts at <paramref name="firstBreathMs"/>; the pace ramp
        /// counts from <paramref name="sessionStartMs"/>; the last out-breath ends at <paramref name="endMs"/>.
        /// </summary>
        /// <param name="sessionStartMs">The press that started the session.</param>
        /// <param name="firstBreathMs">When the first in-breath begins.</param>
        /// <param name="endMs">When the last out-breath must end.</param>
        /// <param name="rampMs">How long the pace takes to glide from start to target.</param>
        /// <param name="startPace">Start pace in milli-breaths a minute (10000 = 10/min).</param>
        /// <param name="targetPace">Target pace in milli-breaths a minute.</param>
        /// <param name="ratioHundredths">Out-breath over in-breath, in hundredths (150 = 1:1.5).</param>
        public void Start(long sessionStartMs, long firstBreathMs, long endMs, long rampMs, int startPace, int targetPace, int ratioHundredths)
        {
            _sessionStartUs = sessionStartMs * 1000;
            _endUs = endMs * 1000;
            _rampUs = rampMs * 1000;
            _startPace = startPace;
            _targetPace = targetPace;
            _ratio = ratioHundredths;
            _count = 0;
            _running = firstBreathMs < endMs;
            _breathEndUs = firstBreathMs * 1000;
            if (_running)
            {
                Begin(_breathEndUs);
            }
        }

        /// <summary>Changes the target pace; breaths that start from now on follow it.</summary>
        public void SetTarget(int targetPace) => _targetPace = targetPace;

        /// <summary>The pace the ramp gives at <paramref name="ms"/>, in milli-breaths a minute.</summary>
        public int PaceAt(long ms) => (int)(MicroPaceAt(ms * 1000) / 1000);

        /// <summary>Moves the schedule forward to <paramref name="nowMs"/>, starting every breath that is due.</summary>
        public void Advance(long nowMs)
        {
            long now = nowMs * 1000;
            while (_running && now >= _breathEndUs)
            {
                if (_breathEndUs >= _endUs)
                {
                    _running = false;
                    return;
                }

                Begin(_breathEndUs);
            }
        }

        /// <summary>The half of the breath running at <paramref name="nowMs"/> (call <see cref="Advance"/> first).</summary>
        public BreathPhase PhaseAt(long nowMs)
        {
            if (!_running)
            {
                return BreathPhase.None;
            }

            return nowMs * 1000 < _inEndUs ? BreathPhase.In : BreathPhase.Out;
        }

        /// <summary>
        /// How full the breath is at <paramref name="nowMs"/>, 0 (bottom) to 65535 (top), eased;
        /// 0 when no breath is running.
        /// </summary>
        public int FullnessAt(long nowMs)
        {
            if (!_running)
            {
                return 0;
            }

            long now = nowMs * 1000;
            if (now < _inEndUs)
            {
                return Ease.Progress(now, _breathStartUs, _inEndUs - _breathStartUs);
            }

            return Ease.One - Ease.Progress(now, _inEndUs, _breathEndUs - _inEndUs);
        }

        private long MicroPaceAt(long t)
        {
            long into = t - _sessionStartUs;
            if (into <= 0)
            {
                return _startPace * 1000L;
            }

            if (into >= _rampUs || _rampUs <= 0)
            {
                return _targetPace * 1000L;
            }

            return (_startPace * 1000L) + ((_targetPace - _startPace) * 1000L * into / _rampUs);
        }

        private void Begin(long startUs)
        {
            long pace = MicroPaceAt(startUs);
            _breathPace = (int)(pace / 1000);
            long period = MicrosPerMinuteMicro / pace;
            long remaining = _endUs - startUs;

            // Within the last few breaths, share what is left evenly between a whole number of them.
            if (remaining * 2 < period * (2 * EvenOutBreaths + 1))
            {
                long n = (remaining + (period / 2)) / period;
                if (n < 1)
                {
                    n = 1;
                }

                period = remaining / n;
                if (n == 1)
                {
                    period = remaining;
                }
            }

            _breathStartUs = startUs;
            _inEndUs = startUs + (period * 100 / (100 + _ratio));
            _breathEndUs = startUs + period;
            _count++;
        }
    }
}
