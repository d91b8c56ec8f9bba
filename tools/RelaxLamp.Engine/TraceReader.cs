using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Engine
{
    /// <summary>
    /// Reads a simulator trace (<see cref="TraceFormat"/>) into a <see cref="FrameSeries"/>: the one trace
    /// reader. Columns are found by name, so extra columns or another order do no harm; state and phase may
    /// be names or numbers; every row must parse.
    /// </summary>
    public static class TraceReader
    {
        /// <summary>Reads the trace file at <paramref name="path"/>.</summary>
        public static FrameSeries ReadFile(string path)
        {
            using var reader = new StreamReader(path);
            return Read(reader);
        }

        /// <summary>Reads the trace file at <paramref name="path"/> as a list of rows.</summary>
        public static List<TraceRow> ReadRows(string path)
        {
            FrameSeries frames = ReadFile(path);
            var rows = new List<TraceRow>(frames.Count);
            for (int i = 0; i < frames.Count; i++)
            {
                rows.Add(frames.RowAt(i));
            }

            return rows;
        }

        /// <summary>Reads a trace; throws <see cref="FormatException"/> naming the line of the first bad row.</summary>
        public static FrameSeries Read(TextReader reader)
        {
            ArgumentNullException.ThrowIfNull(reader);
            string? header = reader.ReadLine() ?? throw new FormatException("the trace is empty");
            string[] names = header.Trim().Split(',');
            int time = Column(names, TraceFormat.Time);
            int state = Column(names, TraceFormat.State);
            int phase = Column(names, TraceFormat.Phase);
            int level = Column(names, TraceFormat.Level);
            int ring = Column(names, TraceFormat.Ring);

            FrameSeries? frames = null;
            byte[] grb = Array.Empty<byte>();
            int lineNumber = 1;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                string[] cells = line.Split(',');
                if (cells.Length != names.Length)
                {
                    throw new FormatException($"line {lineNumber}: {cells.Length} cells, the header has {names.Length}");
                }

                string hex = cells[ring].Trim();
                if (hex.Length == 0 || hex.Length % 6 != 0)
                {
                    throw new FormatException($"line {lineNumber}: the ring is {hex.Length} hex digits, not 6 per LED");
                }

                if (frames == null)
                {
                    frames = new FrameSeries(hex.Length / 6);
                    grb = new byte[hex.Length / 2];
                }
                else if (hex.Length != grb.Length * 2)
                {
                    throw new FormatException($"line {lineNumber}: {hex.Length / 6} LEDs, earlier rows have {frames.Leds}");
                }

                if (Convert.FromHexString(hex, grb, out _, out _) != System.Buffers.OperationStatus.Done)
                {
                    throw new FormatException($"line {lineNumber}: the ring is not hex");
                }

                frames.Add(
                    Number(cells[time], lineNumber, TraceFormat.Time),
                    Named<LampState>(cells[state], lineNumber),
                    Named<BreathPhase>(cells[phase], lineNumber),
                    (int)Number(cells[level], lineNumber, TraceFormat.Level),
                    grb);
            }

            return frames ?? throw new FormatException("the trace has no frames");
        }

        private static int Column(string[] names, string name)
        {
            int i = Array.FindIndex(names, n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : throw new FormatException($"the header has no '{name}' column: {string.Join(",", names)}");
        }

        private static long Number(string cell, int line, string column) =>
            long.TryParse(cell.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long v)
                ? v
                : throw new FormatException($"line {line}: {column} '{cell}' is not a whole number");

        private static T Named<T>(string cell, int line)
            where T : struct, Enum
        {
            string s = cell.Trim();
            if (Enum.TryParse(s, ignoreCase: true, out T value) && Enum.IsDefined(value))
            {
                return value;
            }

            throw new FormatException($"line {line}: '{s}' is not a {typeof(T).Name}");
        }
    }
}
