using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace RelaxLamp.Bench.IlCount;

/// <summary>
/// Instruments copies of compiled assemblies with Mono.Cecil so that each basic block, on entry,
/// reports its IL instruction count and its call count to <see cref="IlCounter.Hit"/>. nanoCLR
/// interprets IL one instruction at a time, so the count is a deterministic stand-in for device time.
/// </summary>
/// <remarks>
/// The count probe goes in front of each block by turning the block's first instruction into the
/// probe's first and re-adding the original after the probe: every branch, switch and exception
/// handler that pointed at the block keeps pointing at the same instruction object, now the probe.
/// A block is counted whole on entry; no frame throws, so that is exact.
/// </remarks>
public static class Instrumenter
{
    /// <summary>Namespace of the bench whose types are counted too.</summary>
    public const string BaselinesNamespace = "RelaxLamp.Bench.Baselines";

    /// <summary>Instruments every method of the core at <paramref name="corePath"/> and the baselines in the bench at <paramref name="benchPath"/>.</summary>
    public static InstrumentedAssemblies Instrument(string corePath, string benchPath)
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(benchPath)));
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(corePath)));
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location));
        var read = new ReaderParameters { AssemblyResolver = resolver, ReadingMode = ReadingMode.Immediate, InMemory = true };
        using var bench = ModuleDefinition.ReadModule(benchPath, read);
        using var core = ModuleDefinition.ReadModule(corePath, read);

        TypeDefinition counter = bench.GetType(typeof(IlCounter).FullName) ?? throw new InvalidOperationException("IlCounter not found in the bench");
        MethodDefinition hit = counter.Methods.Single(m => m.Name == nameof(IlCounter.Hit));
        var names = new List<string>();

        MethodReference coreHit = core.ImportReference(hit);
        foreach (TypeDefinition type in core.GetTypes())
        {
            InstrumentType(type, coreHit, names);
        }

        foreach (TypeDefinition type in bench.GetTypes().Where(t => NamespaceOf(t) == BaselinesNamespace))
        {
            InstrumentType(type, hit, names);
        }

        return new InstrumentedAssemblies(Write(core), Write(bench), names);
    }

    /// <summary>The basic blocks of a method body: each block's first instruction, instruction count and call count.</summary>
    public static List<(Instruction First, int Instructions, int Calls)> BlocksOf(MethodBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var leaders = Leaders(body);
        var blocks = new List<(Instruction First, int Instructions, int Calls)>();
        foreach (Instruction ins in body.Instructions)
        {
            if (blocks.Count == 0 || leaders.Contains(ins))
            {
                blocks.Add((ins, 0, 0));
            }

            var last = blocks[^1];
            blocks[^1] = (last.First, last.Instructions + 1, last.Calls + (IsCall(ins.OpCode) ? 1 : 0));
        }

        return blocks;
    }

    /// <summary>True for the instructions counted as calls: call, callvirt, calli and newobj.</summary>
    public static bool IsCall(OpCode op) => op.Code is Code.Call or Code.Callvirt or Code.Calli or Code.Newobj;

    private static void InstrumentType(TypeDefinition type, MethodReference hit, List<string> names)
    {
        foreach (MethodDefinition method in type.Methods.Where(m => m.HasBody))
        {
            int id = names.Count;
            names.Add(type.FullName + "::" + method.Name);
            InstrumentMethod(method, id, hit);
        }
    }

    private static void InstrumentMethod(MethodDefinition method, int id, MethodReference hit)
    {
        MethodBody body = method.Body;
        body.SimplifyMacros();
        var blocks = BlocksOf(body);
        ILProcessor il = body.GetILProcessor();
        foreach (var (first, instructions, calls) in blocks)
        {
            Instruction moved = il.Create(OpCodes.Nop);
            moved.OpCode = first.OpCode;
            moved.Operand = first.Operand;
            first.OpCode = OpCodes.Ldc_I4;
            first.Operand = id;
            il.InsertAfter(first, moved);
            il.InsertAfter(first, il.Create(OpCodes.Call, hit));
            il.InsertAfter(first, il.Create(OpCodes.Ldc_I4, calls));
            il.InsertAfter(first, il.Create(OpCodes.Ldc_I4, instructions));
        }

        body.MaxStackSize += 3;
        body.OptimizeMacros();
    }

    private static HashSet<Instruction> Leaders(MethodBody body)
    {
        var leaders = new HashSet<Instruction>();
        foreach (Instruction ins in body.Instructions)
        {
            if (ins.Operand is Instruction target)
            {
                leaders.Add(target);
            }
            else if (ins.Operand is Instruction[] targets)
            {
                leaders.UnionWith(targets);
            }

            FlowControl flow = ins.OpCode.FlowControl;
            if ((flow is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw) && ins.Next != null)
            {
                leaders.Add(ins.Next);
            }
        }

        foreach (ExceptionHandler h in body.ExceptionHandlers)
        {
            foreach (Instruction? edge in new[] { h.TryStart, h.TryEnd, h.HandlerStart, h.HandlerEnd, h.FilterStart })
            {
                if (edge != null)
                {
                    leaders.Add(edge);
                }
            }
        }

        return leaders;
    }

    private static string NamespaceOf(TypeDefinition type) => type.DeclaringType != null ? NamespaceOf(type.DeclaringType) : type.Namespace;

    private static byte[] Write(ModuleDefinition module)
    {
        using var stream = new MemoryStream();
        module.Write(stream);
        return stream.ToArray();
    }
}
