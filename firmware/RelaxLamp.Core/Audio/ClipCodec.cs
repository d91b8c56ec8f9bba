namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// The parsed header of a clip file (<c>.rla</c>). Filled in place by
    /// <see cref="ClipCodec.ParseHeader"/> or <see cref="ClipCodec.InitHeader"/>, so one instance can be
    /// reused for every clip without allocating.
    /// </summary>
    public sealed class ClipHeader
    {
        /// <summary>Codec id: <see cref="ClipCodec.CodecPcm16"/> or <see cref="ClipCodec.CodecImaAdpcm"/>.</summary>
        public int Codec { get; internal set; }

        /// <summary>Samples per second.</summary>
        public int SampleRate { get; internal set; }

        /// <summary>Number of valid samples in the clip (the last block may hold padding beyond it).</summary>
        public int SampleCount { get; internal set; }

        /// <summary>Bytes per encoded block; every block, the last included, has this size.</summary>
        public int BlockSize { get; internal set; }

        /// <summary>Samples decoded from one full block.</summary>
        public int SamplesPerBlock { get; internal set; }

        /// <summary>Number of blocks after the header.</summary>
        public int BlockCount { get; internal set; }

        /// <summary>Bytes after the header: <see cref="BlockCount"/> × <see cref="BlockSize"/>.</summary>
        public int DataLength { get; internal set; }

        /// <summary>Whole file size: <see cref="ClipCodec.HeaderSize"/> + <see cref="DataLength"/>.</summary>
        public int FileLength
        {
            get { return ClipCodec.HeaderSize + DataLength; }
        }

        /// <summary>Clip length in milliseconds, rounded down.</summary>
        public int DurationMs
        {
            get { return SampleRate <= 0 ? 0 : (int)((long)SampleCount * 1000 / SampleRate); }
        }

        /// <summary>Valid samples in block <paramref name="blockIndex"/>, or a negative status if there is no such block.</summary>
        public int SamplesInBlock(int blockIndex)
        {
            if (blockIndex < 0 || blockIndex >= BlockCount)
            {
                return ClipCodec.ErrorArgument;
            }

            int left = SampleCount - blockIndex * SamplesPerBlock;
            return left < SamplesPerBlock ? left : SamplesPerBlock;
        }
    }

    /// <summary>
    /// The device's clip format and its decoder. A clip is a 20-byte header followed by fixed-size blocks
    /// that decode independently, so a player reads one block at a time into a small reused buffer.
    /// </summary>
    /// <remarks>
    /// Header, little-endian:
    /// <c>0</c> magic "RLAC"; <c>4</c> version (1); <c>5</c> codec id; <c>6</c> channels (1);
    /// <c>7</c> reserved (0); <c>8</c> sample rate (u32); <c>12</c> sample count (u32);
    /// <c>16</c> block size in bytes (u16); <c>18</c> CRC-16/CCITT of bytes 0–17 (u16).
    /// PCM blocks hold 16-bit little-endian samples. IMA-ADPCM blocks follow the WAV (Microsoft IMA)
    /// mono layout: first sample (i16), step index (u8), reserved (u8), then 4-bit codes, low nibble
    /// first. Every block has the same size; the last is padded and <see cref="ClipHeader.SampleCount"/>
    /// says where the clip ends. Nothing here throws on bad input: methods return a negative status.
    /// A player: <see cref="ParseHeader"/> on the first 20 bytes, <see cref="CheckFileLength"/>, then for each
    /// block read <see cref="ClipHeader.BlockSize"/> bytes into one reused buffer and call
    /// <see cref="DecodeBlockToPcm16Le"/> into one reused I2S buffer of 2 × <see cref="ClipHeader.SamplesPerBlock"/> bytes.
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

        /// <summary>Default ADPCM block size: 505 samples, the WAV convention for 256-byte blocks.</summary>
        public const int DefaultAdpcmBlockSize = 256;

        /// <summary>Default PCM block size: also 505 samples, so a player needs one output buffer size.</summary>
        public const int DefaultPcmBlockSize = 1010;

        /// <summary>Largest block size accepted, which bounds a player's read buffer.</summary>
        public const int MaxBlockSize = 4096;

        /// <summary>Lowest sample rate accepted.</summary>
        public const int MinSampleRate = 4000;

        /// <summary>Highest sample rate accepted.</summary>
        public const int MaxSampleRate = 48000;

        /// <summary>Most samples a clip may hold (10 minutes at 48 kHz).</summary>
        public const int MaxSampleCount = 28800000;

        /// <summary>Success.</summary>
        public const int Ok = 0;

        /// <summary>Fewer bytes than a header.</summary>
        public const int ErrorTooShort = -1;

        /// <summary>The magic bytes are not "RLAC".</summary>
        public const int ErrorMagic = -2;

        /// <summary>Unknown format version.</summary>
        public const int ErrorVersion = -3;

        /// <summary>Unknown codec id.</summary>
        public const int ErrorCodec = -4;

        /// <summary>Channels is not 1 or the reserved byte is not 0.</summary>
        public const int ErrorLayout = -5;

        /// <summary>Sample rate out of range.</summary>
        public const int ErrorSampleRate = -6;

        /// <summary>Sample count is zero or out of range.</summary>
        public const int ErrorSampleCount = -7;

        /// <summary>Block size does not suit the codec.</summary>
        public const int ErrorBlockSize = -8;

        /// <summary>Header CRC mismatch.</summary>
        public const int ErrorChecksum = -9;

        /// <summary>The file is shorter than its header says.</summary>
        public const int ErrorTruncated = -10;

        /// <summary>A null buffer, an offset or length out of range, or an output buffer too small.</summary>
        public const int ErrorArgument = -11;

        /// <summary>An ADPCM block header holds a step index above 88.</summary>
        public const int ErrorBadBlock = -12;

        /// <summary>Highest IMA step index.</summary>
        public const int MaxStepIndex = 88;

        // The standard IMA-ADPCM tables (IMA Digital Audio Focus and Technical Working Groups, 1992).
        private static readonly short[] StepTable = new short[]
        {
            7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
            50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307,
            337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
            2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899,
            15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
        };

        private static readonly sbyte[] IndexTable = new sbyte[]
        {
            -1, -1, -1, -1, 2, 4, 6, 8,
            -1, -1, -1, -1, 2, 4, 6, 8,
        };

        // nanoCLR interprets IL, so the per-sample work is cut to two lookups: the difference magnitude and the
        // next step index for every (index, 3-bit magnitude code) pair, built once (89 × 8 entries, 3.5 KB).
        private static readonly int[] DiffTable = BuildDiffTable();
        private static readonly byte[] NextIndexTable = BuildNextIndexTable();

        /// <summary>
        /// Reads and validates a header from <paramref name="data"/>. With <paramref name="count"/> covering
        /// the whole file, a file shorter than the header promises is reported as <see cref="ErrorTruncated"/>;
        /// pass exactly <see cref="HeaderSize"/> to check the header alone.
        /// </summary>
        /// <param name="data">Bytes holding the header.</param>
        /// <param name="offset">Where the header starts.</param>
        /// <param name="count">Bytes available from <paramref name="offset"/>.</param>
        /// <param name="header">Filled in on success; left unspecified otherwise.</param>
        /// <returns><see cref="Ok"/> or a negative status.</returns>
        public static int ParseHeader(byte[] data, int offset, int count, ClipHeader header)
        {
            if (data == null || header == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                return ErrorArgument;
            }

            if (count < HeaderSize)
            {
                return ErrorTooShort;
            }

            if (data[offset] != (byte)'R' || data[offset + 1] != (byte)'L' || data[offset + 2] != (byte)'A' || data[offset + 3] != (byte)'C')
            {
                return ErrorMagic;
            }

            if (data[offset + 4] != Version)
            {
                return ErrorVersion;
            }

            if (Crc16(data, offset, HeaderSize - 2) != ReadU16(data, offset + 18))
            {
                return ErrorChecksum;
            }

            if (data[offset + 6] != 1 || data[offset + 7] != 0)
            {
                return ErrorLayout;
            }

            int status = SetFields(header, data[offset + 5], ReadI32(data, offset + 8), ReadI32(data, offset + 12), ReadU16(data, offset + 16));
            if (status != Ok)
            {
                return status;
            }

            if (count > HeaderSize && count - HeaderSize < header.DataLength)
            {
                return ErrorTruncated;
            }

            return Ok;
        }

        /// <summary>Checks that a file of <paramref name="fileLength"/> bytes holds all the data <paramref name="header"/> describes.</summary>
        /// <returns><see cref="Ok"/>, <see cref="ErrorTruncated"/> or <see cref="ErrorArgument"/>.</returns>
        public static int CheckFileLength(ClipHeader header, long fileLength)
        {
            if (header == null)
            {
                return ErrorArgument;
            }

            return fileLength < header.FileLength ? ErrorTruncated : Ok;
        }

        /// <summary>
        /// Fills <paramref name="header"/> for a new clip, deriving the block layout. A
        /// <paramref name="blockSize"/> of 0 takes the codec's default.
        /// </summary>
        /// <returns><see cref="Ok"/> or a negative status.</returns>
        public static int InitHeader(ClipHeader header, int codec, int sampleRate, int sampleCount, int blockSize)
        {
            if (header == null)
            {
                return ErrorArgument;
            }

            if (blockSize == 0)
            {
                blockSize = codec == CodecImaAdpcm ? DefaultAdpcmBlockSize : DefaultPcmBlockSize;
            }

            return SetFields(header, codec, sampleRate, sampleCount, blockSize);
        }

        /// <summary>Writes <paramref name="header"/> as <see cref="HeaderSize"/> bytes, checksum included.</summary>
        /// <returns><see cref="Ok"/> or a negative status.</returns>
        public static int WriteHeader(ClipHeader header, byte[] output, int offset)
        {
            if (header == null || output == null || offset < 0 || offset > output.Length - HeaderSize)
            {
                return ErrorArgument;
            }

            // Re-derive the layout so a header that would not parse is never written.
            int status = SetFields(header, header.Codec, header.SampleRate, header.SampleCount, header.BlockSize);
            if (status != Ok)
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
            return Ok;
        }

        /// <summary>
        /// Decodes block <paramref name="blockIndex"/> of a clip into <paramref name="output"/>, stopping at the
        /// clip's end. <paramref name="count"/> must be at least <see cref="ClipHeader.BlockSize"/>.
        /// </summary>
        /// <returns>Samples written (0 to <see cref="ClipHeader.SamplesPerBlock"/>), or a negative status.</returns>
        public static int DecodeBlock(ClipHeader header, int blockIndex, byte[] block, int offset, int count, short[] output, int outputOffset)
        {
            int samples = BlockSamples(header, blockIndex, count);
            if (samples < 0)
            {
                return samples;
            }

            if (header.Codec == CodecImaAdpcm)
            {
                return DecodeAdpcmBlock(block, offset, header.BlockSize, output, outputOffset, samples);
            }

            return DecodePcmBlock(block, offset, header.BlockSize, output, outputOffset, samples);
        }

        /// <summary>
        /// Decodes block <paramref name="blockIndex"/> straight into 16-bit little-endian bytes for the I2S
        /// amplifier, scaled by <paramref name="gainQ8"/>/256 and clamped: one pass per sample instead of a
        /// decode pass and a copy pass. At unity gain a PCM block is a plain array copy.
        /// </summary>
        /// <param name="header">The clip's header.</param>
        /// <param name="blockIndex">Block to decode.</param>
        /// <param name="block">The block's bytes as read from the file.</param>
        /// <param name="offset">Where the block starts.</param>
        /// <param name="count">Bytes available (at least <see cref="ClipHeader.BlockSize"/>).</param>
        /// <param name="gainQ8">Gain in 1/256 steps: 256 is unity, 0 is silence, at most 1024.</param>
        /// <param name="output">Caller-owned buffer with room for 2 × <see cref="ClipHeader.SamplesPerBlock"/> bytes.</param>
        /// <param name="outputOffset">First byte to write.</param>
        /// <returns>Samples written (bytes written ÷ 2), or a negative status.</returns>
        public static int DecodeBlockToPcm16Le(ClipHeader header, int blockIndex, byte[] block, int offset, int count, int gainQ8, byte[] output, int outputOffset)
        {
            int samples = BlockSamples(header, blockIndex, count);
            if (samples < 0)
            {
                return samples;
            }

            if (block == null || output == null || offset < 0 || offset > block.Length - header.BlockSize
                || outputOffset < 0 || outputOffset > output.Length - 2 * samples || gainQ8 < 0 || gainQ8 > 1024)
            {
                return ErrorArgument;
            }

            if (header.Codec == CodecPcm16)
            {
                if (gainQ8 == 256)
                {
                    System.Array.Copy(block, offset, output, outputOffset, 2 * samples);
                    return samples;
                }

                for (int i = 0; i < samples; i++)
                {
                    int p = offset + 2 * i;
                    int v = ((short)(block[p] | (block[p + 1] << 8)) * gainQ8) >> 8;
                    v = v > 32767 ? 32767 : (v < -32768 ? -32768 : v);
                    output[outputOffset + 2 * i] = (byte)v;
                    output[outputOffset + 2 * i + 1] = (byte)(v >> 8);
                }

                return samples;
            }

            int index = block[offset + 2];
            if (index > MaxStepIndex)
            {
                return ErrorBadBlock;
            }

            int[] diffs = DiffTable;
            byte[] next = NextIndexTable;
            int predictor = (short)(block[offset] | (block[offset + 1] << 8));
            int o = outputOffset;
            int y = (predictor * gainQ8) >> 8;
            y = y > 32767 ? 32767 : (y < -32768 ? -32768 : y);
            output[o] = (byte)y;
            output[o + 1] = (byte)(y >> 8);
            o += 2;
            int codes = offset + 4;
            for (int i = 1; i < samples; i++)
            {
                int b = block[codes + ((i - 1) >> 1)];
                int code = ((i & 1) == 1) ? (b & 0x0F) : (b >> 4);
                int key = (index << 3) | (code & 7);
                predictor = (code & 8) != 0 ? predictor - diffs[key] : predictor + diffs[key];
                predictor = predictor > 32767 ? 32767 : (predictor < -32768 ? -32768 : predictor);
                index = next[key];
                y = (predictor * gainQ8) >> 8;
                y = y > 32767 ? 32767 : (y < -32768 ? -32768 : y);
                output[o] = (byte)y;
                output[o + 1] = (byte)(y >> 8);
                o += 2;
            }

            return samples;
        }

        /// <summary>Copies 16-bit little-endian PCM into <paramref name="output"/>.</summary>
        /// <param name="block">Encoded bytes.</param>
        /// <param name="offset">Where the block starts.</param>
        /// <param name="count">Bytes in the block.</param>
        /// <param name="output">Caller-owned sample buffer.</param>
        /// <param name="outputOffset">First sample to write.</param>
        /// <param name="maxSamples">Most samples to write.</param>
        /// <returns>Samples written, or a negative status.</returns>
        public static int DecodePcmBlock(byte[] block, int offset, int count, short[] output, int outputOffset, int maxSamples)
        {
            if (!RangeOk(block, offset, count, output, outputOffset, maxSamples))
            {
                return ErrorArgument;
            }

            int samples = count / 2;
            if (samples > maxSamples)
            {
                samples = maxSamples;
            }

            if (samples > output.Length - outputOffset)
            {
                return ErrorArgument;
            }

            for (int i = 0; i < samples; i++)
            {
                int p = offset + 2 * i;
                output[outputOffset + i] = (short)(block[p] | (block[p + 1] << 8));
            }

            return samples;
        }

        /// <summary>Decodes one mono IMA-ADPCM block (4-byte block header, then two codes a byte, low nibble first).</summary>
        /// <param name="block">Encoded bytes.</param>
        /// <param name="offset">Where the block starts.</param>
        /// <param name="count">Bytes in the block (at least 4).</param>
        /// <param name="output">Caller-owned sample buffer.</param>
        /// <param name="outputOffset">First sample to write.</param>
        /// <param name="maxSamples">Most samples to write.</param>
        /// <returns>Samples written, or a negative status.</returns>
        public static int DecodeAdpcmBlock(byte[] block, int offset, int count, short[] output, int outputOffset, int maxSamples)
        {
            if (!RangeOk(block, offset, count, output, outputOffset, maxSamples) || count < 4)
            {
                return ErrorArgument;
            }

            int index = block[offset + 2];
            if (index > MaxStepIndex)
            {
                return ErrorBadBlock;
            }

            int samples = 1 + (count - 4) * 2;
            if (samples > maxSamples)
            {
                samples = maxSamples;
            }

            if (samples > output.Length - outputOffset)
            {
                return ErrorArgument;
            }

            if (samples == 0)
            {
                return 0;
            }

            int[] diffs = DiffTable;
            byte[] next = NextIndexTable;
            int predictor = (short)(block[offset] | (block[offset + 1] << 8));
            output[outputOffset] = (short)predictor;
            int codes = offset + 4;
            for (int i = 1; i < samples; i++)
            {
                int b = block[codes + ((i - 1) >> 1)];
                int code = ((i & 1) == 1) ? (b & 0x0F) : (b >> 4);
                int key = (index << 3) | (code & 7);
                predictor = (code & 8) != 0 ? predictor - diffs[key] : predictor + diffs[key];
                predictor = predictor > 32767 ? 32767 : (predictor < -32768 ? -32768 : predictor);
                index = next[key];
                output[outputOffset + i] = (short)predictor;
            }

            return samples;
        }

        /// <summary>
        /// One IMA-ADPCM decode step, written out as the standard defines it; the block decoders use tables
        /// built from it. The host encoder steps its state with this, so both sides agree bit for bit.
        /// </summary>
        /// <param name="predictor">Previous sample in, new sample out.</param>
        /// <param name="index">Step index in, next step index out (clamped to 0–88).</param>
        /// <param name="code">The 4-bit code; higher bits are ignored.</param>
        /// <returns>The new sample.</returns>
        public static int AdpcmStep(ref int predictor, ref int index, int code)
        {
            if (index < 0)
            {
                index = 0;
            }
            else if (index > MaxStepIndex)
            {
                index = MaxStepIndex;
            }

            code &= 0x0F;
            predictor += Difference(StepTable[index], code);
            if (predictor > 32767)
            {
                predictor = 32767;
            }
            else if (predictor < -32768)
            {
                predictor = -32768;
            }

            index = NextIndex(index, code);
            return predictor;
        }

        /// <summary>The IMA quantiser step for <paramref name="index"/> (clamped to 0–88).</summary>
        public static int StepSize(int index)
        {
            if (index < 0)
            {
                index = 0;
            }
            else if (index > MaxStepIndex)
            {
                index = MaxStepIndex;
            }

            return StepTable[index];
        }

        /// <summary>
        /// Writes samples as 16-bit little-endian bytes (the I2S amplifier's format), scaled by
        /// <paramref name="gainQ8"/>/256 and clamped. <see cref="DecodeBlockToPcm16Le"/> does this while
        /// decoding; this is for samples that are already decoded.
        /// </summary>
        /// <param name="samples">Decoded samples.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples to write.</param>
        /// <param name="gainQ8">Gain in 1/256 steps: 256 is unity, 0 is silence, at most 1024.</param>
        /// <param name="output">Caller-owned byte buffer, 2 × <paramref name="count"/> bytes from <paramref name="outputOffset"/>.</param>
        /// <param name="outputOffset">First byte to write.</param>
        /// <returns>Bytes written, or a negative status.</returns>
        public static int WritePcm16Le(short[] samples, int offset, int count, int gainQ8, byte[] output, int outputOffset)
        {
            if (samples == null || output == null || offset < 0 || count < 0 || offset > samples.Length - count
                || outputOffset < 0 || outputOffset > output.Length - 2 * count || gainQ8 < 0 || gainQ8 > 1024)
            {
                return ErrorArgument;
            }

            for (int i = 0; i < count; i++)
            {
                int v = (samples[offset + i] * gainQ8) >> 8;
                if (v > 32767)
                {
                    v = 32767;
                }
                else if (v < -32768)
                {
                    v = -32768;
                }

                output[outputOffset + 2 * i] = (byte)v;
                output[outputOffset + 2 * i + 1] = (byte)(v >> 8);
            }

            return 2 * count;
        }

        /// <summary>
        /// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) over <paramref name="count"/> bytes from
        /// <paramref name="offset"/>. Bitwise rather than by table: it runs on 18 header bytes per clip.
        /// </summary>
        /// <returns>The CRC (0–65535), or <see cref="ErrorArgument"/>.</returns>
        public static int Crc16(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                return ErrorArgument;
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

        private static int SetFields(ClipHeader header, int codec, int sampleRate, int sampleCount, int blockSize)
        {
            int samplesPerBlock;
            if (codec == CodecPcm16)
            {
                if (blockSize < 2 || blockSize > MaxBlockSize || (blockSize & 1) != 0)
                {
                    return ErrorBlockSize;
                }

                samplesPerBlock = blockSize / 2;
            }
            else if (codec == CodecImaAdpcm)
            {
                if (blockSize < 5 || blockSize > MaxBlockSize)
                {
                    return ErrorBlockSize;
                }

                samplesPerBlock = 1 + (blockSize - 4) * 2;
            }
            else
            {
                return ErrorCodec;
            }

            if (sampleRate < MinSampleRate || sampleRate > MaxSampleRate)
            {
                return ErrorSampleRate;
            }

            if (sampleCount <= 0 || sampleCount > MaxSampleCount)
            {
                return ErrorSampleCount;
            }

            int blocks = (sampleCount + samplesPerBlock - 1) / samplesPerBlock;
            long dataLength = (long)blocks * blockSize;
            if (dataLength > int.MaxValue - HeaderSize)
            {
                return ErrorSampleCount;
            }

            header.Codec = codec;
            header.SampleRate = sampleRate;
            header.SampleCount = sampleCount;
            header.BlockSize = blockSize;
            header.SamplesPerBlock = samplesPerBlock;
            header.BlockCount = blocks;
            header.DataLength = (int)dataLength;
            return Ok;
        }

        private static int BlockSamples(ClipHeader header, int blockIndex, int count)
        {
            if (header == null)
            {
                return ErrorArgument;
            }

            if (header.Codec != CodecImaAdpcm && header.Codec != CodecPcm16)
            {
                return ErrorCodec;
            }

            int samples = header.SamplesInBlock(blockIndex);
            return samples < 0 || count < header.BlockSize ? ErrorArgument : samples;
        }

        // The standard's difference: step/8 plus step, step/2 and step/4 for code bits 2, 1 and 0, signed by bit 3.
        private static int Difference(int step, int code)
        {
            int diff = step >> 3;
            if ((code & 4) != 0)
            {
                diff += step;
            }

            if ((code & 2) != 0)
            {
                diff += step >> 1;
            }

            if ((code & 1) != 0)
            {
                diff += step >> 2;
            }

            return (code & 8) != 0 ? -diff : diff;
        }

        private static int NextIndex(int index, int code)
        {
            index += IndexTable[code & 0x0F];
            return index < 0 ? 0 : (index > MaxStepIndex ? MaxStepIndex : index);
        }

        private static int[] BuildDiffTable()
        {
            var table = new int[(MaxStepIndex + 1) * 8];
            for (int i = 0; i <= MaxStepIndex; i++)
            {
                for (int code = 0; code < 8; code++)
                {
                    table[(i << 3) | code] = Difference(StepTable[i], code);
                }
            }

            return table;
        }

        private static byte[] BuildNextIndexTable()
        {
            // The sign bit does not change the index, so 8 entries per index cover all 16 codes.
            var table = new byte[(MaxStepIndex + 1) * 8];
            for (int i = 0; i <= MaxStepIndex; i++)
            {
                for (int code = 0; code < 8; code++)
                {
                    table[(i << 3) | code] = (byte)NextIndex(i, code);
                }
            }

            return table;
        }

        private static bool RangeOk(byte[] block, int offset, int count, short[] output, int outputOffset, int maxSamples)
        {
            return block != null && output != null && offset >= 0 && count >= 0 && offset <= block.Length - count
                && outputOffset >= 0 && outputOffset <= output.Length && maxSamples >= 0;
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
