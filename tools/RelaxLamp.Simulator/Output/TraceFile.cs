using System;
using System.IO;
using System.Text;
using RelaxLamp.Engine;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>The engine's <see cref="TraceWriter"/> streamed to a file that appears only on <see cref="Commit"/>.</summary>
    public sealed class TraceFile : IFrameObserver, IDisposable
    {
        private readonly PendingFile _file;
        private readonly StreamWriter _writer;
        private readonly TraceWriter _trace;
        private bool _closed;

        /// <summary>Starts a trace for frames of <paramref name="frameBytes"/> bytes, bound for <paramref name="path"/>.</summary>
        public TraceFile(string path, int frameBytes)
        {
            _file = new PendingFile(path);
            _writer = new StreamWriter(_file.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            _trace = new TraceWriter(_writer, frameBytes);
        }

        /// <summary>Where the trace goes.</summary>
        public string FinalPath => _file.FinalPath;

        /// <inheritdoc/>
        public void OnFrame(FrameLoop loop) => _trace.OnFrame(loop);

        /// <summary>Finishes the file and moves it into place.</summary>
        public void Commit()
        {
            _closed = true;
            _writer.Dispose(); // flushes; leaves the file's stream to PendingFile
            _file.Commit();
        }

        /// <summary>Drops the file unless it was committed.</summary>
        public void Dispose()
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            try
            {
                _writer.Dispose();
            }
            catch (IOException)
            {
                // The file is being thrown away: a failed last flush (disk full) changes nothing.
            }
            finally
            {
                _file.Dispose();
            }
        }
    }
}
