using System.Collections.Generic;

namespace NanoScan
{
    /// <summary>The result of scanning one assembly.</summary>
    public sealed class ScanReport
    {
        /// <summary>Creates a report.</summary>
        /// <param name="assemblyPath">The path scanned, as given.</param>
        /// <param name="findings">The findings, in metadata order.</param>
        /// <param name="typeCount">Types defined (without &lt;Module&gt;).</param>
        /// <param name="methodCount">Methods defined.</param>
        public ScanReport(string assemblyPath, IReadOnlyList<NanoFinding> findings, int typeCount, int methodCount)
        {
            AssemblyPath = assemblyPath;
            Findings = findings;
            TypeCount = typeCount;
            MethodCount = methodCount;
        }

        /// <summary>The path scanned, as given.</summary>
        public string AssemblyPath { get; }

        /// <summary>The findings, in metadata order, each once per location.</summary>
        public IReadOnlyList<NanoFinding> Findings { get; }

        /// <summary>Types defined in the assembly (without &lt;Module&gt;).</summary>
        public int TypeCount { get; }

        /// <summary>Methods defined in the assembly.</summary>
        public int MethodCount { get; }

        /// <summary>True when nothing was found.</summary>
        public bool IsClean => Findings.Count == 0;

        /// <summary>The closing line the console prints.</summary>
        public string Summary => IsClean
            ? $"nano scan: clean: {AssemblyPath} ({TypeCount} types, {MethodCount} methods)"
            : $"nano scan: {Findings.Count} findings in {AssemblyPath}";
    }
}
