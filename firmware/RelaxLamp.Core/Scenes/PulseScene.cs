using RelaxLamp.Core.Breath;

namespace RelaxLamp.Core.Scenes
{
    /// <summary>
    /// The start: the session's length as 1, 2 or 3 slow pulses of the whole ring (10, 15, 20 min),
    /// then a dark pause before the first breath. Pulses with dark between them look nothing like a
    /// breath (which never goes dark), and a count reads through a diffuser where an arc does not.
    /// </summary>
    /// <remarks>
    /// A pure function of the time since the pulses began, in lightness relative to the breath's top
    /// (0..65535 = relative L* 0..100). Each pulse rises over <see cref="RiseMs"/> on the ease, so the
    /// first light after a press stays under relative L* 15 for its first 300 ms.
    /// </remarks>
    public static class PulseScene
    {
        /// <summary>A pulse rises over this long.</summary>
        public const int RiseMs = 1200;

        /// <summary>A pulse falls over this long.</summary>
        public const int FallMs = 1200;

        /// <summary>Dark between two pulses.</summary>
        public const int GapMs = 700;

        /// <summary>Dark after the last pulse, before the first breath: the moment to change the choice ends here.</summary>
        public const int PauseMs = 2000;

        private const int PeriodMs = RiseMs + FallMs + GapMs;

        /// <summary>The relative lightness <paramref name="sinceMs"/> after the pulses began, for <paramref name="count"/> pulses.</summary>
        public static int At(long sinceMs, int count)
        {
            if (sinceMs <= 0)
            {
                return 0;
            }

            long k = sinceMs / PeriodMs;
            if (k >= count)
            {
                return 0;
            }

            long into = sinceMs - (k * PeriodMs);
            if (into < RiseMs)
            {
                return Ease.Progress(into, 0, RiseMs);
            }

            return into < RiseMs + FallMs ? Ease.One - Ease.Progress(into, RiseMs, FallMs) : 0;
        }

        /// <summary>From the first pulse's start to the end of the pause after the last.</summary>
        public static int LengthMs(int count) => (count * PeriodMs) - GapMs + PauseMs;

        /// <summary>The number of pulses for a session of <paramref name="minutes"/>: 1, 2 or 3.</summary>
        public static int CountFor(int minutes) => minutes <= 10 ? 1 : minutes <= 15 ? 2 : 3;
    }
}
