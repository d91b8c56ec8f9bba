using System.Globalization;
using System.IO;
using System.Linq;
using NanoClrHost;
using RelaxLamp.Build;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// The firmware's unchanged Program on nanoCLR against the virtual board (tests/NanoBoard): eight
/// boots with the flash kept between them (one a whole session to its natural end, with a lost
/// button edge; two with a fault in the loop), every RMT buffer decoded and compared with a twin of the core run on the same inputs,
/// the shutdown order of the speaker and the ring checked (the story prints NFRUN-FAIL, and nfrun
/// exits 2, when anything does not hold).
/// </summary>
public class VirtualBoardTests
{
    private static readonly string[] LoadOrder =
    [
        "NanoBoard", "nanoFramework.Runtime.Events", "System.Device.Gpio", "nanoFramework.Hardware.Esp32",
        "nanoFramework.Hardware.Esp32.Rmt", "System.Device.I2s", "System.IO.Streams", "System.IO.FileSystem",
        "nanoFramework.Runtime.Native", "RelaxLamp.Core", "RelaxLamp.Firmware.Board", "NanoBoard.Story",
    ];

    // The core's one nano build, which the board's firmware references as the device's does.
    private static string Dll(string name) => BuildInfo.Get(name == "RelaxLamp.Core" ? "NanoCore" : "Board:" + name);

    private readonly ITestOutputHelper output;

    public VirtualBoardTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SkippableFact]
    public void The_firmware_runs_its_story_on_the_virtual_board_with_every_frame_equal_to_the_core()
    {
        NanoClrHarness clr = NanoClr.Require();
        string[] pes = LoadOrder.Select(n => NanoClr.PeOf(Dll(n))).ToArray();

        // These three have native parts in the host nanoCLR: the stand-ins replace them.
        NanoRun run = clr.Run(countIl: false, ["--managed", "System.Device.Gpio,nanoFramework.Runtime.Events,nanoFramework.Runtime.Native"], pes);
        output.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        var story = run.Lines.Where(l => l.StartsWith("story: ", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(10, story.Count);
        Assert.All(story.Take(7).Append(story[8]), l => Assert.Contains(" mismatches=0 ", l, System.StringComparison.Ordinal));
        Assert.Contains("halt=power cut", story[2], System.StringComparison.Ordinal);

        // The natural end: a whole 15-minute session with no press after the wake, to deep sleep.
        Assert.StartsWith("story: button wake, lost release, natural end: ", story[6], System.StringComparison.Ordinal);
        Assert.Contains("halt=deep sleep", story[6], System.StringComparison.Ordinal);
        Assert.StartsWith("story: natural end: dark at ", story[7], System.StringComparison.Ordinal);
        int writes = int.Parse(story[6][(story[6].LastIndexOf("i2s-writes=", System.StringComparison.Ordinal) + "i2s-writes=".Length)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(writes > 0, "the speaker played during the long session: " + story[6]);
        Assert.StartsWith("story: button wake, fault as a sound starts: ", story[8], System.StringComparison.Ordinal);
        Assert.Equal("story: all boots as expected", story[9]);
        Assert.Contains(run.Lines, l => l == "ring: 24 x WS2812B: 0 = 400/800 ns, 1 = 800/400 ns, reset 300 us, margin 100 ns");
        Assert.Contains(run.Lines, l => l.StartsWith("fault: virtual board: pin read fault", System.StringComparison.Ordinal));
    }
    /// <summary>
    /// Wake to first light on the interpreter: the IL a button wake runs from the start of Main to the
    /// first RMT send (the dark frame on the rail) and to the second (the first frame the core
    /// rendered), each the difference of a counted run halted there and a baseline run (the story's
    /// FirstLight plans). docs/performance.md turns these into time.
    /// </summary>
    [SkippableFact]
    public void Wake_to_first_light_is_counted_on_nanoCLR()
    {
        NanoClrHarness clr = NanoClr.Require();
        long baseline = CountPlan(clr, 3);
        long firstSend = CountPlan(clr, 1) - baseline;
        long firstFrame = CountPlan(clr, 2) - baseline;
        output.WriteLine("IL from Main to the first RMT send (dark frame): " + firstSend.ToString(CultureInfo.InvariantCulture));
        output.WriteLine("IL from Main to the first rendered frame's send: " + firstFrame.ToString(CultureInfo.InvariantCulture));
        output.WriteLine("baseline run: " + baseline.ToString(CultureInfo.InvariantCulture));

        // The ring's 256-entry symbol table is built before the first send: far more than a frame's
        // few thousand IL, and the first frame adds one core step and one encode on top.
        Assert.InRange(firstSend, 20000, 400000);
        Assert.InRange(firstFrame - firstSend, 1000, 20000);
    }

    private long CountPlan(NanoClrHarness clr, int plan)
    {
        string folder = Path.Combine(Path.GetTempPath(), "relaxlamp-firstlight-" + plan.ToString(CultureInfo.InvariantCulture) + "-" + System.Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            string[] dlls = LoadOrder.Select(Dll).ToArray();
            string story = PlanPatch.Write(dlls[^1], "NanoBoard.Story.Program", "Plan", plan, folder);
            string pe = clr.ToPe(story, dlls[..^1]);
            string[] pes = dlls[..^1].Select(NanoClr.PeOf).Append(pe).ToArray();
            NanoRun run = clr.Run(countIl: true, ["--managed", "System.Device.Gpio,nanoFramework.Runtime.Events,nanoFramework.Runtime.Native"], pes);
            output.WriteLine(run.ToString());
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains(run.Lines, l => l.StartsWith("first-light: plan " + plan.ToString(CultureInfo.InvariantCulture) + " halted", System.StringComparison.Ordinal));
            return run.Il;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
