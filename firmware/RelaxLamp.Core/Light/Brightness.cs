namespace RelaxLamp.Core.Light
{
    /// <summary>
    /// The three brightness levels as the level of the top of an in-breath, and the cap no output
    /// ever exceeds. Output is measured as the sum of all channel codes over the ring's maximum
    /// (LEDs × 3 × 255): about 1% at level 1 (night), 3% at level 2, 10% at level 3, 15% cap.
    /// </summary>
    public static class Brightness
    {
        /// <summary>Output fraction at the top of a breath per level, in hundredths of a percent (index = level).</summary>
        private static readonly int[] TopOutput = { 0, 100, 300, 1000 };

        /// <summary>Output cap in hundredths of a percent.</summary>
        public const int CapOutput = 1500;

        private static readonly int[] TopLevels =
        {
            0,
            Lightness.FromLinear(Linear(TopOutput[1])),
            Lightness.FromLinear(Linear(TopOutput[2])),
            Lightness.FromLinear(Linear(TopOutput[3])),
        };

        /// <summary>The highest level the renderer will show.</summary>
        public static readonly int CapLevel = Lightness.FromLinear(Linear(CapOutput));

        /// <summary>The level of the top of an in-breath at brightness <paramref name="brightness"/> (1..3, clamped).</summary>
        public static int TopLevel(int brightness) => TopLevels[brightness < 1 ? 1 : brightness > 3 ? 3 : brightness];

        private static int Linear(int hundredthsOfPercent) => (int)((long)Lightness.LinearFull * hundredthsOfPercent / 10000);
    }
}
