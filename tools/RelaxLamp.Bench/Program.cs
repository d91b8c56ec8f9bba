using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using RelaxLamp.Bench.Figures;
using RelaxLamp.Bench.IlCount;
using RelaxLamp.Bench.Interpreter;
using RelaxLamp.Bench.Report;
using RelaxLamp.Bench.Session;
using RelaxLamp.Bench.Suite;
using RelaxLamp.Bench.Timing;
using RelaxLamp.Bench.Trace;
using RelaxLamp.Core;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench;

internal static class Program
{
    private static readonly int[] FrameRates = { 50, 25 };
    private static readonly int[] EndLengths = { 10, 15, 20 };

    private static int Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        if (options.Trace != null)
        {
            Console.Write(TraceAnalysis.Describe(TraceReader.ReadFile(options.Trace), options.Brightness));
            return 0;
        }

        if (options.WriteTrace != null)
        {
            SessionRun run = SessionRecorder.Record(BenchSuite.Leds, options.Fps, options.Minutes, options.Brightness);
            using (var writer = new StreamWriter(options.WriteTrace))
            {
                TraceWriter.Write(run.Frames, writer);
            }

            Console.WriteLine($"wrote {run.Frames.Count} frames to {options.WriteTrace}");
            return 0;
        }

        return FullRun(options);
    }

    private static int FullRun(BenchOptions options)
    {
        if (options.BenchmarkDotNet && RepoPaths.Configuration != "Release")
        {
            Console.Error.WriteLine("--benchmarkdotnet needs a Release build: dotnet run -c Release --project tools/RelaxLamp.Bench -- ...");
            return 2;
        }

        var results = new BenchResults { Environment = Environment() };
        InstrumentedAssemblies images = WorkPerFrame.Instrument();
        foreach (int fps in FrameRates)
        {
            Console.Error.WriteLine($"measuring at {fps} fps ...");
            results.PerFps.Add(BenchSuite.Measure(images, fps, options.Minutes, EndLengths));
        }

        string nano = options.Nano ?? RepoPaths.NanoCore;
        results.NanoConfiguration = options.Nano == null ? RepoPaths.Configuration : Path.GetFileName(nano);
        results.Nano = File.Exists(nano) ? AssemblySize.Measure(nano) : null;
        results.HostCore = AssemblySize.Measure(typeof(Lamp).Assembly.Location);
        NanoClrHost.NanoClrHarness? harness = InterpreterCost.Harness(out string skipped);
        if (harness is null)
        {
            results.Interpreter = new InterpreterResults { Skipped = skipped };
            Console.Error.WriteLine(skipped);
        }
        else
        {
            Console.Error.WriteLine("measuring on nanoCLR ...");
            results.Interpreter = InterpreterCost.Measure(harness, images, new[] { 0, 1, 2, 3, 4 }, InterpreterCost.RingSizes);
        }

        if (options.BenchmarkDotNet)
        {
            results.Timing = HostTiming.Run();
        }

        string report = PerformanceReport.Render(results);
        if (options.Out == null)
        {
            Console.Write(report);
        }
        else
        {
            string temp = options.Out + ".tmp";
            File.WriteAllText(temp, PerformanceReport.KeepHandWritten(report, File.Exists(options.Out) ? File.ReadAllText(options.Out) : null));
            File.Move(temp, options.Out, overwrite: true);
            Console.Error.WriteLine($"wrote {options.Out}");
        }

        return 0;
    }

    private static string Environment()
    {
        string cpu = "";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "";
        }

        return $"Host: {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {System.Environment.ProcessorCount} cores{(cpu.Length > 0 ? ", " + cpu : "")}.";
    }
}
