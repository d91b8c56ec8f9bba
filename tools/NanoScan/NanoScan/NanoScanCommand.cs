using System;
using System.Collections.Generic;
using System.IO;

namespace NanoScan
{
    /// <summary>The console front end: <c>NanoScan &lt;assembly.dll&gt;</c>.</summary>
    public static class NanoScanCommand
    {
        /// <summary>Exit code: the assembly is nano-compatible.</summary>
        public const int ExitClean = 0;

        /// <summary>Exit code: findings were printed.</summary>
        public const int ExitFindings = 1;

        /// <summary>Exit code: bad usage, or the file is missing or not a .NET assembly.</summary>
        public const int ExitError = 2;

        private const string Usage = "usage: NanoScan <assembly.dll>";

        /// <summary>Scans the one assembly named in <paramref name="args"/>, printing a line per finding and a summary.</summary>
        /// <param name="args">The command line: one path, or <c>-h</c>/<c>--help</c>.</param>
        /// <param name="output">Receives the findings and the summary line.</param>
        /// <param name="error">Receives the one-line usage or read error.</param>
        /// <returns><see cref="ExitClean"/>, <see cref="ExitFindings"/> or <see cref="ExitError"/>.</returns>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(error);

            if (args.Count == 1 && args[0] is "-h" or "--help")
            {
                output.WriteLine(Usage);
                return ExitClean;
            }

            if (args.Count != 1 || args[0].Length == 0 || args[0].StartsWith('-'))
            {
                error.WriteLine("nano scan: " + Usage);
                return ExitError;
            }

            string path = args[0];
            if (!File.Exists(path))
            {
                error.WriteLine("nano scan: no such file: " + path);
                return ExitError;
            }

            ScanReport report;
            try
            {
                report = NanoScanner.Analyze(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
            {
                error.WriteLine("nano scan: cannot read " + path + ": " + e.Message);
                return ExitError;
            }

            foreach (NanoFinding finding in report.Findings)
            {
                output.WriteLine(finding.Description);
            }

            output.WriteLine(report.Summary);
            return report.IsClean ? ExitClean : ExitFindings;
        }
    }
}
