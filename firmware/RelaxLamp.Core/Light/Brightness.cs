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
        public static int TopOutput(int brightness) => brightness <= 0 ? 0 : brightness == 1 ? 100 : brightness == 2 ? 300 : 1000;

        /// <summary>Output cap in hundredths of a percent.</summary>
        public const int CapOutput = 1500;

        /// <summary>The highest level the renderer will show: <see cref="Lightness"/> of <see cref="CapOutput"/>.</summary>
        // A constant, not Lightness.FromLinear(...) in a static initialiser: nanoCLR runs static
        // constructors eagerly in type-name order, so Brightness's would run before Lightness's table
        // exists (the start-up crash the interpreter found). The host tests check it against the formula.
        public const int CapLevel = 29905;

        // Lightness of TopOutput per level, precomputed for the same reason as CapLevel; checked by the host tests.
        private static readonly int[] TopLevels = { 0, 5888, 13133, 24798 };

        /// <summary>The level of the top of an in-breath at brightness <paramref name="brightness"/> (1..3, clamped).</summary>
        public static int TopLevel(int brightness) => TopLevels[brightness < 1 ? 1 : brightness > 3 ? 3 : brightness];

        /// <summary>Linear light on the <see cref="Lightness.ToLinear"/> scale of an output in hundredths of a percent.</summary>
        public static int Linear(int hundredthsOfPercent) => (int)((long)Lightness.LinearFull * hundredthsOfPercent / 10000);
    }
}
