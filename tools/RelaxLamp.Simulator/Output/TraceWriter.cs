using System;
using System.Globalization;
using System.IO;
using System.Text;
using RelaxLamp.Core.Session;
using RelaxLamp.Simulator.Engine;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>Writes one <see cref="TraceFormat"/> row per frame to a file that appears only on <see cref="Commit"/>.</summary>
    public sealed class TraceWriter : IFrameObserver, IDisposable
    {
        private readonly PendingFile _file;
        private readonly StreamWriter _writer;
        private readonly char[] _row;
        private bool _closed;

        /// <summary>Starts a trace for frames of <paramref name="frameBytes"/> bytes, bound for <paramref name="path"/>.</summary>
        public TraceWriter(string path, int frameBytes)
        {
            _file = new PendingFile(path);
            _writer = new StreamWriter(_file.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            _writer.WriteLine(TraceFormat.Header);
            _row = new char[64 + (2 * frameBytes)];
        }

        /// <summary>Where the trace goes.</summary>
        public string FinalPath => _file.FinalPath;

        /// <inheritdoc/>
        public void OnFrame(Simulation sim)
        {
            ArgumentNullException.ThrowIfNull(sim);
            Span<char> row = _row;
            int n = 0;
            sim.NowMs.TryFormat(row, out int w, default, CultureInfo.InvariantCulture);
            n += w;
            row[n++] = ',';
            n += Put(LampStateNames.Of(sim.Lamp.State), row[n..]);
            row[n++] = ',';
            n += Put(TraceFormat.PhaseName(sim.Lamp.Phase), row[n..]);
            row[n++] = ',';
            sim.Lamp.Level.TryFormat(row[n..], out w, default, CultureInfo.InvariantCulture);
            n += w;
            row[n++] = ',';
            n += HexText.Write(sim.Frame, row[n..]);
            row[n++] = '\n';
            _writer.Write(_row, 0, n);
        }

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

        private static int Put(string s, Span<char> into)
        {
            s.AsSpan().CopyTo(into);
            return s.Length;
        }
    }
}
