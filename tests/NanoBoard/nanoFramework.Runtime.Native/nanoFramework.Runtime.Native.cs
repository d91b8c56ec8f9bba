// Stand-in for nanoFramework.Runtime.Native 1.7.11 on the virtual board (run with nfrun --managed, as the
// host nanoCLR has this assembly's native part). GC.Run does not collect; it reports a fixed free size.

using System;

namespace nanoFramework.Runtime.Native
{
    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 8
    }

    public class Power
    {
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) => throw new NotSupportedException();
        public static void RebootDevice(int exeConstraintTimeout, RebootOption rebootOption = RebootOption.NormalReboot) => throw new NotSupportedException();
    }

    public static class GC
    {
        public static uint Run(bool compactHeap) => 100000;
    }

    public static class SystemInfo
    {
        public static string TargetName => throw new NotSupportedException();
        public static string Platform => throw new NotSupportedException();
    }
}

namespace System
{
    // Upstream puts System.Environment in this assembly (mscorlib 1.17.11 has no Environment type).
    // TickCount64: milliseconds since the CLR started, from the system tick, not the wall clock.
    public static class Environment
    {
        public static long TickCount64 => throw new NotSupportedException();
    }
}
