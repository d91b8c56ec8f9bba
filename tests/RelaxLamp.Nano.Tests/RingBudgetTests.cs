using System.Globalization;
using NanoClrHost;
using RelaxLamp.Build;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// The ring driver's frame on the interpreter (tests/RelaxLamp.Ring.Nano): IL per frame for 24 LEDs,
/// encode and send, by the difference of two counted runs; and no allocation, by the heap probe (a
/// squeezed heap, a WeakReference sentinel, and a control that allocates 64 bytes a frame).
/// </summary>
public class RingBudgetTests
{
    private const string ProgramType = "RelaxLamp.Ring.Nano.Program";
    private readonly ITestOutputHelper output;

    public RingBudgetTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SkippableFact]
    public void A_24_led_frame_costs_at_most_2000_IL_on_nanoCLR()
    {
        NanoClrHarness clr = NanoClr.Require();
        double perFrame = IlPerFrame(clr);
        output.WriteLine("IL per frame (encode + send call, 24 LEDs): " + perFrame.ToString("F1", CultureInfo.InvariantCulture));
        Assert.InRange(perFrame, 100, 2000);
    }

    [SkippableTheory]
    [InlineData(3000 * 10, "0")]
    [InlineData(10000 * 10 + 1, "1")]
    public void Frames_allocate_nothing_on_nanoCLR(int plan, string collected)
    {
        NanoClrHarness clr = NanoClr.Require();
        NanoRun run = RunPlan(clr, plan, countIl: false);
        output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        string line = Assert.Single(run.Lines);
        Assert.Contains(" symbols=577 ", line, System.StringComparison.Ordinal);
        Assert.Contains(" gc=" + collected + " ", line, System.StringComparison.Ordinal);
    }

    /// <summary>IL instructions of one 24-LED frame's encode and send, counted on nanoCLR.</summary>
    internal static double IlPerFrame(NanoClrHarness clr) => (Count(clr, 1000 * 10) - Count(clr, 0)) / 1000.0;

    private static long Count(NanoClrHarness clr, int plan)
    {
        NanoRun run = RunPlan(clr, plan, countIl: true);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Il;
    }

    private static NanoRun RunPlan(NanoClrHarness clr, int plan, bool countIl) =>
        clr.RunPlan(BuildInfo.Get("NanoRing"), ProgramType, plan, countIl, BuildInfo.Get("NanoCore"));
}
