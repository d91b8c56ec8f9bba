namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// Where the player reads clip files from: the device's internal flash (I:\audio) or, in the
    /// simulator and the tests, bytes in memory. One clip is open at a time.
    /// </summary>
    public interface IClipSource
    {
        /// <summary>Opens clip <paramref name="clip"/> and returns its length in bytes, or a negative <see cref="ClipStatus"/> (<see cref="ClipStatus.Missing"/>).</summary>
        int Open(int clip);

        /// <summary>Reads up to <paramref name="count"/> bytes of the open clip; returns the bytes read, 0 at its end.</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Closes the open clip, if any.</summary>
        void Close();
    }
}
