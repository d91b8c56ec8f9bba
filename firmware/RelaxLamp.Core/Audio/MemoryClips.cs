// No nullable annotations here: the .nfproj compiles the core without a nullable context.
#nullable disable
namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// Clip files held in memory, one byte array a clip number (null = missing): the player's source in
    /// the simulator, the tests and the interpreter's measurements, read as the device reads its flash.
    /// </summary>
    public sealed class MemoryClips : IClipSource
    {
        private readonly byte[][] _files;
        private byte[] _open;
        private int _at;

        /// <summary>Clips numbered 0 … <paramref name="files"/>.Length − 1; a null entry is a missing clip.</summary>
        public MemoryClips(byte[][] files)
        {
            _files = files;
        }

        /// <inheritdoc />
        public int Open(int clip)
        {
            _open = clip >= 0 && clip < _files.Length ? _files[clip] : null;
            _at = 0;
            return _open == null ? (int)ClipStatus.Missing : _open.Length;
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            if (_open == null)
            {
                return 0;
            }

            int n = count < _open.Length - _at ? count : _open.Length - _at;
            System.Array.Copy(_open, _at, buffer, offset, n);
            _at += n;
            return n;
        }

        /// <inheritdoc />
        public void Close()
        {
            _open = null;
        }
    }
}
