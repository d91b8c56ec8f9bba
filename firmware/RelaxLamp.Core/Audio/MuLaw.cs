namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// 8-bit G.711 µ-law, the codec the device plays: one byte a sample, 16 KB a second at 16 kHz, and
    /// one table lookup a sample with the volume folded into the table (<see cref="BuildTable"/>).
    /// </summary>
    /// <remarks>
    /// The expansion is the standard's: invert the byte; sign bit 7, exponent bits 6–4, mantissa bits
    /// 3–0; magnitude ((mantissa × 8) + 132) × 2^exponent − 132. 0xFF and 0x7F are zero, so a clip
    /// padded with 0xFF ends in silence.
    /// </remarks>
    public static class MuLaw
    {
        /// <summary>The µ-law byte of silence (used to pad a clip's last block).</summary>
        public const byte Silence = 0xFF;

        /// <summary>The standard expansion of one µ-law byte to a 16-bit sample (−32124 … 32124).</summary>
        public static int Expand(int code)
        {
            int u = ~code & 0xFF;
            int magnitude = ((((u & 0x0F) << 3) + 0x84) << ((u >> 4) & 7)) - 0x84;
            return (u & 0x80) != 0 ? -magnitude : magnitude;
        }

        /// <summary>
        /// Fills the two 256-entry tables with the low and high bytes of every code's sample scaled by
        /// <paramref name="gainQ8"/>/256 (0 … 256; clamped), so playing a byte at that volume is two
        /// lookups into 16-bit little-endian output. Runs once a clip, not once a sample.
        /// </summary>
        public static void BuildTable(int gainQ8, byte[] low, byte[] high)
        {
            int gain = gainQ8 < 0 ? 0 : (gainQ8 > 256 ? 256 : gainQ8);
            for (int code = 0; code < 256; code++)
            {
                int v = (Expand(code) * gain) >> 8;
                low[code] = (byte)v;
                high[code] = (byte)(v >> 8);
            }
        }

        /// <summary>
        /// Expands <paramref name="count"/> µ-law bytes into 16-bit little-endian samples through tables from
        /// <see cref="BuildTable"/>. The loop is unrolled by eight (count is rounded up to a multiple of eight:
        /// the caller's buffers have room), which brings it to about 23 IL instructions a sample on nanoCLR:
        /// two loads and two stores a sample are all that is left.
        /// </summary>
        public static void ExpandInto(byte[] codes, int offset, int count, byte[] low, byte[] high, byte[] output, int outputOffset)
        {
            int end = offset + count;
            int j = outputOffset;
            for (int i = offset; i < end; i += 8)
            {
                int b = codes[i];
                output[j] = low[b];
                output[j + 1] = high[b];
                b = codes[i + 1];
                output[j + 2] = low[b];
                output[j + 3] = high[b];
                b = codes[i + 2];
                output[j + 4] = low[b];
                output[j + 5] = high[b];
                b = codes[i + 3];
                output[j + 6] = low[b];
                output[j + 7] = high[b];
                b = codes[i + 4];
                output[j + 8] = low[b];
                output[j + 9] = high[b];
                b = codes[i + 5];
                output[j + 10] = low[b];
                output[j + 11] = high[b];
                b = codes[i + 6];
                output[j + 12] = low[b];
                output[j + 13] = high[b];
                b = codes[i + 7];
                output[j + 14] = low[b];
                output[j + 15] = high[b];
                j += 16;
            }
        }

        /// <summary>Decodes µ-law bytes into 16-bit samples (host tools and tests; the player uses <see cref="ExpandInto"/>).</summary>
        /// <returns>Samples written, or a negative <see cref="ClipStatus"/>.</returns>
        public static int DecodeBlock(byte[] block, int offset, int count, short[] output, int outputOffset, int maxSamples)
        {
            if (!ClipDecoder.RangeOk(block, offset, count, output, outputOffset, maxSamples))
            {
                return (int)ClipStatus.BadArgument;
            }

            int samples = count < maxSamples ? count : maxSamples;
            if (samples > output.Length - outputOffset)
            {
                return (int)ClipStatus.BadArgument;
            }

            for (int i = 0; i < samples; i++)
            {
                output[outputOffset + i] = (short)Expand(block[offset + i]);
            }

            return samples;
        }
    }
}
