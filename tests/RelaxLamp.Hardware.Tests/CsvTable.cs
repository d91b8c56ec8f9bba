using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// A small RFC 4180 reader for the hardware tables: a header row, then records; lines starting
    /// with '#' (before the header or between records) are comments. Quoted fields may hold commas
    /// and doubled quotes, but not line breaks (the hardware tables keep one record per line).
    /// </summary>
    internal sealed class CsvTable
    {
        private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
        {
            Header = header;
            Rows = rows;
        }

        public IReadOnlyList<string> Header { get; }

        public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

        public static CsvTable Load(string path)
        {
            string[] lines = File.ReadAllLines(path, Encoding.UTF8);
            List<string>? header = null;
            var rows = new List<IReadOnlyDictionary<string, string>>();
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                List<string> fields = SplitLine(line, path, i + 1);
                if (header == null)
                {
                    header = fields;
                    continue;
                }

                if (fields.Count != header.Count)
                {
                    throw new FormatException(string.Format(
                        CultureInfo.InvariantCulture,
                        "{0}:{1}: {2} fields, the header has {3}",
                        path,
                        i + 1,
                        fields.Count,
                        header.Count));
                }

                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int f = 0; f < fields.Count; f++)
                {
                    row[header[f]] = fields[f];
                }

                rows.Add(row);
            }

            if (header == null)
            {
                throw new FormatException(path + ": no header row");
            }

            return new CsvTable(header, rows);
        }

        internal static List<string> SplitLine(string line, string path, int lineNumber)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            bool fieldWasQuoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == ',')
                {
                    fields.Add(fieldWasQuoted ? field.ToString() : field.ToString().Trim());
                    field.Clear();
                    fieldWasQuoted = false;
                }
                else if (c == '"' && field.ToString().Trim().Length == 0)
                {
                    field.Clear();
                    quoted = true;
                    fieldWasQuoted = true;
                }
                else
                {
                    field.Append(c);
                }
            }

            if (quoted)
            {
                throw new FormatException(string.Format(
                    CultureInfo.InvariantCulture, "{0}:{1}: unterminated quote", path, lineNumber));
            }

            fields.Add(fieldWasQuoted ? field.ToString() : field.ToString().Trim());
            return fields;
        }
    }
}
