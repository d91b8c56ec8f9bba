using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// The nanoCLR harness that build/NanoClr.targets built from ../shared/nanoclr into the repo's
/// .nanoclr folder, and a way to run .pe files on it. Where ../shared/nanoclr is absent, every test
/// that needs it says Skipped with the reason.
/// </summary>
internal sealed class NanoClr
{
    private readonly Dictionary<string, string> properties;

    private NanoClr(Dictionary<string, string> properties)
    {
        this.properties = properties;
    }

    /// <summary>The harness, or a skip naming what is missing.</summary>
    public static NanoClr Require()
    {
        string source = Built.Get("NanoClrSource");
        Skip.IfNot(File.Exists(Path.Combine(source, "build.sh")), $"nanoCLR harness sources not found at {source}: the run on the real interpreter is skipped (clone the repo beside ../shared to run it)");
        string props = Built.Get("NanoClrProps");
        Assert.True(File.Exists(props), $"{source} exists but the build left no {props}: see .nanoclr.log");
        var values = XDocument.Load(props).Descendants("PropertyGroup").Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);
        return new NanoClr(values);
    }

    /// <summary>A harness file or setting, by its MSBuild property name (e.g. <c>NanoClrMscorlibPe</c>).</summary>
    public string this[string property] => properties[property];

    /// <summary>Runs nfrun (or the IL-counting nfrun-count) on mscorlib and <paramref name="pes"/>, in order.</summary>
    public NanoRun Run(bool countIl, IEnumerable<string> options, params string[] pes)
    {
        var start = new ProcessStartInfo(countIl ? this["NanoClrNfrunCount"] : this["NanoClrNfrun"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--quiet");
        foreach (string option in options)
        {
            start.ArgumentList.Add(option);
        }

        start.ArgumentList.Add(this["NanoClrMscorlibPe"]);
        foreach (string pe in pes)
        {
            Assert.True(File.Exists(pe), $"no {pe}: the build did not convert it to .pe");
            start.ArgumentList.Add(pe);
        }

        using Process process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill();
            throw new TimeoutException("nfrun did not finish in 10 minutes");
        }

        return new NanoRun(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>A .pe path for a nano build's .dll.</summary>
    public static string PeOf(string dll) => Path.ChangeExtension(dll, ".pe");
}

/// <summary>What one nfrun printed and how it ended.</summary>
internal sealed record NanoRun(int ExitCode, string Output, string Error)
{
    /// <summary>The program's own lines: what follows nanoCLR's "Ready." up to its "Done.".</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l != "Done." && l != "Exiting." && l != "Ready.").ToList();

    /// <summary>IL instructions the interpreter dispatched (the counting build only).</summary>
    public long Il => long.Parse(Regex.Match(Error, @"il=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Host milliseconds nanoCLR ran (not ESP32 time).</summary>
    public double RunMs => double.Parse(Regex.Match(Error, @"run_ms=([0-9.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>nfrun's own count of test results, e.g. <c>passed</c>.</summary>
    public int Tests(string kind) => int.Parse(Regex.Match(Error, "nfrun: tests passed=(\\d+) failed=(\\d+) skipped=(\\d+)").Groups[kind switch { "passed" => 1, "failed" => 2, _ => 3 }].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Everything it printed, for a failure message.</summary>
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
