namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// The device's clip file format (<c>.rla</c>): a 20-byte header followed by fixed-size blocks that
    /// decode independently, so a player reads one block at a time into a small reused buffer.
    /// </summary>
    /// <remarks>
    /// Header, little-endian:
    /// <c>0</c> magic "RLAC"; <c>4</c> version (1); <c>5</c> codec id; <c>6</c> channels (1);
    /// <c>7</c> reserved (0); <c>8</c> sample rate (u32); <c>12</c> sample count (u32);
    /// <c>16</c> block size in bytes (u16); <c>18</c> CRC-16/CCITT of bytes 0–17 (u16).
    /// µ-law blocks hold one G.711 byte a sample (<see cref="MuLaw"/>), PCM blocks 16-bit little-endian
    /// samples, IMA-ADPCM blocks the WAV (Microsoft IMA) mono layout (<see cref="ImaAdpcm"/>). Every block
    /// has the same size; the last is padded and <see cref="ClipHeader.SampleCount"/> says where the clip
    /// ends. Nothing here throws on bad input: methods return a <see cref="ClipStatus"/>.
    /// </remarks>
    public static class ClipCodec
    {
        /// <summary>Bytes in the header.</summary>
        public const int HeaderSize = 20;

        /// <summary>The only format version this decoder reads.</summary>
        public const int Version = 1;

        /// <summary>Codec id of 16-bit little-endian PCM.</summary>
        public const int CodecPcm16 = 0;

        /// <summary>Codec id of 4-bit IMA-ADPCM.</summary>
        public const int CodecImaAdpcm = 1;

        /// <summary>Codec id of 8-bit G.711 µ-law: what the device plays (one table lookup a sample).</summary>
        public const int CodecMuLaw = 2;

        /// <summary>Default ADPCM block size: 505 samples, the WAV convention for 256-byte blocks.</summary>
        public const int DefaultAdpcmBlockSize = 256;

        /// <summary>Default PCM block size: 505 samples.</summary>
        public const int DefaultPcmBlockSize = 1010;

        /// <summary>Default µ-law block size: 512 samples, a whole number of which fills the player's ring.</summary>
        public const int DefaultMuLawBlockSize = 512;

        /// <summary>Largest block size accepted, which bounds a player's read buffer.</summary>
        public const int MaxBlockSize = 4096;

        /// <summary>Lowest sample rate accepted.</summary>
        public const int MinSampleRate = 4000;

        /// <summary>Highest sample rate accepted.</summary>
        public const int MaxSampleRate = 48000;

        /// <summary>Most samples a clip may hold (10 minutes at 48 kHz).</summary>
        public const int MaxSampleCount = 28800000;

        /// <summary>
        /// Reads and validates a header from <paramref name="data"/>. With <paramref name="count"/> covering
        /// the whole file, a file shorter than the header promises is reported as <see cref="ClipStatus.Truncated"/>;
        /// pass exactly <see cref="HeaderSize"/> to check the header alone.
        /// </summary>
        /// <param name="data">Bytes holding the header.</param>
        /// <param name="offset">Where the header starts.</param>
        /// <param name="count">Bytes available from <paramref name="offset"/>.</param>
        /// <param name="header">Filled in on success; left unspecified otherwise.</param>
        public static ClipStatus ParseHeader(byte[] data, int offset, int count, ClipHeader header)
        {
            if (data == null || header == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                return ClipStatus.BadArgument;
            }

            if (count < HeaderSize)
            {
                return ClipStatus.TooShort;
            }

            if (data[offset] != (byte)'R' || data[offset + 1] != (byte)'L' || data[offset + 2] != (byte)'A' || data[offset + 3] != (byte)'C')
            {
                return ClipStatus.BadMagic;
            }

            if (data[offset + 4] != Version)
            {
                return ClipStatus.BadVersion;
            }

            if (Crc16(data, offset, HeaderSize - 2) != ReadU16(data, offset + 18))
            {
                return ClipStatus.BadChecksum;
            }

            if (data[offset + 6] != 1 || data[offset + 7] != 0)
            {
                return ClipStatus.BadLayout;
            }

            ClipStatus status = SetFields(header, data[offset + 5], ReadI32(data, offset + 8), ReadI32(data, offset + 12), ReadU16(data, offset + 16));
            if (status != ClipStatus.Ok)
            {
                return status;
            }

            return count > HeaderSize && count - HeaderSize < header.DataLength ? ClipStatus.Truncated : ClipStatus.Ok;
        }

        /// <summary>Checks that a file of <paramref name="fileLength"/> bytes holds all the data <paramref name="header"/> describes.</summary>
        public static ClipStatus CheckFileLength(ClipHeader header, long fileLength)
        {
            if (header == null)
            {
                return ClipStatus.BadArgument;
            }

            return fileLength < header.FileLength ? ClipStatus.Truncated : ClipStatus.Ok;
        }

        /// <summary>
        /// Fills <paramref name="header"/> for a new clip, deriving the block layout. A
        /// <paramref name="blockSize"/> of 0 takes the codec's default.
        /// </summary>
        public static ClipStatus InitHeader(ClipHeader header, int codec, int sampleRate, int sampleCount, int blockSize)
        {
            if (header == null)
            {
                return ClipStatus.BadArgument;
            }

            if (blockSize == 0)
            {
                blockSize = codec == CodecImaAdpcm ? DefaultAdpcmBlockSize : codec == CodecMuLaw ? DefaultMuLawBlockSize : DefaultPcmBlockSize;
            }

            return SetFields(header, codec, sampleRate, sampleCount, blockSize);
        }

        /// <summary>Writes <paramref name="header"/> as <see cref="HeaderSize"/> bytes, checksum included.</summary>
        public static ClipStatus WriteHeader(ClipHeader header, byte[] output, int offset)
        {
            if (header == null || output == null || offset < 0 || offset > output.Length - HeaderSize)
            {
                return ClipStatus.BadArgument;
            }

            // Re-derive the layout so a header that would not parse is never written.
            ClipStatus status = SetFields(header, header.Codec, header.SampleRate, header.SampleCount, header.BlockSize);
            if (status != ClipStatus.Ok)
            {
                return status;
            }

            output[offset] = (byte)'R';
            output[offset + 1] = (byte)'L';
            output[offset + 2] = (byte)'A';
            output[offset + 3] = (byte)'C';
            output[offset + 4] = Version;
            output[offset + 5] = (byte)header.Codec;
            output[offset + 6] = 1;
            output[offset + 7] = 0;
            WriteI32(output, offset + 8, header.SampleRate);
            WriteI32(output, offset + 12, header.SampleCount);
            WriteU16(output, offset + 16, header.BlockSize);
            WriteU16(output, offset + 18, Crc16(output, offset, HeaderSize - 2));
            return ClipStatus.Ok;
        }

        /// <summary>
        /// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) over <paramref name="count"/> bytes from
        /// <paramref name="offset"/>. Bitwise rather than by table: it runs on 18 header bytes per clip.
        /// </summary>
        /// <returns>The CRC (0–65535), or <see cref="ClipStatus.BadArgument"/> as an int.</returns>
        public static int Crc16(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                return (int)ClipStatus.BadArgument;
            }

            int crc = 0xFFFF;
            for (int i = 0; i < count; i++)
            {
                crc ^= data[offset + i] << 8;
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
                }
            }

            return crc;
        }

        /// <summary>Samples one block of <paramref name="codec"/> holds at <paramref name="blockSize"/> bytes, or a negative status.</summary>
        public static int SamplesPerBlockOf(int codec, int blockSize)
        {
            if (codec == CodecPcm16)
            {
                return blockSize < 2 || blockSize > MaxBlockSize || (blockSize & 1) != 0 ? (int)ClipStatus.BadBlockSize : blockSize / 2;
            }

            if (codec == CodecImaAdpcm)
            {
                return blockSize < 5 || blockSize > MaxBlockSize ? (int)ClipStatus.BadBlockSize : 1 + ((blockSize - 4) * 2);
            }

            if (codec == CodecMuLaw)
            {
                return blockSize < 1 || blockSize > MaxBlockSize ? (int)ClipStatus.BadBlockSize : blockSize;
            }

            return (int)ClipStatus.BadCodec;
        }

        private static ClipStatus SetFields(ClipHeader header, int codec, int sampleRate, int sampleCount, int blockSize)
        {
            int samplesPerBlock = SamplesPerBlockOf(codec, blockSize);
            if (samplesPerBlock < 0)
            {
                return (ClipStatus)samplesPerBlock;
            }

            if (sampleRate < MinSampleRate || sampleRate > MaxSampleRate)
            {
                return ClipStatus.BadSampleRate;
            }

            if (sampleCount <= 0 || sampleCount > MaxSampleCount)
            {
                return ClipStatus.BadSampleCount;
            }

            int blocks = (sampleCount + samplesPerBlock - 1) / samplesPerBlock;
            long dataLength = (long)blocks * blockSize;
            if (dataLength > int.MaxValue - HeaderSize)
            {
                return ClipStatus.BadSampleCount;
            }

            header.Codec = codec;
            header.SampleRate = sampleRate;
            header.SampleCount = sampleCount;
            header.BlockSize = blockSize;
            header.SamplesPerBlock = samplesPerBlock;
            header.BlockCount = blocks;
            header.DataLength = (int)dataLength;
            return ClipStatus.Ok;
        }

        private static int ReadU16(byte[] data, int offset)
        {
            return data[offset] | (data[offset + 1] << 8);
        }

        private static int ReadI32(byte[] data, int offset)
        {
            return data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16) | (data[offset + 3] << 24);
        }

        private static void WriteU16(byte[] data, int offset, int value)
        {
            data[offset] = (byte)value;
            data[offset + 1] = (byte)(value >> 8);
        }

        private static void WriteI32(byte[] data, int offset, int value)
        {
            data[offset] = (byte)value;
            data[offset + 1] = (byte)(value >> 8);
            data[offset + 2] = (byte)(value >> 16);
            data[offset + 3] = (byte)(value >> 24);
        }
    }
}
