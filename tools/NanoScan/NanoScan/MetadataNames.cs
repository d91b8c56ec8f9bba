using System.Reflection.Metadata;
using System.Text;

namespace NanoScan
{
    /// <summary>Readable names for metadata rows: <c>Ns.Outer+Inner</c> and <c>Ns.Type::Member</c>.</summary>
    internal static class MetadataNames
    {
        /// <summary>Namespace (of the outermost type) and name (nested names joined by '+') of a defined type.</summary>
        public static (string Namespace, string Name) Of(MetadataReader md, TypeDefinitionHandle handle)
        {
            TypeDefinition type = md.GetTypeDefinition(handle);
            TypeDefinitionHandle outer = type.GetDeclaringType();
            if (outer.IsNil)
            {
                return (md.GetString(type.Namespace), md.GetString(type.Name));
            }

            (string ns, string outerName) = Of(md, outer);
            return (ns, outerName + "+" + md.GetString(type.Name));
        }

        /// <summary>Namespace (of the outermost type) and name (nested names joined by '+') of a referenced type.</summary>
        public static (string Namespace, string Name) Of(MetadataReader md, TypeReferenceHandle handle)
        {
            TypeReference type = md.GetTypeReference(handle);
            if (type.ResolutionScope.Kind != HandleKind.TypeReference)
            {
                return (md.GetString(type.Namespace), md.GetString(type.Name));
            }

            (string ns, string outerName) = Of(md, (TypeReferenceHandle)type.ResolutionScope);
            return (ns, outerName + "+" + md.GetString(type.Name));
        }

        /// <summary>The full name of a defined type, e.g. <c>Ns.Outer+Inner</c>.</summary>
        public static string Full(MetadataReader md, TypeDefinitionHandle handle) => Join(Of(md, handle));

        /// <summary>The full name of a referenced type.</summary>
        public static string Full(MetadataReader md, TypeReferenceHandle handle) => Join(Of(md, handle));

        /// <summary>Namespace and name joined with a dot (no dot for the global namespace).</summary>
        public static string Join((string Namespace, string Name) name) =>
            name.Namespace.Length == 0 ? name.Name : name.Namespace + "." + name.Name;

        /// <summary>A type's name without arity suffixes: <c>List`1</c> becomes <c>List</c>, <c>A`1+B</c> becomes <c>A+B</c>.</summary>
        public static string WithoutArity(string name)
        {
            var text = new StringBuilder(name.Length);
            for (int i = 0; i < name.Length; i++)
            {
                if (name[i] == '`')
                {
                    while (i + 1 < name.Length && char.IsAsciiDigit(name[i + 1]))
                    {
                        i++;
                    }
                }
                else
                {
                    text.Append(name[i]);
                }
            }

            return text.ToString();
        }

        /// <summary>The location of a defined method: <c>Ns.Type::Method</c>.</summary>
        public static string Method(MetadataReader md, MethodDefinitionHandle handle)
        {
            MethodDefinition method = md.GetMethodDefinition(handle);
            return Full(md, method.GetDeclaringType()) + "::" + md.GetString(method.Name);
        }
    }
}
