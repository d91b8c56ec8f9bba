using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NanoScan
{
    /// <summary>
    /// Visits every place of an assembly where a forbidden construct can sit (definitions, signatures,
    /// locals, IL operands, attributes) and records each finding once per location.
    /// </summary>
    internal sealed class AssemblyWalker
    {
        private const string ModuleLocation = "<module>";

        private readonly PEReader pe;
        private readonly MetadataReader md;
        private readonly List<NanoFinding> findings = [];
        private readonly HashSet<NanoFinding> seen = [];
        private readonly HashSet<(NanoRule, string)> seenMessages = [];
        private bool orphans;

        public AssemblyWalker(PEReader pe, MetadataReader md)
        {
            this.pe = pe;
            this.md = md;
        }

        public IReadOnlyList<NanoFinding> Findings => findings;

        public void Run()
        {
            CheckAttributes(ModuleLocation, md.GetModuleDefinition().GetCustomAttributes());
            if (md.IsAssembly)
            {
                CheckAttributes(ModuleLocation, md.GetAssemblyDefinition().GetCustomAttributes());
            }

            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                CheckType(handle);
            }

            CheckOrphans();
            new StaticInitScan(pe, md).Run((location, message) => Add(NanoRule.StaticInitOrder, location, message));
        }

        private void CheckType(TypeDefinitionHandle handle)
        {
            TypeDefinition type = md.GetTypeDefinition(handle);
            string location = MetadataNames.Full(md, handle);
            CheckGenericParameters(location, "generic type definition", type.GetGenericParameters());
            CheckAttributes(location, type.GetCustomAttributes());
            if (!type.BaseType.IsNil)
            {
                CheckTypeToken(location, type.BaseType);
            }

            foreach (InterfaceImplementationHandle impl in type.GetInterfaceImplementations())
            {
                CheckTypeToken(location, md.GetInterfaceImplementation(impl).Interface);
            }

            foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
            {
                FieldDefinition field = md.GetFieldDefinition(fieldHandle);
                string fieldLocation = location + "::" + md.GetString(field.Name);
                Report(fieldLocation, field.DecodeSignature(SigTypeProvider.Instance, null).Problems);
                CheckAttributes(fieldLocation, field.GetCustomAttributes());
            }

            foreach (PropertyDefinitionHandle propertyHandle in type.GetProperties())
            {
                PropertyDefinition property = md.GetPropertyDefinition(propertyHandle);
                string propertyLocation = location + "::" + md.GetString(property.Name);
                Report(propertyLocation, property.DecodeSignature(SigTypeProvider.Instance, null));
                CheckAttributes(propertyLocation, property.GetCustomAttributes());
            }

            foreach (EventDefinitionHandle eventHandle in type.GetEvents())
            {
                EventDefinition ev = md.GetEventDefinition(eventHandle);
                string eventLocation = location + "::" + md.GetString(ev.Name);
                CheckTypeToken(eventLocation, ev.Type);
                CheckAttributes(eventLocation, ev.GetCustomAttributes());
            }

            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                CheckMethod(location + "::" + md.GetString(md.GetMethodDefinition(methodHandle).Name), methodHandle);
            }
        }

        private void CheckMethod(string location, MethodDefinitionHandle handle)
        {
            MethodDefinition method = md.GetMethodDefinition(handle);
            CheckGenericParameters(location, "generic method definition", method.GetGenericParameters());
            Report(location, method.DecodeSignature(SigTypeProvider.Instance, null));
            CheckAttributes(location, method.GetCustomAttributes());
            foreach (ParameterHandle parameter in method.GetParameters())
            {
                CheckAttributes(location, md.GetParameter(parameter).GetCustomAttributes());
            }

            if (method.RelativeVirtualAddress == 0 || (method.ImplAttributes & MethodImplAttributes.CodeTypeMask) != MethodImplAttributes.IL)
            {
                return;
            }

            MethodBodyBlock body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                foreach (SigType local in md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(SigTypeProvider.Instance, null))
                {
                    Report(location, local.Problems);
                }
            }

            foreach (ExceptionRegion region in body.ExceptionRegions)
            {
                if (!region.CatchType.IsNil)
                {
                    CheckTypeToken(location, region.CatchType);
                }
            }

            IlWalker.Walk(body.GetILReader(), (op, token) =>
            {
                if (op == ILOpCode.Localloc)
                {
                    Add(NanoRule.StackAlloc, location, "stackalloc (IL localloc)");
                }
                else if (token != 0 && op != ILOpCode.Ldstr)
                {
                    CheckOperand(location, MetadataTokens.EntityHandle(token));
                }
            });
        }

        private void CheckGenericParameters(string location, string what, GenericParameterHandleCollection parameters)
        {
            if (parameters.Count == 0)
            {
                return;
            }

            string name = location[(location.LastIndexOf(':') + 1)..];
            string names = string.Join(", ", parameters.Select(p => md.GetString(md.GetGenericParameter(p).Name)));
            Add(NanoRule.GenericDefinition, location, what + " " + MetadataNames.WithoutArity(name) + "<" + names + ">");
            foreach (GenericParameterHandle parameter in parameters)
            {
                foreach (GenericParameterConstraintHandle constraint in md.GetGenericParameter(parameter).GetConstraints())
                {
                    CheckTypeToken(location, md.GetGenericParameterConstraint(constraint).Type);
                }
            }
        }

        private void CheckAttributes(string location, CustomAttributeHandleCollection attributes)
        {
            foreach (CustomAttributeHandle handle in attributes)
            {
                EntityHandle constructor = md.GetCustomAttribute(handle).Constructor;
                if (constructor.Kind == HandleKind.MemberReference)
                {
                    // A generic attribute class or a constructor signature; not a call, so no API check.
                    CheckMemberReference(location, (MemberReferenceHandle)constructor, checkApi: false);
                }
            }
        }

        /// <summary>A type named by a TypeDef, TypeRef or TypeSpec token outside a signature blob.</summary>
        private void CheckTypeToken(string location, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeSpecification:
                    SigType type = SigTypeProvider.Instance.GetTypeFromSpecification(md, null, (TypeSpecificationHandle)handle, 0);
                    Report(location, type.Problems);
                    if (type.Namespace is not null && type.TypeName is not null)
                    {
                        CheckApi(location, type.Namespace, type.TypeName, null, "uses");
                    }

                    break;
                case HandleKind.TypeReference:
                    (string ns, string name) = MetadataNames.Of(md, (TypeReferenceHandle)handle);
                    CheckApi(location, ns, name, null, "uses");
                    break;
            }
        }

        private void CheckOperand(string location, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeReference:
                case HandleKind.TypeSpecification:
                    CheckTypeToken(location, handle);
                    break;
                case HandleKind.MemberReference:
                    CheckMemberReference(location, (MemberReferenceHandle)handle, checkApi: true);
                    break;
                case HandleKind.MethodSpecification:
                    CheckMethodSpecification(location, (MethodSpecificationHandle)handle);
                    break;
                case HandleKind.StandaloneSignature:
                    // calli: the call site's own signature.
                    Report(location, md.GetStandaloneSignature((StandaloneSignatureHandle)handle).DecodeMethodSignature(SigTypeProvider.Instance, null));
                    break;
            }
        }

        private void CheckMethodSpecification(string location, MethodSpecificationHandle handle)
        {
            MethodSpecification spec = md.GetMethodSpecification(handle);
            ImmutableArray<SigType> arguments = spec.DecodeSignature(SigTypeProvider.Instance, null);
            string method = spec.Method.Kind switch
            {
                HandleKind.MethodDefinition => MetadataNames.Method(md, (MethodDefinitionHandle)spec.Method).Replace("::", ".", StringComparison.Ordinal),
                HandleKind.MemberReference => MemberDisplay((MemberReferenceHandle)spec.Method),
                _ => "method",
            };
            Add(NanoRule.GenericInstantiation, location, "generic method instantiation " + method + "<" + string.Join(", ", arguments.Select(a => a.Display)) + ">");
            foreach (SigType argument in arguments)
            {
                Report(location, argument.Problems);
            }

            if (spec.Method.Kind == HandleKind.MemberReference)
            {
                CheckMemberReference(location, (MemberReferenceHandle)spec.Method, checkApi: true);
            }
        }

        private void CheckMemberReference(string location, MemberReferenceHandle handle, bool checkApi)
        {
            MemberReference member = md.GetMemberReference(handle);
            string? ns = null;
            string? typeName = null;
            switch (member.Parent.Kind)
            {
                case HandleKind.TypeReference:
                    (ns, typeName) = MetadataNames.Of(md, (TypeReferenceHandle)member.Parent);
                    break;
                case HandleKind.TypeSpecification:
                    SigType parent = SigTypeProvider.Instance.GetTypeFromSpecification(md, null, (TypeSpecificationHandle)member.Parent, 0);
                    Report(location, parent.Problems);
                    (ns, typeName) = (parent.Namespace, parent.TypeName);
                    break;
            }

            // A referenced member's signature is as declared, over its owner's generic parameters
            // (Task<!0> get_Task()); the instantiation actually used is the parent or MethodSpec,
            // checked on their own, so open instantiations here would only repeat them.
            if (member.GetKind() == MemberReferenceKind.Method)
            {
                Report(location, member.DecodeMethodSignature(SigTypeProvider.Instance, null), closedOnly: true);
            }
            else
            {
                Report(location, member.DecodeFieldSignature(SigTypeProvider.Instance, null).Problems, closedOnly: true);
            }

            if (checkApi && ns is not null && typeName is not null)
            {
                string verb = member.GetKind() == MemberReferenceKind.Method ? "calls" : "uses";
                CheckApi(location, ns, typeName, md.GetString(member.Name), verb);
            }
        }

        private void CheckApi(string location, string ns, string typeName, string? member, string verb)
        {
            if (orphans)
            {
                // API use is about code; an unreached type or member reference is not a use.
                return;
            }

            string? reason = UnsupportedApis.Reason(ns, typeName, member);
            if (reason is not null)
            {
                string name = MetadataNames.Join((ns, MetadataNames.WithoutArity(typeName))) + (member is null ? "" : "." + member);
                Add(NanoRule.UnsupportedApi, location, verb + " " + name + ": " + reason);
            }
        }

        /// <summary>
        /// Generic instantiations and member references that nothing above reached (e.g. only in a
        /// method override's declaration), reported once under &lt;module&gt; unless already reported.
        /// </summary>
        private void CheckOrphans()
        {
            orphans = true;
            for (int row = 1; row <= md.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                CheckTypeToken(ModuleLocation, MetadataTokens.TypeSpecificationHandle(row));
            }

            foreach (MemberReferenceHandle handle in md.MemberReferences)
            {
                CheckMemberReference(ModuleLocation, handle, checkApi: false);
            }

            for (int row = 1; row <= md.GetTableRowCount(TableIndex.MethodSpec); row++)
            {
                CheckMethodSpecification(ModuleLocation, MetadataTokens.MethodSpecificationHandle(row));
            }
        }

        private string MemberDisplay(MemberReferenceHandle handle)
        {
            MemberReference member = md.GetMemberReference(handle);
            string owner = member.Parent.Kind switch
            {
                HandleKind.TypeReference => MetadataNames.Full(md, (TypeReferenceHandle)member.Parent),
                HandleKind.TypeSpecification => SigTypeProvider.Instance.GetTypeFromSpecification(md, null, (TypeSpecificationHandle)member.Parent, 0).Display,
                HandleKind.TypeDefinition => MetadataNames.Full(md, (TypeDefinitionHandle)member.Parent),
                _ => "?",
            };
            return owner + "." + md.GetString(member.Name);
        }

        private void Report(string location, MethodSignature<SigType> signature, bool closedOnly = false)
        {
            Report(location, signature.ReturnType.Problems, closedOnly);
            foreach (SigType parameter in signature.ParameterTypes)
            {
                Report(location, parameter.Problems, closedOnly);
            }
        }

        private void Report(string location, IReadOnlyList<SignatureProblem> problems, bool closedOnly = false)
        {
            foreach (SignatureProblem problem in problems)
            {
                if (!(closedOnly && problem.Open))
                {
                    Add(problem.Rule, location, problem.Message);
                }
            }
        }

        private void Add(NanoRule rule, string location, string message)
        {
            if (orphans && seenMessages.Contains((rule, message)))
            {
                return;
            }

            var finding = new NanoFinding(rule, location, message);
            if (seen.Add(finding))
            {
                findings.Add(finding);
                seenMessages.Add((rule, message));
            }
        }
    }
}
