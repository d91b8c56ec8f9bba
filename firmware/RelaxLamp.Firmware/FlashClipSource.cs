using System.IO;
using RelaxLamp.Core.Audio;

// The .nfproj compiles without a nullable context (where `FileStream?` is a warning): none here either.
#nullable disable
namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The player's clips from the internal flash (<see cref="ClipFiles"/>): one <see cref="FileStream"/>
    /// open at a time. The paths are built once, so opening a clip allocates only the stream.
    /// </summary>
    internal sealed class FlashClipSource : IClipSource
    {
        private readonly string[] _paths = new string[Clips.Count];
        private FileStream _stream;

        /// <summary>Builds every clip's path.</summary>
        public FlashClipSource()
        {
            for (int i = 0; i < Clips.Count; i++)
            {
                _paths[i] = ClipFiles.PathOf(i);
            }
        }

        /// <inheritdoc />
        public int Open(int clip)
        {
            Close();
            if (clip < 0 || clip >= Clips.Count || !File.Exists(_paths[clip]))
            {
                return (int)ClipStatus.Missing;
            }

            _stream = new FileStream(_paths[clip], FileMode.Open, FileAccess.Read);
            long length = _stream.Length;
            return length > int.MaxValue ? int.MaxValue : (int)length;
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            return _stream == null ? 0 : _stream.Read(buffer, offset, count);
        }

        /// <inheritdoc />
        public void Close()
        {
            if (_stream != null)
            {
                _stream.Dispose();
                _stream = null;
            }
        }
    }
}
