namespace RelaxLamp.Core.Light
{
    /// <summary>
    /// The fixed order in which a ring's LEDs take their share of a dim light: LED order[0] is the
    /// first to get an extra code, then order[1], and so on. Each prefix of the order is spread
    /// evenly around the ring (golden-ratio steps), so a few lit LEDs never clump, and since the
    /// order never changes, a light that grows only ever adds LEDs: nothing wanders or sparkles.
    /// </summary>
    public static class SpreadOrder
    {
        private const int GoldenFraction = 40503; // (sqrt(5) - 1) / 2 * 65536

        /// <summary>Builds the order for a ring of <paramref name="count"/> LEDs (allocates: call once).</summary>
        public static int[] For(int count)
        {
            var order = new int[count];
            var used = new bool[count];
            for (int j = 0; j < count; j++)
            {
                int ideal = (int)((((long)j * GoldenFraction) & 0xFFFF) * count >> 16);
                int pos = ideal;

                // Nearest free LED to the ideal place, looking alternately ahead and behind.
                for (int d = 0; d < count; d++)
                {
                    int ahead = (ideal + d) % count;
                    if (!used[ahead])
                    {
                        pos = ahead;
                        break;
                    }

                    int behind = (ideal - d + count) % count;
                    if (!used[behind])
                    {
                        pos = behind;
                        break;
                    }
                }

                used[pos] = true;
                order[j] = pos;
            }

            return order;
        }
    }
}
