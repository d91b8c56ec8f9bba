using System;
using System.Globalization;

namespace RelaxLamp.Bench;

/// <summary>The bench's command line.</summary>
public sealed class BenchOptions
{
    /// <summary>How to call the bench.</summary>
    public const string Usage = """
        RelaxLamp.Bench: measures the lamp's quality (issue #6) and writes docs/performance.md.

          --out FILE            write the report (markdown) to FILE; without it, print it
          --benchmarkdotnet     also time frames on the host with BenchmarkDotNet (minutes; Release only)
          --minutes N           session length for P1-P4 (default 20)
          --nano FILE           the nano build of the core to size (default: firmware/RelaxLamp.Core.Nano/bin/<config>/...)
          --trace FILE          read a simulator trace and report P1 on it (nothing else runs)
          --write-trace FILE    write one session in the trace format (with --fps, --minutes; nothing else runs)
          --fps N               frame rate for --write-trace (default 50)
          --brightness N        brightness level of the session in --trace / --write-trace (default 1)
        """;

    /// <summary>Where to write the report, or null to print it.</summary>
    public string? Out { get; private set; }

    /// <summary>True to run the BenchmarkDotNet timing.</summary>
    public bool BenchmarkDotNet { get; private set; }

    /// <summary>Session length for P1-P4, minutes.</summary>
    public int Minutes { get; private set; } = 20;

    /// <summary>The nano assembly to size, or null for the default path.</summary>
    public string? Nano { get; private set; }

    /// <summary>A trace to analyse, or null.</summary>
    public string? Trace { get; private set; }

    /// <summary>Where to write a trace, or null.</summary>
    public string? WriteTrace { get; private set; }

    /// <summary>Frame rate for <see cref="WriteTrace"/>.</summary>
    public int Fps { get; private set; } = 50;

    /// <summary>Brightness level for traces.</summary>
    public int Brightness { get; private set; } = 1;

    /// <summary>True when help was asked for.</summary>
    public bool Help { get; private set; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> on anything unknown.</summary>
    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var o = new BenchOptions();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out":
                    o.Out = Value(args, ref i);
                    break;
                case "--benchmarkdotnet":
                    o.BenchmarkDotNet = true;
                    break;
                case "--minutes":
                    o.Minutes = Number(args, ref i, 10, 20);
                    break;
                case "--nano":
                    o.Nano = Value(args, ref i);
                    break;
                case "--trace":
                    o.Trace = Value(args, ref i);
                    break;
                case "--write-trace":
                    o.WriteTrace = Value(args, ref i);
                    break;
                case "--fps":
                    o.Fps = Number(args, ref i, 20, 100);
                    break;
                case "--brightness":
                    o.Brightness = Number(args, ref i, 1, 3);
                    break;
                case "-h":
                case "--help":
                    o.Help = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        if (o.Minutes != 10 && o.Minutes != 15 && o.Minutes != 20)
        {
            throw new ArgumentException("--minutes is 10, 15 or 20");
        }

        return o;
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new ArgumentException($"{args[i]} needs a value");
        }

        return args[++i];
    }

    private static int Number(string[] args, ref int i, int min, int max)
    {
        string name = args[i];
        string v = Value(args, ref i);
        if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
        {
            throw new ArgumentException($"{name} is a whole number from {min} to {max}, not '{v}'");
        }

        return n;
    }
}
