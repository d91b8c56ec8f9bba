using System.Linq;
using NanoClrHost;
using RelaxLamp.Build;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// The firmware's unchanged Program on nanoCLR against the virtual board (tests/NanoBoard): six
/// boots with the flash kept between them, every RMT buffer decoded and compared with a twin of
/// the core run on the same inputs (the story prints NFRUN-FAIL, and nfrun exits 2, when anything
/// does not hold).
/// </summary>
public class VirtualBoardTests
{
    private static readonly string[] LoadOrder =
    [
        "NanoBoard", "nanoFramework.Runtime.Events", "System.Device.Gpio", "nanoFramework.Hardware.Esp32",
        "nanoFramework.Hardware.Esp32.Rmt", "System.Device.I2s", "System.IO.Streams", "System.IO.FileSystem",
        "nanoFramework.Runtime.Native", "RelaxLamp.Firmware.Board", "NanoBoard.Story",
    ];

    private readonly ITestOutputHelper output;

    public VirtualBoardTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SkippableFact]
    public void The_firmware_runs_its_story_on_the_virtual_board_with_every_frame_equal_to_the_core()
    {
        NanoClrHarness clr = NanoClr.Require();
        string[] pes = LoadOrder.Select(n => NanoClr.PeOf(BuildInfo.Get("Board:" + n))).ToArray();

        // These three have native parts in the host nanoCLR: the stand-ins replace them.
        NanoRun run = clr.Run(countIl: false, ["--managed", "System.Device.Gpio,nanoFramework.Runtime.Events,nanoFramework.Runtime.Native"], pes);
        output.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        var story = run.Lines.Where(l => l.StartsWith("story: ", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(7, story.Count);
        Assert.All(story.Take(6), l => Assert.Contains(" mismatches=0 ", l, System.StringComparison.Ordinal));
        Assert.Contains("halt=power cut", story[2], System.StringComparison.Ordinal);
        Assert.Equal("story: all boots as expected", story[6]);
        Assert.Contains(run.Lines, l => l == "ring: 24 x WS2812B: 0 = 400/800 ns, 1 = 800/400 ns, reset 300 us, margin 100 ns");
        Assert.Contains(run.Lines, l => l.StartsWith("fault: virtual board: pin read fault", System.StringComparison.Ordinal));
    }
}
