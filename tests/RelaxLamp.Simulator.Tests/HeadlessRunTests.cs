using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

public class HeadlessRunTests
{
    [Fact]
    public void With_no_press_given_it_presses_once_at_0s_and_prints_the_summary()
    {
        (int exit, string output, string err) = Cli.Run();
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        string[] expectStarts = { "lamp        24 LEDs, brightness 1, warm", "session     15 min, started at 0:00.000", "breaths     ", "pace        ", "in-breath   ", "out-breath  ", "end         ", "frames      45001" };
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(expectStarts.Length, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.StartsWith(expectStarts[i], lines[i], StringComparison.Ordinal);
        }

        Assert.Contains("pace        9.92/min at start, 6.00/min at end", output, StringComparison.Ordinal);
        Assert.Contains("exactly the chosen 15 min", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_reads_the_same_whatever_the_machine_s_language()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            (_, string output, _) = Cli.Run("--length", "10", "--ratio", "1.25");
            Assert.Contains("pace        9.93/min at start, 6.00/min at end", output, StringComparison.Ordinal);
            Assert.Contains("ratio 1:1.25, target 6.00/min", output, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_press_too_short_for_the_lamp_starts_no_session()
    {
        (int exit, string output, _) = Cli.Run("--hold", "0s:5ms");
        Assert.Equal(0, exit);
        Assert.Contains("session     none started", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_20_minute_session_with_a_trace_runs_in_well_under_a_few_seconds()
    {
        using var dir = new TempDir();
        Cli.Run("--length", "10", "--trace", dir["warm-up.csv"]); // JIT, so the timing is of the run
        var watch = Stopwatch.StartNew();
        (int exit, string output, _) = Cli.Run("--length", "20", "--trace", dir["t.csv"]);
        watch.Stop();
        Assert.Equal(0, exit);
        Assert.Contains("frames      60001", output, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Report_writes_the_plot_the_strip_and_the_trace_and_nothing_else()
    {
        using var dir = new TempDir();
        (int exit, string output, _) = Cli.Run("--length", "10", "--report", dir["report"]);
        Assert.Equal(0, exit);
        Assert.Equal(new[] { Path.Combine("report", "breath-strip.png"), Path.Combine("report", "session-plot.png"), Path.Combine("report", "trace.csv") }, dir.Files());
        foreach (string png in new[] { "breath-strip.png", "session-plot.png" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(dir["report"], png));
            Assert.True(bytes.Length > 10000, png);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        }

        Assert.Contains("wrote", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_and_report_together_hold_the_same_rows()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Cli.Run("--length", "10", "--report", dir["r"], "--trace", dir["t.csv"]).Exit);
        Assert.Equal(File.ReadAllBytes(dir["t.csv"]), File.ReadAllBytes(Path.Combine(dir["r"], "trace.csv")));
    }

    [Fact]
    public void A_cancelled_run_leaves_no_file_at_all()
    {
        using var dir = new TempDir();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        (int exit, _, string err) = Cli.Run(cancel.Token, "--trace", dir["t.csv"], "--report", dir["r"]);
        Assert.Equal(Program.ExitCancelled, exit);
        Assert.Equal("stopped: no files written\n", err.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void A_trace_that_cannot_be_written_fails_with_one_line()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["file"], "not a folder");
        (int exit, string output, string err) = Cli.Run("--trace", Path.Combine(dir["file"], "t.csv"));
        Assert.Equal(Program.ExitFailed, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.Equal(new[] { "file" }, dir.Files());
    }

    [Fact]
    public void A_trace_to_an_existing_folder_is_refused_and_the_folder_kept()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["t.csv"]);
        (int exit, _, string err) = Cli.Run("--trace", dir["t.csv"]);
        Assert.Equal(Program.ExitFailed, exit);
        Assert.Contains("is a folder", err, StringComparison.Ordinal);
        Assert.True(Directory.Exists(dir["t.csv"]));
        Assert.Empty(dir.Files());
    }
}
