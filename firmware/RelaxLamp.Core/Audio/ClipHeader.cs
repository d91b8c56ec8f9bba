namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// The parsed header of a clip file (<c>.rla</c>). Filled in place by
    /// <see cref="ClipCodec.ParseHeader"/> or <see cref="ClipCodec.InitHeader"/>, so one instance can be
    /// reused for every clip without allocating.
    /// </summary>
    public sealed class ClipHeader
    {
        /// <summary>Codec id: <see cref="ClipCodec.CodecMuLaw"/>, <see cref="ClipCodec.CodecPcm16"/> or <see cref="ClipCodec.CodecImaAdpcm"/>.</summary>
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

        /// <summary>Valid samples in block <paramref name="blockIndex"/>, or a negative <see cref="ClipStatus"/> if there is no such block.</summary>
        public int SamplesInBlock(int blockIndex)
        {
            if (blockIndex < 0 || blockIndex >= BlockCount)
            {
                return (int)ClipStatus.BadArgument;
            }

            int left = SampleCount - blockIndex * SamplesPerBlock;
            return left < SamplesPerBlock ? left : SamplesPerBlock;
        }
    }
}
