using NanoClrHost;
using RelaxLamp.Build;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// Zero allocation per frame, shown on the interpreter: a 20-minute session runs in a heap squeezed
/// to at most half a MiB free without one garbage collection, while the same run allocating 64 bytes a frame
/// (the control) is collected. It was a struct returned each frame (Gesture) that this first showed.
/// </summary>
public class HeapTests
{
    private readonly ITestOutputHelper output;

    public HeapTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SkippableTheory]
    [InlineData(1, "0")]
    [InlineData(2, "1")]
    public void A_whole_session_allocates_nothing_on_nanoCLR(int plan, string collected)
    {
        NanoClrHarness clr = NanoClr.Require();
        NanoRun run = clr.RunPlan(BuildInfo.Get("NanoScenarios"), "RelaxLamp.Scenarios.Nano.Program", plan, countIl: false, BuildInfo.Get("NanoCore"));
        output.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        string line = Assert.Single(run.Lines);
        Assert.Contains(" frames=60049 ", line, System.StringComparison.Ordinal);
        Assert.Contains(" gc-during-session=" + collected + " ", line, System.StringComparison.Ordinal);
        Assert.Contains(" asleep=1", line, System.StringComparison.Ordinal);
    }
}
