using System;

namespace RelaxLamp.Bench.IlCount;

/// <summary>
/// The counter that instrumented code bumps at the start of every basic block: per method, the
/// block's IL instructions and, apart, its calls (call, callvirt, newobj). Lives in the bench; the
/// instrumented copies of the core and of the baselines call into the copy of it loaded beside them.
/// </summary>
public static class IlCounter
{
    private static long[] s_instructions = Array.Empty<long>();
    private static long[] s_calls = Array.Empty<long>();

    /// <summary>IL instructions executed since <see cref="Reset"/>, all methods.</summary>
    public static long Instructions { get; private set; }

    /// <summary>Calls executed since <see cref="Reset"/>, all methods.</summary>
    public static long Calls { get; private set; }

    /// <summary>Clears every count and sizes the per-method counts for <paramref name="methods"/> methods.</summary>
    public static void Reset(int methods)
    {
        s_instructions = new long[methods];
        s_calls = new long[methods];
        Instructions = 0;
        Calls = 0;
    }

    /// <summary>IL instructions executed in <paramref name="method"/> since <see cref="Reset"/>.</summary>
    public static long InstructionsOf(int method) => s_instructions[method];

    /// <summary>Calls executed in <paramref name="method"/> since <see cref="Reset"/>.</summary>
    public static long CallsOf(int method) => s_calls[method];

    /// <summary>Copies the per-method instruction counts into <paramref name="into"/>.</summary>
    public static void CopyInstructions(long[] into) => Array.Copy(s_instructions, into, s_instructions.Length);

    /// <summary>Copies the per-method call counts into <paramref name="into"/>.</summary>
    public static void CopyCalls(long[] into) => Array.Copy(s_calls, into, s_calls.Length);

    /// <summary>Called by instrumented code on entering a basic block.</summary>
    public static void Hit(int method, int instructions, int calls)
    {
        s_instructions[method] += instructions;
        s_calls[method] += calls;
        Instructions += instructions;
        Calls += calls;
    }
}
