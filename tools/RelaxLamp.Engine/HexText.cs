using System;

namespace RelaxLamp.Engine
{
    /// <summary>Bytes as lowercase hex, written into a caller's buffer (no allocation).</summary>
    public static class HexText
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>Writes <paramref name="bytes"/> as 2 hex digits each into <paramref name="into"/>; returns the chars written.</summary>
        public static int Write(ReadOnlySpan<byte> bytes, Span<char> into)
        {
            if (into.Length < bytes.Length * 2)
            {
                throw new ArgumentException("buffer too small", nameof(into));
            }

            for (int i = 0; i < bytes.Length; i++)
            {
                into[2 * i] = Digits[bytes[i] >> 4];
                into[(2 * i) + 1] = Digits[bytes[i] & 15];
            }

            return bytes.Length * 2;
        }
    }
}
