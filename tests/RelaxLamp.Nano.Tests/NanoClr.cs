using System.IO;
using NanoClrHost;
using RelaxLamp.Build;
using Xunit;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// The nanoCLR harness that build/NanoClr.targets built from ../shared/nanoclr into the repo's
/// .nanoclr folder. Where ../shared/nanoclr is absent, every test that needs it says Skipped.
/// </summary>
internal static class NanoClr
{
    /// <summary>The harness, or a skip naming what is missing.</summary>
    public static NanoClrHarness Require()
    {
        string source = BuildInfo.Get("NanoClrSource");
        Skip.IfNot(File.Exists(Path.Combine(source, "build.sh")), $"nanoCLR harness sources not found at {source}: the run on the real interpreter is skipped (clone the repo beside ../shared to run it)");
        string props = BuildInfo.Get("NanoClrProps");
        return NanoClrHarness.Find(props) ?? throw new FileNotFoundException($"{source} exists but the build left no harness: see .nanoclr.log", props);
    }

    /// <summary>A .pe path for a nano build's .dll.</summary>
    public static string PeOf(string dll) => Path.ChangeExtension(dll, ".pe");
}
