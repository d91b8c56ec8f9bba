namespace RelaxLamp.Core.Light
{
    /// <summary>
    /// The lamp's perceptual scale. A level is CIE L* (perceived lightness) of the ring's total
    /// output, 0 (dark) to 65535 (L* 100: the whole ring at full). Fades and breaths move evenly on
    /// this scale, so they look even; the renderer turns a level into light with <see cref="ToLinear"/>.
    /// </summary>
    public static class Lightness
    {
        /// <summary>Level of the ring's full output.</summary>
        public const int Full = 65535;

        /// <summary>Linear light at full output on the <see cref="ToLinear"/> scale (2^24).</summary>
        public const int LinearFull = 1 << 24;

        // Linear light Y * 2^24 at L* = 100 * i / 128 (CIE 1976: Y = ((L*+16)/116)^3 above L* 8,
        // L*/903.3 below), computed offline and checked against the formula by the host tests.
        private static readonly int[] Table =
        {
            0, 14510, 29021, 43531, 58042, 72552, 87062, 101573, 116083, 130594, 145104, 159890,
            175616, 192341, 210096, 228911, 248817, 269845, 292026, 315390, 339968, 365790, 392889,
            421293, 451035, 482145, 514653, 548590, 583988, 620876, 659286, 699249, 740794, 783953,
            828757, 875236, 923422, 973344, 1025034, 1078522, 1133839, 1191016, 1250084, 1311073,
            1374014, 1438938, 1505875, 1574857, 1645915, 1719077, 1794377, 1871844, 1951509,
            2033403, 2117557, 2204001, 2292766, 2383883, 2477382, 2573295, 2671652, 2772484,
            2875822, 2981696, 3090137, 3201176, 3314844, 3431171, 3550188, 3671926, 3796416,
            3923688, 4053774, 4186703, 4322507, 4461216, 4602861, 4747474, 4895084, 5045722,
            5199420, 5356208, 5516116, 5679175, 5845417, 6014872, 6187570, 6363543, 6542821,
            6725435, 6911416, 7100794, 7293600, 7489865, 7689620, 7892895, 8099722, 8310130,
            8524151, 8741816, 8963155, 9188199, 9416978, 9649524, 9885867, 10126038, 10370068,
            10617987, 10869826, 11125617, 11385389, 11649173, 11917001, 12188903, 12464909,
            12745051, 13029359, 13317864, 13610597, 13907589, 14208869, 14514470, 14824421,
            15138754, 15457499, 15780687, 16108348, 16440515, 16777216,
        };

        /// <summary>Linear light (fraction of full output times 2^24) of a level (clamped to 0..65535).</summary>
        public static int ToLinear(int level)
        {
            if (level <= 0)
            {
                return 0;
            }

            if (level >= Full)
            {
                return LinearFull;
            }

            // 128 segments of 512 levels (65536 / 128).
            int i = level >> 9;
            int f = level & 511;
            int a = Table[i];
            return a + (int)(((long)(Table[i + 1] - a) * f) >> 9);
        }

        /// <summary>The level whose linear light is <paramref name="linear"/> (inverse of <see cref="ToLinear"/>, by bisection; not for the per-frame path).</summary>
        public static int FromLinear(int linear)
        {
            int lo = 0;
            int hi = Full;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >> 1;
                if (ToLinear(mid) <= linear)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return lo;
        }

        /// <summary>
        /// The level whose linear light is <paramref name="linear"/>: the same answer as
        /// <see cref="FromLinear"/> (the highest level at or below that light), found in the table's
        /// 128 segments in a few steps, so it may run every frame.
        /// </summary>
        public static int OfLinear(int linear)
        {
            if (linear <= 0)
            {
                return 0;
            }

            if (linear >= LinearFull)
            {
                return Full;
            }

            // The segment whose start is at or below the light: Table[lo] <= linear < Table[lo + 1].
            int lo = 0;
            int hi = 128;
            while (hi - lo > 1)
            {
                int mid = (lo + hi) >> 1;
                if (Table[mid] <= linear)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            int a = Table[lo];
            int level = (lo << 9) + (int)(((long)(linear - a) << 9) / (Table[lo + 1] - a));

            // ToLinear rounds down inside a segment; step to the highest level it maps at or below the light.
            while (level < Full && ToLinear(level + 1) <= linear)
            {
                level++;
            }

            while (level > 0 && ToLinear(level) > linear)
            {
                level--;
            }

            return level;
        }

        /// <summary>
        /// The level whose light is the light of <paramref name="top"/> times the light of
        /// <paramref name="relative"/> (a level read on a scale where <paramref name="top"/> is 100):
        /// how a scene, drawn in lightness relative to the breath's top, becomes the ring's level.
        /// </summary>
        public static int Times(int top, int relative)
        {
            long light = ((long)ToLinear(top) * ToLinear(relative)) >> 24;
            return OfLinear((int)light);
        }

        /// <summary>Scales a level by a 0..65535 factor (<paramref name="a"/> * <paramref name="b"/> / 65535).</summary>
        public static int Scale(int a, int b) => (int)(((long)a * b + 32767) / 65535);
    }
}
