using System;

namespace NanoScan
{
    /// <summary>Entry point; all the work is in <see cref="NanoScanCommand"/> so tests can drive it.</summary>
    internal static class Program
    {
        private static int Main(string[] args) => NanoScanCommand.Run(args, Console.Out, Console.Error);
    }
}
