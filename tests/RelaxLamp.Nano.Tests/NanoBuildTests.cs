using System.IO;
using System.Linq;
using System.Reflection;
using NanoScan;
using Xunit;

namespace RelaxLamp.Nano.Tests;

public class NanoBuildTests
{
    private static string Built(string key) =>
        typeof(NanoBuildTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [Fact]
    public void The_core_built_against_nano_mscorlib_passes_the_nano_scan()
    {
        string dll = Built("NanoCore");
        Assert.True(File.Exists(dll), $"nano build of the core missing: {dll}");
        var report = NanoScanner.Analyze(dll);
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Description)));
        Assert.True(report.TypeCount > 20, "the scan saw the core's types");
    }

    [Fact]
    public void The_nano_core_references_nothing_but_nano_mscorlib()
    {
        using var stream = File.OpenRead(Built("NanoCore"));
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var names = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToArray();
        Assert.Equal(new[] { "mscorlib" }, names);
    }
}

public class FirmwareContractTests
{
    private static string Built(string key) =>
        typeof(FirmwareContractTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static bool ContractsPresent => File.Exists(Built("NanoApiProps"));

    private static string[] TypeNames(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return md.TypeDefinitions.Select(h => md.GetTypeDefinition(h)).Select(t => md.GetString(t.Namespace) + "." + md.GetString(t.Name)).ToArray();
    }

    [Theory]
    [InlineData("NanoFirmware", "RelaxLamp.Firmware.LampShell")]
    [InlineData("NanoUnitTests", "NFUnitTest.BreathTests")]
    public void Device_projects_compile_against_the_contracts_and_pass_the_nano_scan(string key, string deviceType)
    {
        string dll = Built(key);
        Assert.True(File.Exists(dll), $"check build missing: {dll}");
        var report = NanoScanner.Analyze(dll);
        Assert.True(report.IsClean, string.Join("\n", report.Findings.Select(f => f.Description)));

        // With ../shared/nano-api beside the repo the device code itself is in the assembly; without
        // it (a lone clone) the check compiles only the core and says it was skipped.
        Assert.Equal(ContractsPresent, TypeNames(dll).Contains(deviceType));
    }
}
