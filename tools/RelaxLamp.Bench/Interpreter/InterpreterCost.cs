using System;
using System.IO;
using System.Linq;
using NanoClrHost;
using RelaxLamp.Bench.IlCount;
using RelaxLamp.Scenarios;

namespace RelaxLamp.Bench.Interpreter;

/// <summary>
/// IL per frame counted by the interpreter itself: each window of <see cref="FrameCost"/> runs on the
/// IL-counting nanoCLR twice, with and without its frames (the scenario program with its plan patched
/// in, <see cref="PlanPatch"/>), and the difference over the frame count is the cost of a frame. The
/// same windows run on the Cecil-instrumented core give the count beside it.
/// </summary>
public static class InterpreterCost
{
    private const string ProgramType = "RelaxLamp.Scenarios.Nano.Program";

    private const string RingProgramType = "RelaxLamp.Ring.Nano.Program";

    /// <summary>Ring sizes measured.</summary>
    public static readonly int[] RingSizes = { 8, 24, 60 };

    /// <summary>The harness and the nano builds this bench was built with, or null with the reason.</summary>
    public static NanoClrHarness? Harness(out string reason)
    {
        string source = Metadata("NanoClrSource");
        NanoClrHarness? harness = File.Exists(Path.Combine(source, "build.sh")) ? NanoClrHarness.Find(Metadata("NanoClrProps")) : null;
        reason = harness is null ? "nanoCLR harness not found (" + source + "): interpreter figures skipped" : "";
        return harness;
    }

    /// <summary>Measures every window at every ring size (and the heap probe) on <paramref name="harness"/>.</summary>
    public static InterpreterResults Measure(NanoClrHarness harness, InstrumentedAssemblies images, int[] windows, int[] ringSizes)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var results = new InterpreterResults();
        foreach (int window in windows)
        {
            foreach (int leds in ringSizes)
            {
                results.Windows.Add(MeasureWindow(harness, images, window, leds));
            }
        }

        // The ring driver (plan = frames × 10, + 1 for the allocating control).
        long none = RunPlan(harness, 0, countIl: true, "NanoRing", RingProgramType).Il;
        long thousand = RunPlan(harness, 10000, countIl: true, "NanoRing", RingProgramType).Il;
        results.RingIl = (thousand - none) / 1000.0;
        results.RingHeap = RunPlan(harness, 30000, countIl: false, "NanoRing", RingProgramType).Lines.Single();
        results.RingHeapControl = RunPlan(harness, 100001, countIl: false, "NanoRing", RingProgramType).Lines.Single();

        NanoRun session = RunPlan(harness, 1, countIl: false);
        results.HeapSession = session.Lines.Single();
        int frames = int.Parse(results.HeapSession.Split(' ').Single(w => w.StartsWith("frames=", StringComparison.Ordinal))[7..], System.Globalization.CultureInfo.InvariantCulture);
        results.HostMicrosPerFrame = session.RunMs * 1000 / frames;
        results.HeapControl = RunPlan(harness, 2, countIl: false).Lines.Single();
        return results;
    }

    /// <summary>One window at one ring size.</summary>
    public static InterpreterFigure MeasureWindow(NanoClrHarness harness, InstrumentedAssemblies? images, int window, int leds)
    {
        ArgumentNullException.ThrowIfNull(harness);
        int frames = FrameCost.Frames(window);
        int plan = (10000 * (window + 1)) + (10 * leds);
        NanoRun setup = RunPlan(harness, plan, countIl: true);
        NanoRun measured = RunPlan(harness, plan + 1, countIl: true);
        string states = measured.Lines.Single();
        return new InterpreterFigure
        {
            Window = FrameCost.Name(window),
            Leds = leds,
            Frames = frames,
            States = states[(states.LastIndexOf('=') + 1)..],
            InterpreterIl = (measured.Il - setup.Il) / (double)frames,
            CecilIl = images is null ? 0 : WorkPerFrame.MeasureWindow(images, window, leds) / (double)frames,
        };
    }

    private static NanoRun RunPlan(NanoClrHarness harness, int plan, bool countIl, string programKey = "NanoScenarios", string programType = ProgramType)
    {
        NanoRun run = harness.RunPlan(Metadata(programKey), programType, plan, countIl, Metadata("NanoCore"));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("nanoCLR run of plan " + plan.ToString(System.Globalization.CultureInfo.InvariantCulture) + " failed: " + run);
        }

        return run;
    }

    private static string Metadata(string key) => RelaxLamp.Build.BuildInfo.Get(key);
}
