using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelaxLamp.Core;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Engine;
using RelaxLamp.Simulator.Engine;
using RelaxLamp.Simulator.Output;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>Headless runs end to end: run the command, read the CSV back, check what a person would.</summary>
public class TraceEndToEndTests
{
    [Fact]
    public void Default_run_traces_a_15_minute_session_that_ends_dark_and_asleep()
    {
        using var dir = new TempDir();
        (int exit, string output, string err) = Cli.Run("--trace", dir["t.csv"]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);

        string[] lines = File.ReadAllLines(dir["t.csv"]);
        Assert.Equal("t_ms,state,phase,level,ring", lines[0]);
        List<TraceRow> rows = TraceReader.ReadRows(dir["t.csv"]);
        Assert.Equal(lines.Length - 1, rows.Count);

        // One row per frame at 50 fps from the first press, until the lamp is dark and asleep.
        for (int k = 0; k < rows.Count; k++)
        {
            Assert.Equal(k * 20L, rows[k].TimeMs);
        }

        TraceRow last = rows[^1];
        Assert.Equal(15 * 60000L, last.TimeMs);
        Assert.Equal(LampState.Asleep, last.State);
        Assert.Equal(BreathPhase.None, last.Phase);
        Assert.Equal(0, last.Level);
        Assert.All(last.Grb, b => Assert.Equal(0, b));
        Assert.NotEqual(LampState.Asleep, rows[^2].State);

        // The format: names the core uses, lowercase hex of 3 bytes per LED.
        Assert.All(rows, r => Assert.True(Enum.IsDefined(r.State)));
        Assert.All(lines.Skip(1), l => Assert.Matches("^[0-9]+,[A-Za-z]+,(in|out|none),[0-9]+,([0-9a-f]{6}){24}$", l));
        Assert.All(rows, r => Assert.InRange(r.Level, 0, 65535));

        // A breath runs only while the lamp breathes, fades or stops.
        Assert.All(rows.Where(r => r.Phase != BreathPhase.None), r => Assert.Contains(r.State, new[] { LampState.Breathing, LampState.Ending, LampState.Stopping }));
        Assert.Contains(rows, r => r.State == LampState.Choosing);
        Assert.Contains(rows, r => r.State == LampState.Ending && r.Phase != BreathPhase.None);

        Assert.Contains("dark and asleep at 15:00.000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_breaths_are_longer_than_in_breaths_and_the_count_matches_the_summary()
    {
        using var dir = new TempDir();
        (int exit, string output, _) = Cli.Run("--trace", dir["t.csv"], "--length", "10");
        Assert.Equal(0, exit);
        List<(BreathPhase Phase, long Ms)> runs = PhaseRuns(TraceReader.ReadRows(dir["t.csv"]));

        // Whole breaths: an in-run followed by an out-run.
        int breaths = 0;
        for (int i = 0; i + 1 < runs.Count; i++)
        {
            if (runs[i].Phase == BreathPhase.In && runs[i + 1].Phase == BreathPhase.Out)
            {
                breaths++;
                Assert.True(runs[i + 1].Ms > runs[i].Ms, $"breath {breaths}: out {runs[i + 1].Ms} ms is not longer than in {runs[i].Ms} ms");

                // 1:1.5 by default, within a frame either way.
                Assert.InRange(runs[i + 1].Ms / (double)runs[i].Ms, 1.5 - 0.05, 1.5 + 0.05);
            }
        }

        Assert.Equal(runs.Count(r => r.Phase == BreathPhase.In), breaths);
        Assert.Contains($"breaths     {breaths}\n", output, StringComparison.Ordinal);
        Assert.Contains("dark and asleep at 10:00.000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratio_flag_sets_the_out_breath_over_the_in_breath()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Cli.Run("--trace", dir["t.csv"], "--length", "10", "--ratio", "2.5").Exit);
        List<(BreathPhase Phase, long Ms)> runs = PhaseRuns(TraceReader.ReadRows(dir["t.csv"]));
        int i = runs.FindIndex(20, r => r.Phase == BreathPhase.In);
        Assert.InRange(runs[i + 1].Ms / (double)runs[i].Ms, 2.4, 2.6);
    }

    [Fact]
    public void A_second_press_in_the_choice_window_steps_the_length_and_the_trace_ends_with_it()
    {
        using var dir = new TempDir();
        (int exit, string output, _) = Cli.Run("--trace", dir["t.csv"], "--length", "10", "--press", "0s", "--press", "1.2s");
        Assert.Equal(0, exit);
        List<TraceRow> rows = TraceReader.ReadRows(dir["t.csv"]);
        Assert.Equal(15 * 60000L, rows[^1].TimeMs);
        Assert.Contains("session     15 min", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_press_while_breathing_stops_the_session_with_a_short_fade()
    {
        using var dir = new TempDir();
        (int exit, string output, _) = Cli.Run("--trace", dir["t.csv"], "--press", "0s", "--press", "300s");
        Assert.Equal(0, exit);
        List<TraceRow> rows = TraceReader.ReadRows(dir["t.csv"]);

        // The press counts at its release (300.12 s), seen at the first frame after the debounce; then the light fades.
        long stopAt = 300000 + PressScript.TapMs;
        Assert.InRange(rows.First(r => r.State == LampState.Stopping).TimeMs, stopAt, stopAt + GestureDecoder.DebounceMs + 20);
        Assert.Equal(stopAt + Lamp.StopFadeMs, rows[^1].TimeMs);
        Assert.Equal(LampState.Asleep, rows[^1].State);
        Assert.Contains("stopped by a press at 5:00.1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_press_during_the_stop_fade_undoes_it_and_the_session_runs_to_its_length()
    {
        using var dir = new TempDir();
        (int exit, string output, _) = Cli.Run("--trace", dir["t.csv"], "--length", "10", "--press", "0s", "--press", "300s", "--press", "302s");
        Assert.Equal(0, exit);
        List<TraceRow> rows = TraceReader.ReadRows(dir["t.csv"]);
        Assert.Contains(rows, r => r.State == LampState.Stopping);
        Assert.Equal(10 * 60000L, rows[^1].TimeMs);
        Assert.DoesNotContain("stopped by a press", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hold_while_breathing_dims_the_light_and_keeps_breathing()
    {
        using var dir = new TempDir();
        (int exit, _, _) = Cli.Run("--trace", dir["t.csv"], "--length", "10", "--brightness", "3", "--hold", "0s:120ms", "--hold", "120s:4s");
        Assert.Equal(0, exit);
        List<TraceRow> rows = TraceReader.ReadRows(dir["t.csv"]);
        int before = rows.Where(r => r.TimeMs > 100_000 && r.TimeMs < 120_000).Max(r => r.Level);
        int after = rows.Where(r => r.TimeMs > 130_000 && r.TimeMs < 150_000).Max(r => r.Level);
        Assert.True(after < before, $"{after} after, {before} before");
        Assert.Equal(10 * 60000L, rows[^1].TimeMs);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(100)]
    public void Frames_fall_on_rounded_multiples_of_the_frame_time_without_drift(int fps)
    {
        using var dir = new TempDir();
        Assert.Equal(0, Cli.Run("--trace", dir["t.csv"], "--length", "10", "--fps", fps.ToString(System.Globalization.CultureInfo.InvariantCulture)).Exit);
        List<TraceRow> rows = TraceReader.ReadRows(dir["t.csv"]);
        for (int k = 0; k < rows.Count; k++)
        {
            Assert.Equal((long)Math.Round(k * 1000.0 / fps, MidpointRounding.AwayFromZero), rows[k].TimeMs);
        }

        Assert.Equal(10 * 60000L, rows[^1].TimeMs);
    }

    [Fact]
    public void Leds_palette_and_brightness_reach_the_ring()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Cli.Run("--trace", dir["red.csv"], "--length", "10", "--leds", "8", "--palette", "red", "--brightness", "3").Exit);
        Assert.Equal(0, Cli.Run("--trace", dir["warm.csv"], "--length", "10", "--leds", "8").Exit);
        List<TraceRow> red = TraceReader.ReadRows(dir["red.csv"]);
        List<TraceRow> warm = TraceReader.ReadRows(dir["warm.csv"]);
        Assert.All(red, r => Assert.Equal(24, r.Grb.Length));

        // Red has no green; the warm palette has some; brightness 3 asks for more light.
        Assert.All(red, r => Assert.True(Enumerable.Range(0, 8).All(i => r.Grb[3 * i] == 0)));
        Assert.Contains(warm, r => r.Grb[0] > 0 || r.Grb[3] > 0);
        Assert.True(red.Max(r => r.Level) > warm.Max(r => r.Level));
    }

    private static List<(BreathPhase Phase, long Ms)> PhaseRuns(List<TraceRow> rows)
    {
        // Each run of rows in one phase, with its length as the time from its first row to the next run's first row.
        var runs = new List<(BreathPhase, long)>();
        int start = -1;
        for (int i = 0; i <= rows.Count; i++)
        {
            BreathPhase p = i < rows.Count ? rows[i].Phase : BreathPhase.None;
            if (start >= 0 && (i == rows.Count || p != rows[start].Phase))
            {
                if (rows[start].Phase != BreathPhase.None)
                {
                    runs.Add((rows[start].Phase, rows[Math.Min(i, rows.Count - 1)].TimeMs - rows[start].TimeMs));
                }

                start = -1;
            }

            if (start < 0 && i < rows.Count)
            {
                start = i;
            }
        }

        return runs;
    }
}
