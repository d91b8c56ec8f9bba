namespace RelaxLamp.Core.Breath
{
    /// <summary>
    /// The soft curve every rise and fall follows: a raised cosine, (1 - cos(pi x)) / 2, read from a
    /// table. Its slope is zero at both ends, so the turns of a breath have no visible corner.
    /// </summary>
    public static class Ease
    {
        /// <summary>Full scale of <see cref="Curve"/>'s input and output.</summary>
        public const int One = 65535;

        // 65 samples of 65535 * (1 - cos(pi * i / 64)) / 2, computed once offline and checked
        // against the formula by the host tests. Linear interpolation between them.
        private static readonly int[] Table =
        {
            0, 39, 158, 355, 630, 982, 1411, 1915, 2494, 3146, 3869, 4662, 5522, 6448, 7438, 8488,
            9597, 10762, 11980, 13248, 14563, 15922, 17321, 18758, 20228, 21728, 23256, 24806,
            26375, 27960, 29556, 31160, 32767, 34375, 35979, 37575, 39160, 40729, 42279, 43807,
            45307, 46777, 48214, 49613, 50972, 52287, 53555, 54773, 55938, 57047, 58097, 59087,
            60013, 60873, 61666, 62389, 63041, 63620, 64124, 64553, 64905, 65180, 65377, 65496, 65535,
        };

        /// <summary>The eased value of <paramref name="x"/>, both on a 0..65535 scale (clamped).</summary>
        public static int Curve(int x)
        {
            if (x <= 0)
            {
                return 0;
            }

            if (x >= One)
            {
                return One;
            }

            // 64 segments of 1024 steps each (65536 / 64); x = 65535 is handled above.
            int i = x >> 10;
            int f = x & 1023;
            int a = Table[i];
            return a + (((Table[i + 1] - a) * f) >> 10);
        }

        /// <summary>The eased fraction of the way from <paramref name="start"/> to <paramref name="start"/> + <paramref name="duration"/>, 0..65535.</summary>
        public static int Progress(long now, long start, long duration)
        {
            if (duration <= 0 || now >= start + duration)
            {
                return One;
            }

            if (now <= start)
            {
                return 0;
            }

            return Curve((int)((now - start) * One / duration));
        }
    }
}
