using System.Linq;
using NanoClrHost;
using RelaxLamp.Build;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Nano.Tests;

/// <summary>firmware/NFUnitTest, the on-device tests, run on the real interpreter with nanoFramework's own TestFramework and launcher.</summary>
public class OnDeviceTests
{
    private readonly ITestOutputHelper output;

    public OnDeviceTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SkippableFact]
    public void Every_on_device_test_runs_and_passes_on_nanoCLR()
    {
        NanoClrHarness clr = NanoClr.Require();
        string tests = BuildInfo.Get("NanoUnitTests");
        var expected = TestMethods.In(tests);
        int results = expected.Sum(m => m.Results);
        Assert.True(expected.Count >= 18, $"the on-device test assembly lost its tests: {expected.Count}");

        NanoRun run = clr.Run(
            countIl: false,
            ["--min-tests", results.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            clr["NanoClrTestFrameworkPe"],
            clr["NanoClrUnitTestLauncherPe"],
            NanoClr.PeOf(BuildInfo.Get("NanoCore")),
            NanoClr.PeOf(tests));
        output.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(results, run.Tests("passed"));
        Assert.Equal(0, run.Tests("failed"));
        Assert.Equal(0, run.Tests("skipped"));
        foreach ((string name, int count) in expected)
        {
            Assert.True(run.Output.Split('\n').Count(l => l.StartsWith("Test passed," + name + ".", System.StringComparison.Ordinal)) == count, $"{name} did not pass {count} time(s) on nanoCLR:\n{run}");
        }
    }
}
