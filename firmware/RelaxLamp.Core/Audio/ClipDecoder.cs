namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// Decodes a block of any clip codec into 16-bit samples: what the host tools, the tests and the
    /// equivalence run use to hear a clip as written. The device plays through <see cref="ClipPlayer"/>.
    /// </summary>
    public static class ClipDecoder
    {
        /// <summary>
        /// Decodes block <paramref name="blockIndex"/> of a clip into <paramref name="output"/>, stopping at the
        /// clip's end. <paramref name="count"/> must be at least <see cref="ClipHeader.BlockSize"/>.
        /// </summary>
        /// <returns>Samples written (0 to <see cref="ClipHeader.SamplesPerBlock"/>), or a negative <see cref="ClipStatus"/>.</returns>
        public static int DecodeBlock(ClipHeader header, int blockIndex, byte[] block, int offset, int count, short[] output, int outputOffset)
        {
            if (header == null)
            {
                return (int)ClipStatus.BadArgument;
            }

            int samples = header.SamplesInBlock(blockIndex);
            if (samples < 0 || count < header.BlockSize)
            {
                return (int)ClipStatus.BadArgument;
            }

            if (header.Codec == ClipCodec.CodecImaAdpcm)
            {
                return ImaAdpcm.DecodeBlock(block, offset, header.BlockSize, output, outputOffset, samples);
            }

            if (header.Codec == ClipCodec.CodecMuLaw)
            {
                return MuLaw.DecodeBlock(block, offset, header.BlockSize, output, outputOffset, samples);
            }

            if (header.Codec == ClipCodec.CodecPcm16)
            {
                return DecodePcmBlock(block, offset, header.BlockSize, output, outputOffset, samples);
            }

            return (int)ClipStatus.BadCodec;
        }

        /// <summary>Copies 16-bit little-endian PCM into <paramref name="output"/>.</summary>
        /// <returns>Samples written, or a negative <see cref="ClipStatus"/>.</returns>
        public static int DecodePcmBlock(byte[] block, int offset, int count, short[] output, int outputOffset, int maxSamples)
        {
            if (!RangeOk(block, offset, count, output, outputOffset, maxSamples))
            {
                return (int)ClipStatus.BadArgument;
            }

            int samples = count / 2;
            samples = samples > maxSamples ? maxSamples : samples;
            if (samples > output.Length - outputOffset)
            {
                return (int)ClipStatus.BadArgument;
            }

            for (int i = 0; i < samples; i++)
            {
                int p = offset + (2 * i);
                output[outputOffset + i] = (short)(block[p] | (block[p + 1] << 8));
            }

            return samples;
        }

        /// <summary>True when the buffers and ranges of a block decode are usable.</summary>
        internal static bool RangeOk(byte[] block, int offset, int count, short[] output, int outputOffset, int maxSamples)
        {
            return block != null && output != null && offset >= 0 && count >= 0 && offset <= block.Length - count
                && outputOffset >= 0 && outputOffset <= output.Length && maxSamples >= 0;
        }
    }
}
