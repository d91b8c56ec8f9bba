using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using RelaxLamp.Core.Breath;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>Reads a trace back, strictly: the header must match and every row must parse.</summary>
    public static class TraceReader
    {
        /// <summary>Every row of the trace at <paramref name="path"/>.</summary>
        /// <exception cref="FormatException">The file is not a trace.</exception>
        public static List<TraceRow> Read(string path)
        {
            using var reader = new StreamReader(path);
            if (reader.ReadLine() != TraceFormat.Header)
            {
                throw new FormatException($"{path}: not a trace (bad header)");
            }

            var rows = new List<TraceRow>();
            int line = 1;
            for (string? s = reader.ReadLine(); s != null; s = reader.ReadLine())
            {
                line++;
                string[] f = s.Split(',');
                if (f.Length != 5
                    || !long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long t)
                    || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out int level)
                    || f[4].Length % 6 != 0)
                {
                    throw new FormatException($"{path}:{line}: bad row");
                }

                rows.Add(new TraceRow(t, f[1], TraceFormat.ParsePhase(f[2]), level, Convert.FromHexString(f[4])));
            }

            return rows;
        }
    }
}
