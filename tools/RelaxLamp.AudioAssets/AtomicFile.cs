using System;
using System.IO;

namespace RelaxLamp.AudioAssets
{
    /// <summary>Writes a file under a temporary name in the same folder, then renames it into place.</summary>
    public static class AtomicFile
    {
        /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> all at once or not at all.</summary>
        public static void Write(string path, byte[] bytes)
        {
            ArgumentNullException.ThrowIfNull(bytes);
            Write(path, s => s.Write(bytes, 0, bytes.Length));
        }

        /// <summary>Runs <paramref name="fill"/> on a temporary file, then moves it over <paramref name="path"/>; on failure the temporary file is removed.</summary>
        public static void Write(string path, Action<Stream> fill)
        {
            ArgumentNullException.ThrowIfNull(path);
            ArgumentNullException.ThrowIfNull(fill);
            string full = Path.GetFullPath(path);
            string dir = Path.GetDirectoryName(full) ?? ".";
            Directory.CreateDirectory(dir);
            string temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite))
                {
                    fill(stream);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temp, full, overwrite: true);
            }
            catch
            {
                // Never leave a half-written file behind, whatever failed.
                File.Delete(temp);
                throw;
            }
        }
    }
}
