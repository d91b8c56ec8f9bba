using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NanoScan
{
    /// <summary>
    /// Finds the start-up trap of <see cref="NanoRule.StaticInitOrder"/>: a static initialiser that
    /// depends on another type of the same assembly having run its own. nanoCLR runs static
    /// constructors eagerly, in the MetadataProcessor's type order (sorted by full name), so such a
    /// read sees null or 0 whenever the other type sorts later; desktop .NET never shows it because
    /// it initialises types lazily on first use.
    /// </summary>
    /// <remarks>
    /// From each <c>.cctor</c> the scan follows the calls it makes into methods of its own type (a
    /// table built by a private helper is the usual form), and reports in any of them: a load, address
    /// or store of another type's static field, a call to another type's static method, or a
    /// <c>newobj</c> of another type that has static initialisers of its own. References into other
    /// assemblies are allowed: nanoCLR initialises assemblies one after another, dependencies first.
    /// Constants (<c>const</c>, enum values) are inlined by the compiler and never reach the IL.
    /// </remarks>
    internal sealed class StaticInitScan
    {
        private readonly PEReader pe;
        private readonly MetadataReader md;
        private readonly Dictionary<TypeDefinitionHandle, bool> hasInitialiser = [];

        public StaticInitScan(PEReader pe, MetadataReader md)
        {
            this.pe = pe;
            this.md = md;
        }

        /// <summary>Reports every dependency of a static initialiser on another type of this assembly.</summary>
        /// <param name="report">Called with the finding's location (the method whose IL holds it) and message.</param>
        public void Run(System.Action<string, string> report)
        {
            foreach (TypeDefinitionHandle type in md.TypeDefinitions)
            {
                MethodDefinitionHandle cctor = StaticConstructor(type);
                if (!cctor.IsNil)
                {
                    ScanFrom(type, cctor, report);
                }
            }
        }

        private void ScanFrom(TypeDefinitionHandle owner, MethodDefinitionHandle cctor, System.Action<string, string> report)
        {
            string ownerName = MetadataNames.Full(md, owner);
            var visited = new HashSet<MethodDefinitionHandle> { cctor };
            var pending = new Queue<MethodDefinitionHandle>();
            pending.Enqueue(cctor);
            while (pending.Count > 0)
            {
                MethodDefinitionHandle method = pending.Dequeue();
                MethodDefinition definition = md.GetMethodDefinition(method);
                if (definition.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                string location = MetadataNames.Method(md, method);
                string via = method == cctor ? "static initialiser of " + ownerName : "static initialiser of " + ownerName + " (through " + md.GetString(definition.Name) + ")";
                IlWalker.Walk(pe.GetMethodBody(definition.RelativeVirtualAddress).GetILReader(), (op, token) =>
                {
                    if (token == 0 || op == ILOpCode.Ldstr)
                    {
                        return;
                    }

                    EntityHandle handle = MetadataTokens.EntityHandle(token);
                    if (handle.Kind == HandleKind.FieldDefinition && op is ILOpCode.Ldsfld or ILOpCode.Ldsflda or ILOpCode.Stsfld)
                    {
                        FieldDefinition field = md.GetFieldDefinition((FieldDefinitionHandle)handle);
                        TypeDefinitionHandle other = field.GetDeclaringType();
                        if (other != owner)
                        {
                            string verb = op == ILOpCode.Stsfld ? " writes " : " reads ";
                            report(location, via + verb + MetadataNames.Full(md, other) + "." + md.GetString(field.Name) + ", which nanoCLR may not have initialised yet");
                        }
                    }
                    else if (handle.Kind == HandleKind.MethodDefinition && op is ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Newobj or ILOpCode.Ldftn)
                    {
                        var callee = (MethodDefinitionHandle)handle;
                        MethodDefinition target = md.GetMethodDefinition(callee);
                        TypeDefinitionHandle other = target.GetDeclaringType();
                        if (other == owner)
                        {
                            if (visited.Add(callee))
                            {
                                pending.Enqueue(callee);
                            }
                        }
                        else if (op == ILOpCode.Newobj)
                        {
                            if (HasInitialiser(other))
                            {
                                report(location, via + " constructs " + MetadataNames.Full(md, other) + ", whose static initialiser nanoCLR may not have run yet");
                            }
                        }
                        else if ((target.Attributes & System.Reflection.MethodAttributes.Static) != 0)
                        {
                            report(location, via + " calls " + MetadataNames.Method(md, callee).Replace("::", ".", System.StringComparison.Ordinal) + " of another type, which nanoCLR may not have initialised yet");
                        }
                    }
                });
            }
        }

        private bool HasInitialiser(TypeDefinitionHandle type)
        {
            if (!hasInitialiser.TryGetValue(type, out bool has))
            {
                has = !StaticConstructor(type).IsNil;
                hasInitialiser[type] = has;
            }

            return has;
        }

        private MethodDefinitionHandle StaticConstructor(TypeDefinitionHandle type)
        {
            foreach (MethodDefinitionHandle method in md.GetTypeDefinition(type).GetMethods())
            {
                if (md.StringComparer.Equals(md.GetMethodDefinition(method).Name, ".cctor"))
                {
                    return method;
                }
            }

            return default;
        }
    }
}
