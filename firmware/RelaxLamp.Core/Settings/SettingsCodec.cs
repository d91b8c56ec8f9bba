namespace RelaxLamp.Core.Settings
{
    /// <summary>
    /// The settings as bytes: a versioned record with a sequence number and a CRC-32.
    /// </summary>
    /// <remarks>
    /// Layout of version 2 (18 bytes, little-endian):
    /// 0-1 magic "RL", 2 version (2), 3 payload length (10), 4-5 sequence,
    /// 6 length minutes, 7 dimmer position (1..255), 8-9 pace (milli-breaths/min), 10 ratio (hundredths),
    /// 11 palette, 12 flags (bit 0 audio on), 13 volume, 14-17 CRC-32 of bytes 0-13.
    /// Decoding never throws: anything short, corrupt, out of range or of an unknown version is
    /// simply not a record. Version 1 (the same bytes, with brightness 1, 2 or 3 at byte 7) still
    /// loads: its level becomes the dimmer position of that landmark, so a lamp keeps its light
    /// across the update.
    /// </remarks>
    public static class SettingsCodec
    {
        /// <summary>Bytes in a record (versions 1 and 2).</summary>
        public const int RecordSize = 18;

        /// <summary>The record version this code writes.</summary>
        public const byte Version = 2;

        /// <summary>The older record version still read: brightness as a level 1..3.</summary>
        public const byte VersionLevels = 1;

        private const byte MagicR = 0x52; // 'R'
        private const byte MagicL = 0x4C; // 'L'
        private const int PayloadSize = 10;
        private const int CrcOffset = 14;

        /// <summary>Writes <paramref name="settings"/> with <paramref name="sequence"/> into <paramref name="buffer"/> (at least <see cref="RecordSize"/> bytes).</summary>
        public static void Encode(LampSettings settings, int sequence, byte[] buffer)
        {
            if (buffer == null || buffer.Length < RecordSize)
            {
                throw new System.ArgumentException("buffer too small");
            }

            buffer[0] = MagicR;
            buffer[1] = MagicL;
            buffer[2] = Version;
            buffer[3] = PayloadSize;
            buffer[4] = (byte)sequence;
            buffer[5] = (byte)(sequence >> 8);
            buffer[6] = (byte)settings.LengthMinutes;
            buffer[7] = (byte)settings.Brightness;
            buffer[8] = (byte)settings.PaceTarget;
            buffer[9] = (byte)(settings.PaceTarget >> 8);
            buffer[10] = (byte)settings.Ratio;
            buffer[11] = (byte)settings.Palette;
            buffer[12] = (byte)(settings.AudioOn ? 1 : 0);
            buffer[13] = (byte)settings.Volume;
            uint crc = Crc32.Compute(buffer, 0, CrcOffset);
            buffer[14] = (byte)crc;
            buffer[15] = (byte)(crc >> 8);
            buffer[16] = (byte)(crc >> 16);
            buffer[17] = (byte)(crc >> 24);
        }

        /// <summary>
        /// Reads a record from the first <paramref name="length"/> bytes of <paramref name="data"/>
        /// into <paramref name="into"/>. Returns the record's sequence number (0..65535), or -1 when the
        /// bytes are not a valid record, in which case <paramref name="into"/> is left untouched.
        /// </summary>
        public static int Decode(byte[]? data, int length, LampSettings into)
        {
            if (data == null || length < RecordSize || length > data.Length)
            {
                return -1;
            }

            if (data[0] != MagicR || data[1] != MagicL || (data[2] != Version && data[2] != VersionLevels) || data[3] != PayloadSize)
            {
                return -1;
            }

            uint stored = (uint)(data[14] | (data[15] << 8) | (data[16] << 16) | (data[17] << 24));
            if (stored != Crc32.Compute(data, 0, CrcOffset) || (data[12] & 0xFE) != 0 || data[11] > 1)
            {
                return -1;
            }

            int lengthMinutes = data[6];
            int brightness = data[7];
            if (data[2] == VersionLevels)
            {
                if (brightness < 1 || brightness > 3)
                {
                    return -1;
                }

                brightness = Light.DimmerScale.OfLandmark(brightness);
            }

            int pace = data[8] | (data[9] << 8);
            int ratio = data[10];
            int volume = data[13];
            PaletteId palette = (PaletteId)data[11];
            bool audio = data[12] == 1;

            // Check a scratch copy first, so a bad record changes nothing.
            var probe = new LampSettings
            {
                LengthMinutes = lengthMinutes,
                Brightness = brightness,
                PaceTarget = pace,
                Ratio = ratio,
                Palette = palette,
                AudioOn = audio,
                Volume = volume,
            };
            if (!probe.IsValid || into == null)
            {
                return -1;
            }

            into.CopyFrom(probe);
            return data[4] | (data[5] << 8);
        }
    }
}
