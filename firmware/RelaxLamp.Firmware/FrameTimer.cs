using System.Diagnostics;
using RelaxLamp.Core.Time;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// Picks the frame period from the program's own first frames, after the first light, instead of
    /// probing before it: the first <see cref="FramesTimed"/> frames run at
    /// <see cref="StartPeriodMs"/> while their work is timed, then <see cref="FramePacing"/> sets the
    /// period for the rest of the program.
    /// </summary>
    internal sealed class FrameTimer
    {
        /// <summary>Frames timed before the period is set.</summary>
        public const int FramesTimed = 5;

        /// <summary>The period until then: 50 frames a second, what a breath needs.</summary>
        public const int StartPeriodMs = 20;

        private long _workUs;
        private int _timed;
        private int _periodMs = StartPeriodMs;

        /// <summary>The frame period now, ms.</summary>
        public int PeriodMs => _periodMs;

        /// <summary>Adds one frame's work (ring and core), µs; after the last timed one, sets and logs the period.</summary>
        public void Add(long workUs)
        {
            if (_timed >= FramesTimed)
            {
                return;
            }

            _workUs += workUs;
            _timed++;
            if (_timed == FramesTimed)
            {
                int average = (int)(_workUs / FramesTimed);
                _periodMs = FramePacing.PeriodMs(average, LampConfig.SpeakerFitted);
                Debug.WriteLine("frames: " + average.ToString() + " us of work each; period " + _periodMs.ToString() + " ms");
            }
        }
    }
}
