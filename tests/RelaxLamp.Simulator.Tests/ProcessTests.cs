using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>The real program in its own process, its input and output redirected: no terminal, so it runs headless.</summary>
public class ProcessTests
{
    [Fact]
    public void Without_a_terminal_the_plain_command_runs_headless()
    {
        (int exit, string output, string err) = Start("--length", "10");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Contains("dark and asleep at 10:00.000", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_flag_exits_2_with_one_line_on_stderr()
    {
        (int exit, string output, string err) = Start("--leds", "7");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: --leds takes a whole number from 8 to 60\n", err.Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    private static (int Exit, string Out, string Err) Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RelaxLamp.Simulator.dll"));
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using Process p = Process.Start(info) ?? throw new InvalidOperationException("no process");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        string stderr = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(60000), "the simulator did not finish");
        return (p.ExitCode, stdout.Result, stderr);
    }
}
