namespace RelaxLamp.Core.Ring
{
    /// <summary>
    /// One RMT symbol as the ESP32's RMT memory holds it and as nanoFramework.Hardware.Esp32.Rmt 3.0.x
    /// sends it (<c>RmtSymbols.Serialize()</c>, <c>TransmitterChannel.SendData</c>): a 32-bit
    /// little-endian word, bits 0–14 the first half's duration in ticks, bit 15 its level, bits 16–30
    /// the second half's duration, bit 31 its level (ESP-IDF's <c>rmt_symbol_word_t</c>; the native
    /// <c>NativeRmtSymbolsToBytes</c> fills that union field by field and copies it byte for byte).
    /// </summary>
    public static class RmtWord
    {
        /// <summary>Bytes per symbol.</summary>
        public const int Size = 4;

        /// <summary>Longest duration a half can hold, in ticks (15 bits). A zero duration ends a transmission.</summary>
        public const int MaxDuration = 32767;

        /// <summary>Writes one symbol at <paramref name="at"/>.</summary>
        public static void Write(byte[] buffer, int at, int duration0, bool level0, int duration1, bool level1)
        {
            int low = (duration0 & MaxDuration) | (level0 ? 0x8000 : 0);
            int high = (duration1 & MaxDuration) | (level1 ? 0x8000 : 0);
            buffer[at] = (byte)low;
            buffer[at + 1] = (byte)(low >> 8);
            buffer[at + 2] = (byte)high;
            buffer[at + 3] = (byte)(high >> 8);
        }

        /// <summary>The first half's duration in ticks.</summary>
        public static int Duration0(byte[] buffer, int at)
        {
            return (buffer[at] | (buffer[at + 1] << 8)) & MaxDuration;
        }

        /// <summary>The first half's level.</summary>
        public static bool Level0(byte[] buffer, int at)
        {
            return (buffer[at + 1] & 0x80) != 0;
        }

        /// <summary>The second half's duration in ticks.</summary>
        public static int Duration1(byte[] buffer, int at)
        {
            return (buffer[at + 2] | (buffer[at + 3] << 8)) & MaxDuration;
        }

        /// <summary>The second half's level.</summary>
        public static bool Level1(byte[] buffer, int at)
        {
            return (buffer[at + 3] & 0x80) != 0;
        }
    }
}
