using System.IO;
using System.Linq;
using NanoScan;
using RelaxLamp.Build;
using Xunit;

namespace RelaxLamp.Nano.Tests;

public class NanoBuildTests
{
    [Fact]
    public void The_core_built_against_nano_mscorlib_passes_the_nano_scan()
    {
        string dll = BuildInfo.Get("NanoCore");
        Assert.True(File.Exists(dll), $"nano build of the core missing: {dll}");
        var report = NanoScanner.Analyze(dll);
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Description)));
        Assert.True(report.TypeCount > 20, "the scan saw the core's types");
    }

    [Fact]
    public void The_nano_core_references_nothing_but_nano_mscorlib()
    {
        Assert.Equal(["mscorlib"], References(BuildInfo.Get("NanoCore")));
    }

    [Fact]
    public void The_nano_scenario_program_passes_the_nano_scan()
    {
        var report = NanoScanner.Analyze(BuildInfo.Get("NanoScenarios"));
        Assert.True(report.IsClean, string.Join("\n", report.Findings.Select(f => f.Description)));
        Assert.Equal(["RelaxLamp.Core", "mscorlib"], References(BuildInfo.Get("NanoScenarios")).Order(System.StringComparer.Ordinal));
    }

    internal static string[] References(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToArray();
    }
}

public class FirmwareContractTests
{
    private static string[] TypeNames(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return md.TypeDefinitions.Select(h => md.GetTypeDefinition(h)).Select(t => md.GetString(t.Namespace) + "." + md.GetString(t.Name)).ToArray();
    }

    [SkippableFact]
    public void The_firmware_compiles_against_the_device_contracts_and_passes_the_nano_scan()
    {
        string contracts = BuildInfo.Get("NanoApiProps");
        Skip.IfNot(File.Exists(contracts), $"nano-api contracts not found at {contracts}: the firmware contract check is skipped");
        string dll = BuildInfo.Get("NanoFirmware");
        Assert.True(File.Exists(dll), $"check build missing: {dll}");
        var report = NanoScanner.Analyze(dll);
        Assert.True(report.IsClean, string.Join("\n", report.Findings.Select(f => f.Description)));
        Assert.Contains("RelaxLamp.Firmware.LampShell", TypeNames(dll));
    }

    [SkippableFact]
    public void The_on_device_tests_compile_for_nano_and_pass_the_nano_scan()
    {
        string harness = BuildInfo.Get("NanoClrSource");
        string contracts = BuildInfo.Get("NanoApiProps");
        Skip.IfNot(Directory.Exists(harness) || File.Exists(contracts), $"neither {harness} nor {contracts} found: the on-device tests' compile check is skipped");
        string dll = BuildInfo.Get("NanoUnitTests");
        var report = NanoScanner.Analyze(dll);
        Assert.True(report.IsClean, string.Join("\n", report.Findings.Select(f => f.Description)));
        Assert.Contains("NFUnitTest.BreathTests", TypeNames(dll));
        Assert.Contains("RelaxLamp.Core", NanoBuildTests.References(dll));
    }

    [Fact]
    public void Without_the_contracts_the_firmware_check_builds_only_what_needs_mscorlib()
    {
        // A lone clone still compiles the pin table and core for nano; with ../shared the shell joins them.
        string[] types = TypeNames(BuildInfo.Get("NanoFirmware"));
        Assert.Contains("RelaxLamp.Firmware.LampConfig", types);
        Assert.Equal(File.Exists(BuildInfo.Get("NanoApiProps")), types.Contains("RelaxLamp.Firmware.LampShell"));
    }
}
