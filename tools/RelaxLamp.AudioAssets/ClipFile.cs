using System;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.AudioAssets
{
    /// <summary>The layout of one clip file as the tool reads it: any codec the format defines.</summary>
    /// <param name="Codec">Codec id (<see cref="ClipFile.CodecPcm16"/>, <see cref="ClipFile.CodecImaAdpcm"/>, <see cref="ClipFile.CodecMuLaw"/>).</param>
    /// <param name="SampleRate">Samples per second.</param>
    /// <param name="SampleCount">Valid samples; the last block may hold padding beyond them.</param>
    /// <param name="BlockSize">Bytes per block.</param>
    /// <param name="SamplesPerBlock">Samples one full block decodes to.</param>
    /// <param name="BlockCount">Blocks after the header.</param>
    public sealed record ClipInfo(int Codec, int SampleRate, int SampleCount, int BlockSize, int SamplesPerBlock, int BlockCount)
    {
        /// <summary>Bytes after the header.</summary>
        public int DataLength => BlockCount * BlockSize;

        /// <summary>Whole file size.</summary>
        public int FileLength => ClipCodec.HeaderSize + DataLength;

        /// <summary>Length in milliseconds, rounded down (as <see cref="ClipHeader.DurationMs"/>).</summary>
        public int DurationMs => (int)((long)SampleCount * 1000 / SampleRate);
    }

    /// <summary>
    /// The host side of the <c>.rla</c> container. Codecs 0 (PCM) and 1 (IMA-ADPCM) are parsed by the device's own
    /// <see cref="ClipCodec"/>; codec 2, G.711 µ-law (one byte a sample, the lamp's codec from issue 13 on), is
    /// written and checked here with the same 20-byte header and CRC, so the tool does not wait for the device decoder.
    /// </summary>
    public static class ClipFile
    {
        /// <summary>16-bit little-endian PCM.</summary>
        public const int CodecPcm16 = ClipCodec.CodecPcm16;

        /// <summary>4-bit IMA-ADPCM.</summary>
        public const int CodecImaAdpcm = ClipCodec.CodecImaAdpcm;

        /// <summary>8-bit G.711 µ-law: one byte a sample, decoded by one 256-entry table lookup.</summary>
        public const int CodecMuLaw = 2;

        /// <summary>Default µ-law block: 512 bytes = 512 samples (32 ms at 16 kHz).</summary>
        public const int DefaultMuLawBlockSize = 512;

        /// <summary>µ-law code of silence (G.711 encodes 0 as 0xFF); the last block is padded with it.</summary>
        public const byte MuLawSilence = 0xFF;

        /// <summary>
        /// Parses and checks a file's header (and that the file holds all its blocks).
        /// Returns <see cref="ClipCodec.Ok"/> and the layout, or a negative <see cref="ClipCodec"/> status.
        /// </summary>
        public static int Parse(byte[] file, out ClipInfo? info)
        {
            info = null;
            if (file == null)
            {
                return ClipCodec.ErrorArgument;
            }

            var header = new ClipHeader();
            int status = ClipCodec.ParseHeader(file, 0, file.Length, header);
            if (status == ClipCodec.Ok)
            {
                info = new ClipInfo(header.Codec, header.SampleRate, header.SampleCount, header.BlockSize, header.SamplesPerBlock, header.BlockCount);
                return ClipCodec.Ok;
            }

            // The device decoder checks magic, version, CRC and layout before the codec: ErrorCodec means all
            // of those passed. Codec 2 is then laid out here.
            if (status != ClipCodec.ErrorCodec || file[5] != CodecMuLaw)
            {
                return status;
            }

            int rate = BitConverter.ToInt32(file, 8);
            int count = BitConverter.ToInt32(file, 12);
            int block = file[16] | (file[17] << 8);
            status = Layout(CodecMuLaw, rate, count, block, out info);
            if (status != ClipCodec.Ok)
            {
                return status;
            }

            if (file.Length > ClipCodec.HeaderSize && file.Length < info!.FileLength)
            {
                info = null;
                return ClipCodec.ErrorTruncated;
            }

            return ClipCodec.Ok;
        }

        /// <summary>The layout of a µ-law clip, or a negative status (the device decoder's limits).</summary>
        public static int Layout(int codec, int sampleRate, int sampleCount, int blockSize, out ClipInfo? info)
        {
            info = null;
            if (codec != CodecMuLaw)
            {
                return ClipCodec.ErrorCodec;
            }

            if (sampleRate < ClipCodec.MinSampleRate || sampleRate > ClipCodec.MaxSampleRate)
            {
                return ClipCodec.ErrorSampleRate;
            }

            if (sampleCount <= 0 || sampleCount > ClipCodec.MaxSampleCount)
            {
                return ClipCodec.ErrorSampleCount;
            }

            if (blockSize < 1 || blockSize > ClipCodec.MaxBlockSize)
            {
                return ClipCodec.ErrorBlockSize;
            }

            info = new ClipInfo(codec, sampleRate, sampleCount, blockSize, blockSize, (sampleCount + blockSize - 1) / blockSize);
            return ClipCodec.Ok;
        }

        /// <summary>Writes the 20-byte header of <paramref name="info"/> (the layout of <see cref="ClipCodec.WriteHeader"/>).</summary>
        public static void WriteHeader(ClipInfo info, byte[] output)
        {
            ArgumentNullException.ThrowIfNull(info);
            ArgumentNullException.ThrowIfNull(output);
            output[0] = (byte)'R';
            output[1] = (byte)'L';
            output[2] = (byte)'A';
            output[3] = (byte)'C';
            output[4] = ClipCodec.Version;
            output[5] = (byte)info.Codec;
            output[6] = 1;
            output[7] = 0;
            BitConverter.TryWriteBytes(output.AsSpan(8, 4), info.SampleRate);
            BitConverter.TryWriteBytes(output.AsSpan(12, 4), info.SampleCount);
            output[16] = (byte)info.BlockSize;
            output[17] = (byte)(info.BlockSize >> 8);
            int crc = ClipCodec.Crc16(output, 0, ClipCodec.HeaderSize - 2);
            output[18] = (byte)crc;
            output[19] = (byte)(crc >> 8);
        }
    }
}
