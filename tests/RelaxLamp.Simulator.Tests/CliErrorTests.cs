using System;
using System.IO;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>A bad flag: one line naming it and what it accepts, exit code 2, no file.</summary>
public class CliErrorTests
{
    [Theory]
    [InlineData("error: --leds takes a whole number from 8 to 60", "--leds", "7")]
    [InlineData("error: --leds takes a whole number from 8 to 60", "--leds", "61")]
    [InlineData("error: --leds takes a whole number from 8 to 60", "--leds", "24.5")]
    [InlineData("error: --length takes 10, 15 or 20 (minutes)", "--length", "12")]
    [InlineData("error: --brightness takes 1, 2 or 3", "--brightness", "4")]
    [InlineData("error: --palette takes warm or red", "--palette", "blue")]
    [InlineData("error: --ratio takes out-breath over in-breath from 1.2 to 2.5, such as 1.5", "--ratio", "3")]
    [InlineData("error: --ratio takes out-breath over in-breath from 1.2 to 2.5, such as 1.5", "--ratio", "1.234")]
    [InlineData("error: --pace takes a target in breaths a minute from 5.5 to 7, such as 6", "--pace", "8")]
    [InlineData("error: --pace takes a target in breaths a minute from 5.5 to 7, such as 6", "--pace", "-6")]
    [InlineData("error: --fps takes a whole number from 20 to 100", "--fps", "10")]
    [InlineData("error: --press takes a time since the first press, such as 0s, 1.2s, 500ms or 2m", "--press", "1.2")]
    [InlineData("error: --press takes a time since the first press, such as 0s, 1.2s, 500ms or 2m", "--press", "-1s")]
    [InlineData("error: --hold takes START:LENGTH, such as 300s:2.5s (press at 300 s, held 2.5 s)", "--hold", "300s")]
    [InlineData("error: --hold takes START:LENGTH, such as 300s:2.5s (press at 300 s, held 2.5 s)", "--hold", "0s:0s")]
    [InlineData("error: --leds needs a value: a whole number from 8 to 60", "--leds")]
    [InlineData("error: --leds needs a value: a whole number from 8 to 60", "--leds", "--headless")]
    [InlineData("error: --leds is given twice", "--leds", "8", "--leds", "9")]
    [InlineData("error: unknown flag --colour (see --help)", "--colour", "red")]
    [InlineData("error: unknown flag -x (see --help)", "-x")]
    [InlineData("error: unexpected argument 'fast' (flags start with --; see --help)", "fast")]
    [InlineData("error: --press 1s: the first press must be at 0s (times count from it)", "--press", "1s")]
    [InlineData("error: --press 0.1s starts before --press 0s is released (0.12s)", "--press", "0s", "--press", "0.1s")]
    [InlineData("error: --press 1s starts before --hold 0s:2s is released (2s)", "--hold", "0s:2s", "--press", "1s")]
    [InlineData("error: --volume takes 1, 2 or 3", "--volume", "0")]
    [InlineData("error: --volume takes 1, 2 or 3", "--volume", "4")]
    [InlineData("error: --sound takes on or off", "--sound", "loud")]
    [InlineData("error: --audio needs a value: a file name, such as session.wav", "--audio")]
    [InlineData("error: --audio-dir needs --audio FILE.wav", "--audio-dir", "assets/audio")]
    [InlineData("error: --no-body-scan is given twice", "--no-body-scan", "--no-body-scan")]
    [InlineData("error: --no-body-scan takes no value", "--no-body-scan=yes")]
    public void Bad_flags_give_one_line_and_exit_code_2(string message, params string[] args)
    {
        using var dir = new TempDir();
        var withTrace = new string[args.Length + 2];
        args.CopyTo(withTrace, 2);
        withTrace[0] = "--trace";
        withTrace[1] = dir["t.csv"];
        (int exit, string output, string err) = Cli.Run(withTrace);
        Assert.Equal(Program.ExitUsage, exit);
        Assert.Equal(message + Environment.NewLine, err);
        Assert.Equal(string.Empty, output);
        Assert.Empty(dir.Files());
    }

    [Theory]
    [InlineData("--leds=30")]
    [InlineData("--pace=5.5")]
    [InlineData("--ratio", "1.25")]
    [InlineData("--press", "0s", "--press", "500ms", "--hold", "2m:2.5s")]
    [InlineData("--volume", "3", "--sound", "off", "--no-body-scan", "--no-breath-tones")]
    public void Good_flags_are_accepted(params string[] args)
    {
        var all = new string[args.Length + 2];
        args.CopyTo(all, 0);
        all[^2] = "--length";
        all[^1] = "10";
        (int exit, _, string err) = Cli.Run(all);
        Assert.Equal(string.Empty, err);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Help_lists_every_flag_and_exits_0()
    {
        (int exit, string output, _) = Cli.Run("--help");
        Assert.Equal(0, exit);
        foreach (string flag in new[] { "--press", "--hold", "--length", "--brightness", "--leds", "--palette", "--ratio", "--pace", "--fps", "--trace", "--report", "--headless", "--audio", "--audio-dir", "--volume", "--sound", "--no-body-scan", "--no-breath-tones" })
        {
            Assert.Contains(flag, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nothing_is_written_for_help()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Cli.Run("--help", "--trace", dir["t.csv"]).Exit);
        Assert.False(File.Exists(dir["t.csv"]));
    }
}
