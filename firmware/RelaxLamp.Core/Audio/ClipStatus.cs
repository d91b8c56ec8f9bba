namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// What became of a clip: read, checked, decoded or played. Every failure is negative, so a method
    /// that returns a count (samples, bytes) returns a failure as its negative <c>int</c> value.
    /// </summary>
    public enum ClipStatus
    {
        /// <summary>Success.</summary>
        Ok = 0,

        /// <summary>Fewer bytes than a header.</summary>
        TooShort = -1,

        /// <summary>The magic bytes are not "RLAC".</summary>
        BadMagic = -2,

        /// <summary>Unknown format version.</summary>
        BadVersion = -3,

        /// <summary>Unknown codec id.</summary>
        BadCodec = -4,

        /// <summary>Channels is not 1 or the reserved byte is not 0.</summary>
        BadLayout = -5,

        /// <summary>Sample rate out of range.</summary>
        BadSampleRate = -6,

        /// <summary>Sample count is zero or out of range.</summary>
        BadSampleCount = -7,

        /// <summary>Block size does not suit the codec.</summary>
        BadBlockSize = -8,

        /// <summary>Header CRC mismatch.</summary>
        BadChecksum = -9,

        /// <summary>The file is shorter than its header says.</summary>
        Truncated = -10,

        /// <summary>A null buffer, an offset or length out of range, or an output buffer too small.</summary>
        BadArgument = -11,

        /// <summary>An ADPCM block header holds a step index above 88.</summary>
        BadBlock = -12,

        /// <summary>The player plays µ-law only: other codecs cost too much of the interpreter per sample.</summary>
        NotPlayable = -13,

        /// <summary>The clip's sample rate is not the player's (it would play at the wrong pitch).</summary>
        WrongRate = -14,

        /// <summary>The clip's blocks are larger than the player's block buffer.</summary>
        BlockTooBig = -15,

        /// <summary>No such clip (the file is missing or the number is outside the set).</summary>
        Missing = -16,

        /// <summary>The cue could not sound at its time (the decoder is still busy with the cue before it): skipped, never late.</summary>
        TooLate = -17,
    }
}
