using RelaxLamp.Bench.IlCount;
using RelaxLamp.Bench.Suite;

namespace RelaxLamp.Bench.Tests;

/// <summary>The quick run, measured once for every test in <see cref="QuickBenchTests"/>: a 10-minute session at 50 fps.</summary>
public sealed class QuickFigures
{
    /// <summary>Frames a second of the quick run.</summary>
    public const int Fps = 50;

    /// <summary>Session length of the quick run, minutes.</summary>
    public const int Minutes = 10;

    /// <summary>Measures the quick run.</summary>
    public QuickFigures()
    {
        Figures = BenchSuite.Measure(WorkPerFrame.Instrument(), Fps, Minutes, new[] { Minutes });
    }

    /// <summary>Every figure of the quick run.</summary>
    public FpsFigures Figures { get; }
}
