using System;
using System.IO;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>
    /// A file written under a temporary name beside its target and renamed into place by
    /// <see cref="Commit"/>; disposed without a commit (an error, Ctrl-C), it leaves nothing behind.
    /// </summary>
    public sealed class PendingFile : IDisposable
    {
        private readonly string _temp;
        private FileStream? _stream;

        /// <summary>Starts writing what will become <paramref name="path"/> (its folder is created).</summary>
        public PendingFile(string path)
        {
            ArgumentNullException.ThrowIfNull(path);
            FinalPath = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(FinalPath))
            {
                throw new IOException($"{path} is a folder");
            }

            string dir = System.IO.Path.GetDirectoryName(FinalPath) ?? ".";
            Directory.CreateDirectory(dir);
            _temp = System.IO.Path.Combine(dir, "." + System.IO.Path.GetFileName(FinalPath) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
            _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }

        /// <summary>Where the file goes on <see cref="Commit"/>.</summary>
        public string FinalPath { get; }

        /// <summary>The temporary file's stream.</summary>
        public Stream Stream => _stream ?? throw new ObjectDisposedException(nameof(PendingFile));

        /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> all at once or not at all.</summary>
        public static void WriteAll(string path, byte[] bytes)
        {
            ArgumentNullException.ThrowIfNull(bytes);
            using var file = new PendingFile(path);
            file.Stream.Write(bytes, 0, bytes.Length);
            file.Commit();
        }

        /// <summary>Closes the temporary file and moves it over the target.</summary>
        public void Commit()
        {
            FileStream s = _stream ?? throw new ObjectDisposedException(nameof(PendingFile));
            s.Flush(flushToDisk: true);
            s.Dispose();
            _stream = null;
            File.Move(_temp, FinalPath, overwrite: true);
        }

        /// <summary>Closes and deletes the temporary file if it was not committed.</summary>
        public void Dispose()
        {
            if (_stream == null)
            {
                return;
            }

            _stream.Dispose();
            _stream = null;
            File.Delete(_temp);
        }
    }
}
