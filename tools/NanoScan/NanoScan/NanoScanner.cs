using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NanoScan
{
    /// <summary>
    /// Scans a compiled assembly's metadata and IL (never loading it) for constructs that compile
    /// but that nanoCLR 1.x cannot run: see <see cref="NanoRule"/>.
    /// </summary>
    public static class NanoScanner
    {
        /// <summary>Scans an assembly file.</summary>
        /// <param name="assemblyPath">Path to a .dll or .exe with .NET metadata.</param>
        /// <returns>The findings, empty when the assembly is nano-compatible.</returns>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
        public static IReadOnlyList<NanoFinding> Scan(string assemblyPath) => Analyze(assemblyPath).Findings;

        /// <summary>Scans an assembly file and also counts what it defines.</summary>
        /// <param name="assemblyPath">Path to a .dll or .exe with .NET metadata.</param>
        /// <returns>The findings and counts.</returns>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
        public static ScanReport Analyze(string assemblyPath)
        {
            ArgumentException.ThrowIfNullOrEmpty(assemblyPath);
            using FileStream stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new BadImageFormatException("no .NET metadata", assemblyPath);
            }

            MetadataReader md = pe.GetMetadataReader();
            var walker = new AssemblyWalker(pe, md);
            walker.Run();

            int types = md.TypeDefinitions.Count;
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                // Row 1 is the <Module> pseudo-type, not written by anyone.
                if (md.StringComparer.Equals(md.GetTypeDefinition(handle).Name, "<Module>"))
                {
                    types--;
                }

                break;
            }

            return new ScanReport(assemblyPath, walker.Findings, types, md.MethodDefinitions.Count);
        }
    }
}
