using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// The results nanoFramework's UnitTestLauncher must print for a test assembly, read from its
/// metadata: one per [Setup] and [Cleanup], one per [TestMethod] without data rows, one per [DataRow].
/// </summary>
internal static class TestMethods
{
    /// <summary>Every test method as <c>Namespace.Type.Method</c>, with the results it must produce.</summary>
    public static IReadOnlyList<(string Name, int Results)> In(string dll)
    {
        using FileStream stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        var methods = new List<(string, int)>();
        foreach (TypeDefinitionHandle typeHandle in md.TypeDefinitions)
        {
            TypeDefinition type = md.GetTypeDefinition(typeHandle);
            string typeName = md.GetString(type.Namespace) + "." + md.GetString(type.Name);
            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                MethodDefinition method = md.GetMethodDefinition(methodHandle);
                string[] attributes = method.GetCustomAttributes().Select(a => AttributeName(md, md.GetCustomAttribute(a))).ToArray();
                int rows = attributes.Count(a => a == "DataRowAttribute");
                int runs = rows > 0 ? rows : attributes.Count(a => a is "TestMethodAttribute" or "SetupAttribute" or "CleanupAttribute");
                if (runs > 0)
                {
                    methods.Add((typeName + "." + md.GetString(method.Name), runs));
                }
            }
        }

        return methods;
    }

    private static string AttributeName(MetadataReader md, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind == HandleKind.MemberReference
            ? md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent
            : md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
        return type.Kind == HandleKind.TypeReference
            ? md.GetString(md.GetTypeReference((TypeReferenceHandle)type).Name)
            : md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)type).Name);
    }
}
