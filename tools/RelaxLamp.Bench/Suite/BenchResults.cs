using System.Collections.Generic;
using RelaxLamp.Bench.Figures;
using RelaxLamp.Bench.Timing;

namespace RelaxLamp.Bench.Suite;

/// <summary>Everything a full run measured, for the report.</summary>
public sealed class BenchResults
{
    /// <summary>Figures per frame rate, 50 first.</summary>
    public List<FpsFigures> PerFps { get; } = new List<FpsFigures>();

    /// <summary>The nano build of the core, or null when it was not found.</summary>
    public AssemblySize? Nano { get; set; }

    /// <summary>The configuration of the nano build measured.</summary>
    public string NanoConfiguration { get; set; } = "";

    /// <summary>The net10.0 build of the core the bench ran, for comparison.</summary>
    public AssemblySize? HostCore { get; set; }

    /// <summary>Host time per frame, or null when BenchmarkDotNet was not run.</summary>
    public List<HostTimingResult>? Timing { get; set; }

    /// <summary>What nanoCLR itself counted, or null when not measured.</summary>
    public RelaxLamp.Bench.Interpreter.InterpreterResults? Interpreter { get; set; }

    /// <summary>The machine and runtime, one line.</summary>
    public string Environment { get; set; } = "";
}
