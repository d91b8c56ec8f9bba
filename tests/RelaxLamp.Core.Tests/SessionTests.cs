using System;
using System.Collections.Generic;
using System.Linq;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class SessionTests
{
    private sealed class Breaths
    {
        public List<(long start, long inEnd, long end, int pace)> Seen { get; } = new();

        public void Watch(Drive d)
        {
            var p = d.Lamp.Pacer;
            if (p.Running && (Seen.Count == 0 || Seen[^1].start != p.BreathStartMs))
            {
                Seen.Add((p.BreathStartMs, p.InEndMs, p.BreathEndMs, p.BreathPace));
            }
        }
    }

    [Fact]
    public void A_whole_20_minute_session_frame_by_frame()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 20 });
        var breaths = new Breaths();
        long firstDark = -1;
        int maxOutput = 0;
        d.Press(0);
        d.RunUntilAsleep(30 * 60_000, x =>
        {
            breaths.Watch(x);
            maxOutput = Math.Max(maxOutput, x.CodeSum());
            if (firstDark < 0 && x.Lamp.State == LampState.Asleep)
            {
                firstDark = x.Now;
            }
        });

        // It ends asleep and dark exactly at 20 minutes from the press (within one 20 ms frame).
        Assert.True(d.Lamp.MaySleep);
        Assert.InRange(firstDark, 1_200_000, 1_200_020);
        Assert.Equal(0, d.CodeSum());
        Assert.Equal(1_200_000, breaths.Seen[^1].end);

        // Breaths: 10/min at the start, 6/min after the ramp (40% = 8 min), ~1:1.5 throughout.
        Assert.InRange(breaths.Seen.Count, 130, 150);
        Assert.InRange(breaths.Seen[0].pace, 9900, 10000);
        Assert.Equal(6000, breaths.Seen[^1].pace);
        foreach (var (start, inEnd, end, _) in breaths.Seen)
        {
            double ratio = (double)(end - inEnd) / (inEnd - start);
            Assert.InRange(ratio, 1.48, 1.52);
        }

        var steady = breaths.Seen.FindAll(b => b.start > 500_000 && b.end < 1_000_000);
        Assert.All(steady, b => Assert.Equal(4000, b.inEnd - b.start));
        Assert.All(steady, b => Assert.Equal(6000, b.end - b.inEnd));

        // Never brighter than the night level's top (~1% of 24 × 765 codes).
        Assert.InRange(maxOutput, 170, 190);

        // And it stays dark afterwards.
        d.RunUntil(d.Now - d.Start + 60_000);
        Assert.Equal(0, d.CodeSum());
        Assert.Equal(LampState.Asleep, d.Lamp.State);
    }

    [Fact]
    public void The_light_rises_from_black_and_fades_to_black_across_the_last_breaths()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        var levels = new List<(long t, int level, LampState state, BreathPhase phase)>();
        d.Press(0);
        d.RunUntilAsleep(11 * 60_000, x => levels.Add((x.Now, x.Lamp.Level, x.Lamp.State, x.Lamp.Phase)));

        Assert.Equal(LampState.Choosing, levels[0].state);
        Assert.True(levels[0].level < 200, "starts from black");
        int top = Brightness.TopLevel(1);
        int maxStep = 0;
        for (int i = 1; i < levels.Count; i++)
        {
            maxStep = Math.Max(maxStep, Math.Abs(levels[i].level - levels[i - 1].level));
        }

        // At 50 fps no frame moves more than ~3.5% of the top level: no flash, no cut.
        Assert.True(maxStep < top * 35 / 1000, $"max step {maxStep} of top {top}");

        // The fade: 75 s before the end the breath still reaches the top, in the last 10 s it is under 10%.
        int peakBeforeFade = levels.FindAll(l => l.t > 480_000 && l.t < 525_000).ConvertAll(l => l.level).Max();
        int peakLast10s = levels.FindAll(l => l.t > 590_000).ConvertAll(l => l.level).Max();
        Assert.True(peakBeforeFade > top * 95 / 100);
        Assert.True(peakLast10s < top / 10);

        // Breathing goes on through the fade; the phase is in/out right to the end.
        Assert.All(levels.FindAll(l => l.state == LampState.Ending), l => Assert.NotEqual(BreathPhase.None, l.phase));
        Assert.Equal(BreathPhase.Out, levels.FindLast(l => l.state == LampState.Ending).phase);
    }

    [Fact]
    public void Presses_in_the_choice_window_step_the_length_and_show_it_as_an_arc()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 15 });
        d.Press(0);
        d.RunUntil(1500);
        Assert.Equal(LampState.Choosing, d.Lamp.State);
        Assert.Equal(16, LitLeds(d.Frame)); // two thirds of 24

        d.Press(1600);
        d.RunUntil(2800);
        Assert.Equal(20, d.Lamp.Settings.LengthMinutes);
        Assert.Equal(24, LitLeds(d.Frame));

        d.Press(3000);
        d.RunUntil(4000);
        Assert.Equal(10, d.Lamp.Settings.LengthMinutes);
        Assert.Equal(8, LitLeds(d.Frame));
        Assert.True(d.Lamp.SettingsChanged);

        // The window closes 3 s after the last press; the session still ends 10 min after the first press.
        d.RunUntilAsleep(11 * 60_000);
        Assert.InRange(d.Now, 600_000, 600_020);
    }

    [Fact]
    public void A_single_press_during_the_session_steps_the_brightness_and_glides_to_it()
    {
        var d = new Drive();
        d.Press(0);
        d.RunUntil(60_000);
        d.Press(60_000);
        d.RunUntil(61_000);
        Assert.Equal(2, d.Lamp.Settings.Brightness);
        int maxOutput = 0;
        d.RunUntil(90_000, x => maxOutput = Math.Max(maxOutput, x.CodeSum()));
        Assert.InRange(maxOutput, 520, 580); // ~3% of 24 × 765
    }

    [Theory]
    [InlineData(2, 5500)]
    [InlineData(3, 6600)]
    public void Double_press_slows_and_triple_press_quickens_the_target_pace(int presses, int expected)
    {
        var d = new Drive();
        d.Press(0);
        d.RunUntil(600_000);
        for (int i = 0; i < presses; i++)
        {
            d.Press(600_000 + (i * 250), 100);
        }

        d.RunUntil(620_000);
        Assert.Equal(expected, d.Lamp.Settings.PaceTarget);
        d.RunUntil(640_000);
        Assert.Equal(expected, d.Lamp.Pacer.BreathPace);
    }

    [Fact]
    public void A_hold_stops_the_session_with_a_fade_of_a_few_seconds()
    {
        var d = new Drive();
        d.Press(0);
        d.RunUntil(120_000);
        d.Press(120_000, 2500);
        Assert.Equal(LampState.Stopping, d.Lamp.State);
        var levels = new List<int>();
        d.RunUntilAsleep(200_000, x => levels.Add(x.Lamp.Level));
        long stoppedAt = d.Now;
        Assert.InRange(stoppedAt, 122_000 + Lamp.StopFadeMs, 122_000 + Lamp.StopFadeMs + 600);
        Assert.Equal(0, levels[^1]);
        for (int i = 1; i < levels.Count; i++)
        {
            Assert.True(Math.Abs(levels[i] - levels[i - 1]) < 300, "the stop fades, never cuts");
        }
    }

    [Fact]
    public void Cold_power_up_shows_one_breath_then_sleeps()
    {
        var d = new Drive(kind: PowerUpKind.Cold);
        int max = 0;
        d.RunUntilAsleep(30_000, x => max = Math.Max(max, x.Lamp.Level));
        Assert.InRange(d.Now, Lamp.WelcomeInMs + Lamp.WelcomeOutMs, Lamp.WelcomeInMs + Lamp.WelcomeOutMs + 20);
        Assert.True(max > Brightness.TopLevel(1) * 95 / 100);
    }

    [Fact]
    public void Holding_the_button_10s_from_a_cold_power_up_restores_the_defaults()
    {
        var s = new LampSettings { Brightness = 3, LengthMinutes = 20, PaceTarget = 7000 };
        var d = new Drive(settings: s, kind: PowerUpKind.Cold, down: true);
        d.RunUntil(10_500);
        d.Edges.Add(d.Start + 10_500, false);
        d.RunUntilAsleep(40_000);
        Assert.True(d.Lamp.Settings.SameAs(new LampSettings()));
        Assert.True(d.Lamp.SettingsChanged);
        Assert.True(d.Now >= 10_000 + (2 * (Lamp.WelcomeInMs + Lamp.WelcomeOutMs)), "two breaths confirm");
    }

    [Fact]
    public void Holding_10s_on_a_wake_from_sleep_resets_nothing()
    {
        var s = new LampSettings { Brightness = 2, LengthMinutes = 20 };
        var d = new Drive(settings: s, kind: PowerUpKind.ButtonWake, down: true);
        Assert.Equal(LampState.Choosing, d.Lamp.State);
        d.RunUntil(12_000);
        d.Edges.Add(d.Start + 12_000, false);
        d.RunUntil(20_000);
        Assert.True(d.Lamp.Settings.SameAs(s));
        Assert.Equal(LampState.Breathing, d.Lamp.State);
    }

    [Fact]
    public void A_wake_by_the_button_starts_the_session_at_once_and_ends_at_its_length()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 }, kind: PowerUpKind.ButtonWake, start: 5_000_000);
        d.RunUntilAsleep(11 * 60_000);
        Assert.InRange(d.Now - d.Start, 600_000, 600_020);
    }

    [Fact]
    public void A_hold_in_the_choice_window_toggles_sound()
    {
        var d = new Drive();
        d.Press(0);
        d.RunUntil(500);
        d.Press(500, 2200);
        d.RunUntil(3500);
        Assert.False(d.Lamp.Settings.AudioOn);
        Assert.Equal(1, LitLeds(d.Frame)); // one LED = sound off
        Assert.Equal(15, d.Lamp.Settings.LengthMinutes);
    }

    [Fact]
    public void Step_allocates_nothing()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Press(0);
        d.RunUntil(30_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        d.RunUntil(300_000);
        d.Press(300_000);
        d.RunUntilAsleep(700_000);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(25)]
    [InlineData(60)]
    [InlineData(100)]
    public void Any_frame_rate_from_20_to_100_ends_on_time_and_moves_smoothly(int fps)
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 }, fps: fps);
        int maxStep = 0;
        long maxAt = 0;
        d.Press(0);
        int prev = d.Lamp.Level;
        d.RunUntilAsleep(11 * 60_000, x =>
        {
            if (Math.Abs(x.Lamp.Level - prev) > maxStep)
            {
                maxStep = Math.Abs(x.Lamp.Level - prev);
                maxAt = x.Now;
            }

            prev = x.Lamp.Level;
        });
        Assert.InRange(d.Now, 600_000, 600_000 + (1000 / fps) + 1);
        int top = Brightness.TopLevel(1);
        Assert.True(maxStep < top * 3.5 * 50 / fps / 100, $"{maxStep} at {fps} fps, t={maxAt}");
    }

    [Fact]
    public void A_press_still_settling_keeps_the_lamp_awake()
    {
        var d = new Drive();
        d.RunUntil(100);
        Assert.True(d.Lamp.MaySleep);
        d.Edges.Add(d.Start + 110, true);
        d.Step(d.Start + 120); // 10 ms into the debounce: not yet a press, but no time to sleep
        Assert.Equal(LampState.Asleep, d.Lamp.State);
        Assert.False(d.Lamp.MaySleep);
    }

    private static int LitLeds(byte[] f)
    {
        int lit = 0;
        for (int i = 0; i < f.Length; i += 3)
        {
            if (f[i] + f[i + 1] + f[i + 2] > 0)
            {
                lit++;
            }
        }

        return lit;
    }
}
