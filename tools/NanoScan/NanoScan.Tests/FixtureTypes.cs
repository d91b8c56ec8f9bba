using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NanoScan.Tests
{
    /// <summary>Names of the types an assembly defines, read from metadata, to check what the compiler embedded.</summary>
    internal static class FixtureTypes
    {
        public static IReadOnlyList<string> Names(string path)
        {
            using FileStream stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            MetadataReader md = pe.GetMetadataReader();
            var names = new List<string>();
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(handle);
                names.Add(md.GetString(type.Namespace) + "." + md.GetString(type.Name));
            }

            return names;
        }
    }
}
