using NanoClrHost;
using RelaxLamp.Bench.Interpreter;
using RelaxLamp.Core.Session;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Bench.Tests;

/// <summary>The interpreter's own IL count per frame (docs/performance.md) stays within its bound, in CI's Debug build.</summary>
public class InterpreterTests
{
    // A Debug build runs about 28% more IL than Release; 3,000 per frame at 50 fps is 150,000 IL/s,
    // under half of the 400,000 IL/s budget for light, ring driver and sound together (issue #13).
    private const double MaxIlPerFrame = 3000;

    private readonly ITestOutputHelper output;

    public InterpreterTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SkippableTheory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_frame_on_24_LEDs_costs_at_most_3000_IL_on_nanoCLR(int window)
    {
        NanoClrHarness? harness = InterpreterCost.Harness(out string reason);
        Skip.If(harness is null, reason);
        InterpreterFigure f = InterpreterCost.MeasureWindow(harness!, null, window, 24);
        output.WriteLine($"{f.Window}: {f.InterpreterIl:F1} IL/frame on nanoCLR, states {f.States}");

        Assert.InRange(f.InterpreterIl, 500, MaxIlPerFrame);
        string state = ((int)(window == 2 ? LampState.Breathing : LampState.Ending)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(state + "-" + state, f.States);
    }
}
