namespace RelaxLamp.Core.Time
{
    /// <summary>
    /// The frame period, from what a frame was measured to cost on this device at start-up: as fast
    /// as the driver allows with some room to spare, but not faster than 100 frames a second (the
    /// core gains nothing above it) and not slower than 20 (the slowest rate the core is made for).
    /// </summary>
    public static class FramePacing
    {
        /// <summary>Shortest frame period (100 frames a second).</summary>
        public const int MinPeriodMs = 10;

        /// <summary>Longest frame period (20 frames a second).</summary>
        public const int MaxPeriodMs = 50;

        /// <summary>
        /// Shortest frame period when the speaker is fitted (25 frames a second): the light's frames and
        /// the sound's decoding share the interpreter's 400,000 IL instructions a second
        /// (<see cref="Audio.ClipPlayer.DecodeBlocksPerSecond"/>).
        /// </summary>
        public const int SoundPeriodMs = 40;

        /// <summary>The period for <paramref name="frameWorkMicros"/> of work, never shorter than <see cref="SoundPeriodMs"/> with a speaker.</summary>
        public static int PeriodMs(int frameWorkMicros, bool speaker)
        {
            int ms = PeriodMs(frameWorkMicros);
            return speaker && ms < SoundPeriodMs ? SoundPeriodMs : ms;
        }

        /// <summary>
        /// The period for a frame whose work (ring update plus <see cref="Lamp.Step"/>) was measured at
        /// <paramref name="frameWorkMicros"/>: room left for the button's events, the GC and the odd
        /// slow frame (a quarter more, plus 2 ms), within 10 to 50 ms.
        /// </summary>
        public static int PeriodMs(int frameWorkMicros)
        {
            long work = frameWorkMicros < 0 ? 0 : frameWorkMicros;
            long ms = ((work * 5 / 4) + 999) / 1000 + 2;
            return ms < MinPeriodMs ? MinPeriodMs : ms > MaxPeriodMs ? MaxPeriodMs : (int)ms;
        }
    }
}
