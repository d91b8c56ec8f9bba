using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace RelaxLamp.Bench.Figures;

/// <summary>Size of a compiled assembly: the file, its metadata and its method bodies' IL.</summary>
/// <param name="Path">The assembly measured.</param>
/// <param name="FileBytes">Size of the file.</param>
/// <param name="MetadataBytes">Size of the metadata (names, signatures, tables).</param>
/// <param name="IlBytes">Bytes of IL in all method bodies (headers included).</param>
/// <param name="Methods">Methods with a body.</param>
/// <param name="Types">Types defined.</param>
public sealed record AssemblySize(string Path, long FileBytes, int MetadataBytes, int IlBytes, int Methods, int Types)
{
    /// <summary>Measures the assembly at <paramref name="path"/>.</summary>
    public static AssemblySize Measure(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        int il = 0;
        int methods = 0;
        foreach (MethodDefinitionHandle h in md.MethodDefinitions)
        {
            int rva = md.GetMethodDefinition(h).RelativeVirtualAddress;
            if (rva != 0)
            {
                il += pe.GetMethodBody(rva).Size;
                methods++;
            }
        }

        return new AssemblySize(path, stream.Length, pe.GetMetadata().Length, il, methods, md.TypeDefinitions.Count);
    }
}
