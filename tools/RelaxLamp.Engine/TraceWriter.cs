using System;
using System.Globalization;
using System.IO;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Engine
{
    /// <summary>
    /// Writes <see cref="TraceFormat"/> rows as frames come, to any text writer: the one trace writer
    /// (the simulator streams it to a file, the bench writes a recorded series). A row is formatted
    /// into one reused buffer, so a frame allocates nothing.
    /// </summary>
    public sealed class TraceWriter : IFrameObserver
    {
        private readonly TextWriter _writer;
        private readonly char[] _row;

        /// <summary>Starts a trace of frames of <paramref name="frameBytes"/> bytes on <paramref name="writer"/>: writes the header.</summary>
        public TraceWriter(TextWriter writer, int frameBytes)
        {
            ArgumentNullException.ThrowIfNull(writer);
            _writer = writer;
            _row = new char[64 + (2 * frameBytes)];
            _writer.Write(TraceFormat.Header);
            _writer.Write('\n');
        }

        /// <summary>Writes every frame of <paramref name="frames"/> as a trace, header first.</summary>
        public static void Write(FrameSeries frames, TextWriter writer)
        {
            ArgumentNullException.ThrowIfNull(frames);
            var trace = new TraceWriter(writer, frames.Leds * 3);
            for (int i = 0; i < frames.Count; i++)
            {
                trace.WriteRow(frames.TimeAt(i), frames.StateAt(i), frames.PhaseAt(i), frames.LevelAt(i), frames.FrameAt(i));
            }
        }

        /// <inheritdoc/>
        public void OnFrame(FrameLoop loop)
        {
            ArgumentNullException.ThrowIfNull(loop);
            WriteRow(loop.NowMs, loop.Lamp.State, loop.Lamp.Phase, loop.Lamp.Level, loop.Frame);
        }

        /// <summary>Writes one row.</summary>
        public void WriteRow(long timeMs, LampState state, BreathPhase phase, int level, ReadOnlySpan<byte> grb)
        {
            Span<char> row = _row;
            int n = 0;
            timeMs.TryFormat(row, out int w, default, CultureInfo.InvariantCulture);
            n += w;
            row[n++] = ',';
            n += Put(LampStateNames.Of(state), row[n..]);
            row[n++] = ',';
            n += Put(TraceFormat.PhaseName(phase), row[n..]);
            row[n++] = ',';
            level.TryFormat(row[n..], out w, default, CultureInfo.InvariantCulture);
            n += w;
            row[n++] = ',';
            n += HexText.Write(grb, row[n..]);
            row[n++] = '\n';
            _writer.Write(_row, 0, n);
        }

        private static int Put(string s, Span<char> into)
        {
            s.AsSpan().CopyTo(into);
            return s.Length;
        }
    }
}
