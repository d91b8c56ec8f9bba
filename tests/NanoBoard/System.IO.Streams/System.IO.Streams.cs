// Stand-in for nanoFramework.System.IO.Streams 1.1.96 on the virtual board: the contract's Stream, with
// the plain Dispose pattern as bodies.

using System;

namespace System.IO
{
    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2
    }

    // Base of System.IO.FileStream (assembly System.IO.FileSystem).
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public abstract long Length { get; }
        public abstract long Position { get; set; }

        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract int Read(SpanByte buffer);
        public abstract void Write(byte[] buffer, int offset, int count);
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);

        public virtual int ReadByte() => throw new NotSupportedException();
        public virtual void WriteByte(byte value) => throw new NotSupportedException();
        public virtual void Close() => Dispose(true);

        public void Dispose() => Dispose(true);

        protected virtual void Dispose(bool disposing)
        {
        }
    }
}
