using System;
using System.Text.RegularExpressions;
using System.Threading;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;
using RelaxLamp.Simulator.Engine;
using RelaxLamp.Simulator.Live;
using Spectre.Console;
using Spectre.Console.Testing;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>The live view, one frame rendered to a string; and its keys, with time fed in by hand.</summary>
public class LiveViewTests
{
    private static LiveSession Session(int leds = 24) =>
        new LiveSession(new Simulation(leds, new LampSettings(), FrameClock.DefaultFps, PressScript.SinglePress()));

    private static string Render(LiveSession live)
    {
        using var console = new TestConsole().Colors(ColorSystem.TrueColor).EmitAnsiSequences().Width(100);
        console.Write(LiveView.Render(live));
        return console.Output;
    }

    [Fact]
    public void A_breathing_frame_shows_the_state_the_phase_and_coloured_dots()
    {
        LiveSession live = Session();
        live.Advance(12000);
        Assert.Equal(LampState.Breathing, live.Sim.Lamp.State);
        string screen = Render(live);

        Assert.Contains("Breathing", screen, StringComparison.Ordinal);
        Assert.Contains("time left", screen, StringComparison.Ordinal);
        Assert.Contains("14:48", screen, StringComparison.Ordinal);
        Assert.Matches("in  ↑|out ↓", screen);

        // Warm dots in true colour: red above green, no blue.
        MatchCollection dots = Regex.Matches(screen, "\u001b\\[38;2;(\\d+);(\\d+);(\\d+)m●");
        Assert.True(dots.Count >= 12, $"{dots.Count} lit dots");
        foreach (Match m in dots)
        {
            int r = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            int g = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(r + g > 0 && r >= g && b == 0, m.Value);
        }

        Assert.Contains("codes x", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dome_row_shows_the_ring_as_one_warm_glow_with_its_lightness_against_the_breaths_top()
    {
        LiveSession live = Session();
        live.Advance(12000);
        string screen = Render(live);
        Match glow = Regex.Match(screen, "\u001b\\[38;2;(\\d+);(\\d+);(\\d+)m██████");
        Assert.True(glow.Success, "one glow block");
        Assert.True(int.Parse(glow.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("0", glow.Groups[3].Value); // no blue
        Match l = Regex.Match(screen, "(\\d+) of the breath's top");
        Assert.True(l.Success);
        Assert.InRange(int.Parse(l.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 100);

        var dark = new LiveSession(new Simulation(24, new LampSettings(), 50, new PressScript()));
        dark.Advance(500);
        Assert.Matches("dome(\\s|\\u001b\\[[0-9;]*m)+dark", Render(dark));
    }

    [Fact]
    public void Three_spaces_read_in_one_poll_are_three_presses()
    {
        var live = new LiveSession(new Simulation(24, new LampSettings { LengthMinutes = 10 }, 50, new PressScript()));
        live.OnKey(Key(' '), 0);
        live.Advance(1000);
        Assert.Equal(LampState.Choosing, live.Sim.Lamp.State);

        // Two more taps arrive together: both step the length (10 -> 15 -> 20), none is lost in a merge.
        live.OnKey(Key(' '), 1000);
        live.OnKey(Key(' '), 1000);
        live.Advance(2000);
        Assert.Equal(20, live.Sim.Lamp.Settings.LengthMinutes);
    }

    [Fact]
    public void Ctrl_C_in_the_live_view_exits_130_and_q_exits_0()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var console = new TestConsole().Width(100).Interactive();
        int exit = Program.Run(Array.Empty<string>(), console, new System.IO.StringWriter(), new System.IO.StringWriter(), new TerminalInfo(true, true), cancelled.Token);
        Assert.Equal(Program.ExitCancelled, exit);

        using var quit = new TestConsole().Width(100).Interactive();
        quit.Input.PushCharacter('q');
        Assert.Equal(Program.ExitOk, Program.Run(Array.Empty<string>(), quit, new System.IO.StringWriter(), new System.IO.StringWriter(), new TerminalInfo(true, true), CancellationToken.None));
    }

    [Fact]
    public void The_live_view_of_a_24_LED_ring_fits_an_80_by_24_terminal()
    {
        LiveSession live = Session();
        live.Advance(12000);
        using var console = new TestConsole().Width(80);
        console.Write(LiveView.Render(live, 80));
        string[] lines = console.Output.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length <= 24, $"{lines.Length} lines");
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= 80, $"{l.TrimEnd().Length} wide: {l}"));
        Assert.Contains("Breathing", console.Output, StringComparison.Ordinal);
        Assert.Contains("dome", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_led_is_drawn_once_around_the_ring()
    {
        foreach (int leds in new[] { 8, 12, 24, 60 })
        {
            var live = Session(leds);
            live.Advance(10000);
            Array.Fill(live.Sim.Frame, (byte)3); // every LED lit, to count them
            string screen = Render(live);
            Assert.Equal(leds, Regex.Matches(screen, "●").Count);
        }
    }

    [Fact]
    public void A_dark_lamp_shows_grey_points_and_says_space_starts_a_session()
    {
        var live = new LiveSession(new Simulation(24, new LampSettings(), 50, new PressScript()));
        live.Advance(1000);
        string screen = Render(live);
        Assert.Contains("Asleep", screen, StringComparison.Ordinal);
        Assert.Contains("space starts a session", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("●", screen, StringComparison.Ordinal);
        Assert.Equal(24, Regex.Matches(screen, "·").Count);
    }

    [Fact]
    public void Space_taps_h_holds_and_releases_and_speed_keys_speed_up_time()
    {
        var live = new LiveSession(new Simulation(24, new LampSettings(), 50, new PressScript()));
        live.OnKey(Key(' '), 0);
        live.Advance(500);
        Assert.Equal(LampState.Choosing, live.Sim.Lamp.State);

        live.OnKey(Key('3'), 1000);
        live.Advance(2000);
        Assert.Equal(60, live.Speed);
        Assert.Equal(1000 + 60000, live.VirtualMs);
        Assert.Equal(LampState.Breathing, live.Sim.Lamp.State);

        // h down ... h up 2.5 s of lamp time later: a hold, which glides the light dimmer and keeps breathing.
        live.OnKey(Key('1'), 2000);
        live.OnKey(Key('h'), 2000);
        Assert.True(live.Sim.Script.IsHeld);
        live.OnKey(Key('h'), 4500);
        Assert.False(live.Sim.Script.IsHeld);
        live.Advance(5000);
        Assert.Equal(LampState.Breathing, live.Sim.Lamp.State);

        // A space (a press) stops the session.
        live.OnKey(Key(' '), 5000);
        live.Advance(5500);
        Assert.Equal(LampState.Stopping, live.Sim.Lamp.State);

        live.OnKey(Key('q'), 5000);
        Assert.True(live.QuitAsked);
    }

    [Fact]
    public void The_loop_draws_and_stops_on_q()
    {
        using var console = new TestConsole().Colors(ColorSystem.TrueColor).EmitAnsiSequences().Width(100).Interactive();
        console.Input.PushCharacter('q');
        LiveSession live = Session();
        LiveRun.Run(live, console, CancellationToken.None, () => 0);
        Assert.True(live.QuitAsked);
        Assert.Contains("RelaxLamp", console.Output, StringComparison.Ordinal);
    }

    private static ConsoleKeyInfo Key(char c) => new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false);
}
