using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace NanoClrHost;

/// <summary>What one nfrun printed and how it ended.</summary>
/// <param name="ExitCode">nfrun's exit code: 0 when the program ran to its end and no test failed.</param>
/// <param name="Output">stdout: the program's Debug.WriteLine lines and the launcher's result lines.</param>
/// <param name="Error">stderr: nfrun's own report (run_ms, il, tests, unhandled exceptions).</param>
public sealed record NanoRun(int ExitCode, string Output, string Error)
{
    /// <summary>The program's own lines, without nanoCLR's closing "Done."/"Exiting.".</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l != "Done." && l != "Exiting." && l != "Ready.").ToList();

    /// <summary>IL instructions the interpreter dispatched (counting build only).</summary>
    /// <exception cref="InvalidOperationException">The run was not counted.</exception>
    public long Il
    {
        get
        {
            Match m = Regex.Match(Error, @"il=(\d+)");
            return m.Success ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException("not a counted run: " + Error);
        }
    }

    /// <summary>Host milliseconds nanoCLR ran: host time, not ESP32 time.</summary>
    public double RunMs => double.Parse(Regex.Match(Error, @"run_ms=([0-9.]+)").Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>nfrun's count of test results of one kind: <c>passed</c>, <c>failed</c> or <c>skipped</c>.</summary>
    /// <param name="kind">The kind.</param>
    public int Tests(string kind)
    {
        Match m = Regex.Match(Error, "nfrun: tests passed=(\\d+) failed=(\\d+) skipped=(\\d+)");
        if (!m.Success)
        {
            return 0;
        }

        int group = kind switch { "passed" => 1, "failed" => 2, "skipped" => 3, _ => throw new ArgumentOutOfRangeException(nameof(kind)) };
        return int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Everything it printed, for a failure message.</summary>
    public override string ToString() => "exit " + ExitCode.ToString(CultureInfo.InvariantCulture) + "\n" + Output + "\n" + Error;
}
