namespace RelaxLamp.Engine
{
    /// <summary>The virtual clock's frame times: frame k at round(k × 1000 / fps) ms, exact in integers so nothing drifts.</summary>
    public static class FrameClock
    {
        /// <summary>Fewest frames a second the core is made for (see <c>Lamp</c>'s remarks).</summary>
        public const int MinFps = 20;

        /// <summary>Most frames a second the core is made for.</summary>
        public const int MaxFps = 100;

        /// <summary>The device's frame rate.</summary>
        public const int DefaultFps = 50;

        /// <summary>Time of frame <paramref name="frame"/> in ms since the first press (halves round up).</summary>
        public static long TimeOf(long frame, int fps) => ((frame * 2000) + fps) / (2L * fps);
    }
}
