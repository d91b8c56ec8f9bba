using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>
/// The simulator's output, byte for byte, against golden hashes recorded before the host engine was
/// shared (issue 14): the --trace CSV and the headless summary of a few runs (lengths, LED counts,
/// frame rates, a press script, other settings). A change to the engine, the trace writer or the
/// summary that changes what a user sees fails here; a deliberate one re-records Golden/simulator-golden.tsv.
/// </summary>
public class GoldenTraceTests
{
    private static readonly string GoldenFile = Path.Combine(AppContext.BaseDirectory, "Golden", "simulator-golden.tsv");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string name in Golden().Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_trace_and_the_summary_are_those_recorded(string name)
    {
        (string traceHash, string summaryHash, string[] args) = Golden()[name];
        using var dir = new TempDir();
        (int exit, string output, string err) = Cli.Run(args.Concat(new[] { "--headless", "--trace", dir["trace.csv"] }).ToArray());
        Assert.Equal(string.Empty, err);
        Assert.Equal(0, exit);

        // The summary without the lines that name where files went (their folder differs each run).
        string summary = string.Concat(output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("wrote", StringComparison.Ordinal)).Select(l => l + "\n"));
        Assert.Equal(summaryHash, Sha256(Encoding.UTF8.GetBytes(summary)));
        Assert.Equal(traceHash, Sha256(File.ReadAllBytes(dir["trace.csv"])));
    }

    [Fact]
    public void The_golden_file_covers_every_length_ring_size_and_a_press_script()
    {
        Dictionary<string, (string Trace, string Summary, string[] Args)> golden = Golden();
        string all = string.Join("\n", golden.Values.Select(g => string.Join(" ", g.Args)));
        foreach (string needle in new[] { "--length 10", "--length 15", "--length 20", "--leds 8", "--leds 60", "--press 300s", "--hold" })
        {
            Assert.Contains(needle, all, StringComparison.Ordinal);
        }

        Assert.All(golden.Values, g => Assert.Matches("^[0-9a-f]{64}$", g.Trace));
        Assert.Equal(golden.Count, golden.Values.Select(g => g.Trace).Distinct().Count());
    }

    private static Dictionary<string, (string Trace, string Summary, string[] Args)> Golden()
    {
        var cases = new Dictionary<string, (string, string, string[])>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(GoldenFile))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            cases.Add(f[0], (f[1], f[2], f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        return cases;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
