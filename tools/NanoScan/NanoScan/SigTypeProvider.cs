using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace NanoScan
{
    /// <summary>
    /// Decodes signature blobs into <see cref="SigType"/>s, collecting generic instantiations outside
    /// the allowlist and multi-dimensional arrays at any depth.
    /// </summary>
    internal sealed class SigTypeProvider : ISignatureTypeProvider<SigType, object?>
    {
        public static readonly SigTypeProvider Instance = new();

        public SigType GetPrimitiveType(PrimitiveTypeCode typeCode) => new(typeCode switch
        {
            PrimitiveTypeCode.Boolean => "bool",
            PrimitiveTypeCode.Byte => "byte",
            PrimitiveTypeCode.SByte => "sbyte",
            PrimitiveTypeCode.Char => "char",
            PrimitiveTypeCode.Int16 => "short",
            PrimitiveTypeCode.UInt16 => "ushort",
            PrimitiveTypeCode.Int32 => "int",
            PrimitiveTypeCode.UInt32 => "uint",
            PrimitiveTypeCode.Int64 => "long",
            PrimitiveTypeCode.UInt64 => "ulong",
            PrimitiveTypeCode.Single => "float",
            PrimitiveTypeCode.Double => "double",
            PrimitiveTypeCode.String => "string",
            PrimitiveTypeCode.Object => "object",
            PrimitiveTypeCode.Void => "void",
            PrimitiveTypeCode.IntPtr => "nint",
            PrimitiveTypeCode.UIntPtr => "nuint",
            PrimitiveTypeCode.TypedReference => "TypedReference",
            _ => typeCode.ToString(),
        });

        public SigType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            Named(MetadataNames.Of(reader, handle));

        public SigType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
            Named(MetadataNames.Of(reader, handle));

        public SigType GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public SigType GetSZArrayType(SigType elementType) =>
            new(elementType.Display + "[]", problems: elementType.Problems, isOpen: elementType.IsOpen);

        public SigType GetArrayType(SigType elementType, ArrayShape shape)
        {
            string display = elementType.Display + "[" + new string(',', shape.Rank - 1) + "]";
            return new(display, problems: [new(NanoRule.MultiDimensionalArray, "multi-dimensional array " + display), .. elementType.Problems], isOpen: elementType.IsOpen);
        }

        public SigType GetGenericInstantiation(SigType genericType, ImmutableArray<SigType> typeArguments)
        {
            string display = MetadataNames.WithoutArity(genericType.Display) + "<" + string.Join(", ", typeArguments.Select(a => a.Display)) + ">";
            var problems = new List<SignatureProblem>();
            bool open = typeArguments.Any(a => a.IsOpen);
            string fullName = MetadataNames.Join((genericType.Namespace ?? "", genericType.TypeName ?? genericType.Display));
            if (!AllowedGenerics.Contains(fullName))
            {
                problems.Add(new(NanoRule.GenericInstantiation, "generic instantiation " + display, open));
            }

            foreach (SigType argument in typeArguments)
            {
                problems.AddRange(argument.Problems);
            }

            return new(display, genericType.Namespace, genericType.TypeName, problems, open);
        }

        public SigType GetGenericTypeParameter(object? genericContext, int index) => new("!" + index, isOpen: true);

        public SigType GetGenericMethodParameter(object? genericContext, int index) => new("!!" + index, isOpen: true);

        public SigType GetByReferenceType(SigType elementType) =>
            new("ref " + elementType.Display, problems: elementType.Problems, isOpen: elementType.IsOpen);

        public SigType GetPointerType(SigType elementType) =>
            new(elementType.Display + "*", problems: elementType.Problems, isOpen: elementType.IsOpen);

        public SigType GetPinnedType(SigType elementType) => elementType;

        public SigType GetModifiedType(SigType modifier, SigType unmodifiedType, bool isRequired) => unmodifiedType;

        public SigType GetFunctionPointerType(MethodSignature<SigType> signature) =>
            new("delegate*", problems: [.. signature.ReturnType.Problems, .. signature.ParameterTypes.SelectMany(p => p.Problems)]);

        private static SigType Named((string Namespace, string Name) name) =>
            new(name.Name, name.Namespace, name.Name);
    }
}
