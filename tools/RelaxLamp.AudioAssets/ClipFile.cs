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

        /// <summary>The same layout as the device's header type.</summary>
        internal static ClipInfo Of(ClipHeader h) => new ClipInfo(h.Codec, h.SampleRate, h.SampleCount, h.BlockSize, h.SamplesPerBlock, h.BlockCount);
    }

    /// <summary>
    /// The host side of the <c>.rla</c> container, as records: every header is parsed, laid out and
    /// written by the device's own <see cref="ClipCodec"/>, so the tool and the lamp read one format one way.
    /// Statuses are the device's <see cref="ClipStatus"/> as ints (0 = ok, negative = what is wrong).
    /// </summary>
    public static class ClipFile
    {
        /// <summary>16-bit little-endian PCM.</summary>
        public const int CodecPcm16 = ClipCodec.CodecPcm16;

        /// <summary>4-bit IMA-ADPCM.</summary>
        public const int CodecImaAdpcm = ClipCodec.CodecImaAdpcm;

        /// <summary>8-bit G.711 µ-law: one byte a sample, what the lamp plays.</summary>
        public const int CodecMuLaw = ClipCodec.CodecMuLaw;

        /// <summary>Default µ-law block: 512 bytes = 512 samples (32 ms at 16 kHz), the player's block.</summary>
        public const int DefaultMuLawBlockSize = ClipCodec.DefaultMuLawBlockSize;

        /// <summary>µ-law code of silence (G.711 encodes 0 as 0xFF); the last block is padded with it.</summary>
        public const byte MuLawSilence = MuLaw.Silence;

        /// <summary>
        /// Parses and checks a file's header (and that the file holds all its blocks).
        /// Returns 0 and the layout, or a negative <see cref="ClipStatus"/>.
        /// </summary>
        public static int Parse(byte[] file, out ClipInfo? info)
        {
            info = null;
            if (file == null)
            {
                return (int)ClipStatus.BadArgument;
            }

            var header = new ClipHeader();
            ClipStatus status = ClipCodec.ParseHeader(file, 0, file.Length, header);
            if (status == ClipStatus.Ok)
            {
                info = ClipInfo.Of(header);
            }

            return (int)status;
        }

        /// <summary>The layout of a clip of <paramref name="codec"/>, or a negative status (the device decoder's limits).</summary>
        public static int Layout(int codec, int sampleRate, int sampleCount, int blockSize, out ClipInfo? info)
        {
            var header = new ClipHeader();
            ClipStatus status = ClipCodec.InitHeader(header, codec, sampleRate, sampleCount, blockSize);
            info = status == ClipStatus.Ok ? ClipInfo.Of(header) : null;
            return (int)status;
        }

        /// <summary>Writes the 20-byte header of <paramref name="info"/> (<see cref="ClipCodec.WriteHeader"/>).</summary>
        public static void WriteHeader(ClipInfo info, byte[] output)
        {
            ArgumentNullException.ThrowIfNull(info);
            ArgumentNullException.ThrowIfNull(output);
            var header = new ClipHeader();
            ClipStatus status = ClipCodec.InitHeader(header, info.Codec, info.SampleRate, info.SampleCount, info.BlockSize);
            if (status == ClipStatus.Ok)
            {
                status = ClipCodec.WriteHeader(header, output, 0);
            }

            if (status != ClipStatus.Ok)
            {
                throw new ArgumentException($"cannot write the header: {status}");
            }
        }
    }
}
