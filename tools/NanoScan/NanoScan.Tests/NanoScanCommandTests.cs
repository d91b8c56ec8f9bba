using System;
using System.IO;
using Xunit;

namespace NanoScan.Tests
{
    public class NanoScanCommandTests
    {
        [Fact]
        public void CleanAssemblyPrintsSummaryAndExitsZero()
        {
            (int code, string[] lines, string error) = Run(FixturePaths.Clean);

            Assert.Equal(NanoScanCommand.ExitClean, code);
            Assert.StartsWith("nano scan: clean: " + FixturePaths.Clean + " (", Assert.Single(lines), StringComparison.Ordinal);
            Assert.EndsWith(" methods)", lines[0], StringComparison.Ordinal);
            Assert.Empty(error);
        }

        [Fact]
        public void FindingsPrintOneLineEachAndExitOne()
        {
            (int code, string[] lines, _) = Run(FixturePaths.Forbidden);
            int count = NanoScanner.Scan(FixturePaths.Forbidden).Count;

            Assert.Equal(NanoScanCommand.ExitFindings, code);
            Assert.Equal(count + 1, lines.Length);
            Assert.Equal($"nano scan: {count} findings in {FixturePaths.Forbidden}", lines[^1]);
        }

        [Theory]
        [InlineData("")]
        [InlineData("a.dll b.dll")]
        [InlineData("--verbose")]
        public void BadUsageExitsTwo(string commandLine)
        {
            string[] args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var output = new StringWriter();
            var error = new StringWriter();

            Assert.Equal(NanoScanCommand.ExitError, NanoScanCommand.Run(args, output, error));
            Assert.Single(Split(error.ToString()));
            Assert.Contains("usage", error.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void MissingFileExitsTwoNamingIt()
        {
            string path = Path.Combine(Path.GetTempPath(), "nanoscan-missing-" + Guid.NewGuid().ToString("N") + ".dll");

            (int code, _, string error) = Run(path);

            Assert.Equal(NanoScanCommand.ExitError, code);
            Assert.Single(Split(error));
            Assert.Contains(path, error, StringComparison.Ordinal);
        }

        [Fact]
        public void NonAssemblyExitsTwoNamingIt()
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, "not a PE file");

                (int code, _, string error) = Run(path);

                Assert.Equal(NanoScanCommand.ExitError, code);
                Assert.Single(Split(error));
                Assert.Contains(path, error, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static (int Code, string[] Lines, string Error) Run(string path)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = NanoScanCommand.Run([path], output, error);
            return (code, Split(output.ToString()), error.ToString());
        }

        private static string[] Split(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
