using System;
using System.IO;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace NanoClrHost;

/// <summary>
/// A nano program takes no command line, so a run's parameters are compiled in: this writes a copy
/// of the program whose parameter method (a static method whose body is <c>return 0;</c>) returns
/// another constant. The bench uses it to run one measurement per variant on the interpreter.
/// </summary>
public static class PlanPatch
{
    /// <summary>Writes <paramref name="dll"/> to <paramref name="folder"/> with <c>type.method()</c> returning <paramref name="value"/>; returns the copy's path.</summary>
    /// <param name="dll">The nano program.</param>
    /// <param name="typeName">Full name of the type holding the parameter method.</param>
    /// <param name="methodName">The parameter method: static, no arguments, returns int.</param>
    /// <param name="value">What it returns in the copy.</param>
    /// <param name="folder">Where to write the copy (same file name).</param>
    /// <exception cref="InvalidOperationException">The method is not there or not of that shape.</exception>
    public static string Write(string dll, string typeName, string methodName, int value, string folder)
    {
        Directory.CreateDirectory(folder);
        string copy = Path.Combine(folder, Path.GetFileName(dll));
        using (ModuleDefinition module = ModuleDefinition.ReadModule(dll, new ReaderParameters { ReadSymbols = false }))
        {
            MethodDefinition method = module.GetType(typeName)?.Methods.SingleOrDefault(m => m.Name == methodName && m.IsStatic && m.Parameters.Count == 0 && m.ReturnType.MetadataType == MetadataType.Int32)
                ?? throw new InvalidOperationException(typeName + "." + methodName + "(): static int with no arguments not found in " + dll);
            method.Body.Instructions.Clear();
            method.Body.Variables.Clear();
            ILProcessor il = method.Body.GetILProcessor();
            il.Emit(OpCodes.Ldc_I4, value);
            il.Emit(OpCodes.Ret);
            module.Write(copy);
        }

        return copy;
    }
}
