// Stand-in for nanoFramework.System.IO.FileSystem 1.1.93 on the virtual board: the contract's names and
// signatures; files live in NanoBoard.Board and survive boots. Assumes of the native littlefs code: a
// whole-file write either lands or, when the power is cut in the middle, leaves the first bytes written
// (the worst case a torn write can leave; littlefs itself would more likely keep the old file).
// FileStream reads a file already on flash; it is not used unless a speaker is fitted.

using System;
using NanoBoard;

namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3
    }

    public class FileStream : Stream
    {
        private readonly byte[] _data;
        private long _position;

        public FileStream(string path, FileMode mode) : this(path, mode, FileAccess.Read)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access)
        {
            if (mode != FileMode.Open || access != FileAccess.Read)
            {
                throw new NotSupportedException("not simulated: only reading");
            }

            _data = Board.File(path);
            if (_data == null)
            {
                throw new IOException("no file");
            }
        }

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => _data.Length;
        public override long Position { get => _position; set => _position = value; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)(_data.Length - _position);
            n = n < count ? n : count;
            if (n <= 0)
            {
                return 0;
            }

            Array.Copy(_data, (int)_position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override int Read(SpanByte buffer) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin)
        {
            _position = origin == SeekOrigin.Begin ? offset : origin == SeekOrigin.Current ? _position + offset : _data.Length + offset;
            return _position;
        }
        public override void SetLength(long value) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
        }
    }

    public static class File
    {
        public static bool Exists(string path) => Board.File(path) != null;

        public static byte[] ReadAllBytes(string path)
        {
            byte[] data = Board.File(path);
            if (data == null)
            {
                throw new IOException("no file");
            }

            var copy = new byte[data.Length];
            Array.Copy(data, copy, data.Length);
            return copy;
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            int cut = Board.PowerCutAfterBytes;
            int n = cut >= 0 && cut < bytes.Length ? cut : bytes.Length;
            var copy = new byte[n];
            Array.Copy(bytes, copy, n);
            Board.Store(path, copy);
            Board.Event("file " + path + " " + n.ToString() + " of " + bytes.Length.ToString() + " bytes");
            if (cut >= 0)
            {
                Board.PowerCutAfterBytes = -1;
                Board.Halt("power cut");
            }
        }

        public static void Delete(string path) => Board.Store(path, null);
        public static void Move(string sourceFileName, string destFileName) => throw new NotSupportedException();
    }

    public abstract class FileSystemInfo : MarshalByRefObject
    {
        public virtual string FullName => throw new NotSupportedException();
        public abstract string Name { get; }
        public abstract bool Exists { get; }
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path) => throw new NotSupportedException();

        public override string Name => throw new NotSupportedException();
        public override bool Exists => throw new NotSupportedException();
    }

    public static class Directory
    {
        public static bool Exists(string path) => throw new NotSupportedException();
        public static DirectoryInfo CreateDirectory(string path) => throw new NotSupportedException();
    }
}
