namespace RelaxLamp.Core.Scenes
{
    /// <summary>
    /// What the ring shows while a hold turns the sound dial at the start: a steady glow of the whole
    /// ring, no pulses (so it cannot be taken for a length), lower for quieter: relative L* 20 for
    /// off, 45, 65 and 85 for volumes 1 to 3. The sound itself (a chime at the new volume) is the confirmation.
    /// </summary>
    public static class DialScene
    {
        /// <summary>The glow moves to a new step over this long.</summary>
        public const int GlideMs = 600;

        /// <summary>The relative lightness of dial step <paramref name="step"/> (0 = off, 1..3 = volume).</summary>
        public static int At(int step) => step <= 0 ? 13107 : step == 1 ? 29491 : step == 2 ? 42598 : 55705;
    }
}
