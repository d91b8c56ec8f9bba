namespace RelaxLamp.Core.Light
{
    /// <summary>
    /// Writes the ring's bytes (GRB per LED, as WS2812 LEDs expect) for a level of light, spread
    /// over the LEDs so that the total light moves in steps of one code of one LED.
    /// </summary>
    /// <remarks>
    /// A level becomes a budget of codes for the zone (16-bit-plus precision), split by the palette
    /// into channel totals. Green and blue are rounded down first and red fills the remaining light:
    /// one green code is 1.7 times the light of a red one, so the total light stays within half a
    /// red code of the asked-for curve, at the dark end too. Each channel total is then shared out:
    /// every LED gets the even part, and the remainder goes one code each to LEDs in the fixed
    /// <see cref="SpreadOrder"/>. No allocation after construction.
    /// </remarks>
    public sealed class RingRenderer
    {
        /// <summary>Fewest LEDs on a ring.</summary>
        public const int MinLeds = 8;

        /// <summary>Most LEDs on a ring.</summary>
        public const int MaxLeds = 60;

        private readonly int[] _order;
        private readonly int[] _orderBytes;
        private readonly int _frameBytes;
        private Palette _palette = Palette.Warm;

        /// <summary>Creates a renderer for a ring of <paramref name="ledCount"/> LEDs (8 to 60).</summary>
        public RingRenderer(int ledCount)
        {
            if (ledCount < MinLeds || ledCount > MaxLeds)
            {
                throw new System.ArgumentOutOfRangeException(nameof(ledCount));
            }

            LedCount = ledCount;
            _frameBytes = ledCount * 3;
            _order = SpreadOrder.For(ledCount);
            _orderBytes = new int[ledCount];
            for (int j = 0; j < ledCount; j++)
            {
                _orderBytes[j] = _order[j] * 3;
            }
        }

        /// <summary>LEDs on the ring.</summary>
        public int LedCount { get; }

        /// <summary>Bytes in a frame: 3 per LED.</summary>
        public int FrameBytes => _frameBytes;

        /// <summary>The colour of the light.</summary>
        public Palette Palette
        {
            get => _palette;
            set => _palette = value ?? Palette.Warm;
        }

        /// <summary>Linear light of <see cref="Brightness.CapLevel"/> (<see cref="Lightness.ToLinear"/>(29905)), written out: the host tests check it.</summary>
        public const int CapLinear = 2516533;

        /// <summary>Sets every byte of the frame to 0 (dark).</summary>
        public void Clear(byte[] grb) => System.Array.Clear(grb, 0, _frameBytes);

        /// <summary>
        /// Fills the <paramref name="count"/> LEDs from <paramref name="first"/> with light of
        /// <paramref name="level"/> (0..65535, capped at <see cref="Brightness.CapLevel"/>).
        /// </summary>
        public void Fill(byte[] grb, int first, int count, int level)
        {
            if (count <= 0)
            {
                return;
            }

            if (level > Brightness.CapLevel)
            {
                level = Brightness.CapLevel;
            }

            FillLinear(grb, first, count, Lightness.ToLinear(level));
        }

        /// <summary>
        /// Fills the <paramref name="count"/> LEDs from <paramref name="first"/> with <paramref name="linear"/>
        /// light (<see cref="Lightness.ToLinear"/>'s scale, 2^24 = full; capped at <see cref="CapLinear"/>):
        /// for a caller that already has the light, so it is not turned into a level and back every frame.
        /// </summary>
        public void FillLinear(byte[] grb, int first, int count, int linear)
        {
            if (count <= 0)
            {
                return;
            }

            if (linear > CapLinear)
            {
                linear = CapLinear;
            }

            // Code budget of the zone times 256: linear light (2^24 = full) × count × 765 / 2^16.
            long budget = (linear < 0 ? 0L : ((long)linear * count * 765)) >> 16;
            Palette p = _palette;
            int green = (int)((budget * p.GreenShare) >> 24);
            int blue = (int)((budget * p.BlueShare) >> 24);
            long light = (budget * p.LightPerCode) >> 16;
            int red = (int)((light - ((long)green * Palette.GreenLight) - ((long)blue * Palette.BlueLight) + 128) >> 8);
            int max = count * 255;
            red = red < 0 ? 0 : red > max ? max : red;
            green = green > max ? max : green;
            blue = blue > max ? max : blue;

            int redBase = red / count;
            int greenBase = green / count;
            int blueBase = blue / count;
            int redExtra = red - (redBase * count);
            int greenExtra = green - (greenBase * count);
            int blueExtra = blue - (blueBase * count);

            // Every LED of the zone gets the even part…
            byte g = (byte)greenBase;
            byte r = (byte)redBase;
            byte b = (byte)blueBase;
            int end = (first + count) * 3;
            for (int at = first * 3; at < end; at += 3)
            {
                grb[at] = g;
                grb[at + 1] = r;
                grb[at + 2] = b;
            }

            // …and the remainders go one code each to the zone's first LEDs in the spread order
            // (for the whole ring, the common case, straight down the order one channel at a time).
            if (count == LedCount)
            {
                int[] order = _orderBytes;
                for (int j = 0; j < greenExtra; j++)
                {
                    grb[order[j]]++;
                }

                for (int j = 0; j < redExtra; j++)
                {
                    grb[order[j] + 1]++;
                }

                for (int j = 0; j < blueExtra; j++)
                {
                    grb[order[j] + 2]++;
                }

                return;
            }

            int most = redExtra > greenExtra ? redExtra : greenExtra;
            most = blueExtra > most ? blueExtra : most;
            int last = first + count;
            int rank = 0;
            for (int j = 0; rank < most; j++)
            {
                int led = _order[j];
                if (led < first || led >= last)
                {
                    continue;
                }

                int at = led * 3;
                if (rank < greenExtra)
                {
                    grb[at]++;
                }

                if (rank < redExtra)
                {
                    grb[at + 1]++;
                }

                if (rank < blueExtra)
                {
                    grb[at + 2]++;
                }

                rank++;
            }
        }
    }
}
