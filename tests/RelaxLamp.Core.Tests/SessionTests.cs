using System;
using System.Collections.Generic;
using System.Linq;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Scenes;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using Xunit;

namespace RelaxLamp.Core.Tests;

/// <summary>The lamp's modes, one test (or more) per row of the transition table in docs/architecture.md, in its order.</summary>
public class SessionTests
{
    /// <summary>When the first breath of a session started at 0 begins, for a length.</summary>
    internal static long FirstBreathAt(int minutes) => PulseScene.LengthMs(PulseScene.CountFor(minutes));

    // Row 1: Asleep + press -> Choosing.
    [Fact]
    public void R01_a_press_on_the_dark_lamp_starts_a_session_whose_length_shows_as_pulses()
    {
        foreach (var (minutes, pulses) in new[] { (10, 1), (15, 2), (20, 3) })
        {
            var d = new Drive(settings: new LampSettings { LengthMinutes = minutes });
            d.Press(0);
            var rel = new List<double>();
            d.RunUntil(FirstBreathAt(minutes) - 10, x => rel.Add(x.RelL));
            Assert.Equal(LampState.Choosing, d.Lamp.State);
            Assert.Equal(pulses, Pulses(rel));
            Assert.True(rel.Max() > 99, "each pulse reaches the breath's top");
            Assert.All(rel.TakeLast(PulseScene.PauseMs / 20 - 2), r => Assert.Equal(0, r)); // dark pause before the first breath
        }
    }

    // Row 2: Asleep within the rest after a session + press -> nothing.
    [Fact]
    public void R02_a_press_just_after_a_session_went_dark_does_nothing()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Press(0);
        d.RunUntilDark(11 * 60_000);
        long darkAt = d.Now;
        Assert.False(d.Lamp.MaySleep, "awake through the rest, to catch a late press");
        d.Press(darkAt + 500);
        d.RunUntil(darkAt + 5000);
        Assert.Equal(LampState.Asleep, d.Lamp.State);
        Assert.Equal(1, d.Lamp.SessionCount);
        Assert.Equal(0, d.CodeSum());
        Assert.True(d.Lamp.MaySleep);

        // After the rest a press starts a session again.
        d.Press(darkAt + 6000);
        d.RunUntil(darkAt + 6300);
        Assert.Equal(LampState.Choosing, d.Lamp.State);
    }

    // Row 3: Welcome + press -> Choosing.
    [Fact]
    public void R03_a_press_while_it_is_waking_starts_a_session()
    {
        var d = new Drive(kind: PowerUpKind.Cold);
        d.RunUntil(2000);
        Assert.Equal(LampState.Welcome, d.Lamp.State);
        double before = d.RelL;
        d.Press(2000);
        d.RunUntil(2050);
        Assert.Equal(LampState.Choosing, d.Lamp.State);
        Assert.True(d.RelL <= before + 1, "starting never brightens the moment");
    }

    // Row 4: Welcome with the button held from plugging in, let go between 3 and 10 s -> colour switched.
    [Theory]
    [InlineData(3500, true)]
    [InlineData(9000, true)]
    [InlineData(2500, false)]
    public void R04_letting_go_3_to_10_s_after_plugging_in_switches_to_deep_red(int releaseAt, bool switched)
    {
        var d = new Drive(kind: PowerUpKind.Cold, down: true);
        d.RunUntil(releaseAt);
        d.Edges.Add(d.Start + releaseAt, false);
        int greenWhileRed = 0;
        d.RunUntilAsleep(40_000, x => greenWhileRed += x.Lamp.Settings.Palette == PaletteId.Red ? x.Frame.Where((b, i) => i % 3 == 0).Sum(b => b) : 0);
        Assert.Equal(switched ? PaletteId.Red : PaletteId.Warm, d.Lamp.Settings.Palette);
        Assert.Equal(switched, d.Lamp.SettingsChanged);
        Assert.Equal(0, greenWhileRed);
        if (switched)
        {
            Assert.True(d.Now >= releaseAt + Lamp.WelcomeInMs + Lamp.WelcomeOutMs, "a breath in the new colour confirms it");

            // And back: the same gesture again returns to warm.
            var again = new Drive(settings: d.Lamp.Settings, kind: PowerUpKind.Cold, down: true);
            again.RunUntil(4000);
            again.Edges.Add(again.Start + 4000, false);
            again.RunUntilAsleep(40_000);
            Assert.Equal(PaletteId.Warm, again.Lamp.Settings.Palette);
        }
    }

    // Row 5: Welcome with the button held 10 s from plugging in -> factory settings.
    [Fact]
    public void R05_holding_the_button_10s_from_a_cold_power_up_restores_the_defaults()
    {
        var s = new LampSettings { Brightness = 200, LengthMinutes = 20, PaceTarget = 7000, Palette = PaletteId.Red };
        var d = new Drive(settings: s, kind: PowerUpKind.Cold, down: true);
        d.RunUntil(9_900);
        Assert.False(d.Lamp.SettingsChanged, "nothing before 10 s");
        d.RunUntil(10_500);
        d.Edges.Add(d.Start + 10_500, false);
        d.RunUntilAsleep(40_000);
        Assert.True(d.Lamp.Settings.SameAs(new LampSettings()));
        Assert.True(d.Lamp.SettingsChanged);
        Assert.True(d.Now >= 10_000 + (2 * (Lamp.WelcomeInMs + Lamp.WelcomeOutMs)), "two breaths confirm");
    }

    [Fact]
    public void R05_holding_10s_on_a_wake_from_sleep_resets_nothing()
    {
        var s = new LampSettings { Brightness = 78, LengthMinutes = 20 };
        var d = new Drive(settings: s, kind: PowerUpKind.ButtonWake, down: true);
        Assert.Equal(LampState.Choosing, d.Lamp.State);
        d.RunUntil(12_000);
        d.Edges.Add(d.Start + 12_000, false);
        d.RunUntil(20_000);
        Assert.True(d.Lamp.Settings.SameAs(s));
        Assert.Equal(LampState.Breathing, d.Lamp.State);
    }

    // Row 6: Welcome done -> Asleep.
    [Fact]
    public void R06_a_cold_power_up_shows_one_breath_then_sleeps()
    {
        var d = new Drive(kind: PowerUpKind.Cold);
        double max = 0;
        d.RunUntilAsleep(30_000, x => max = Math.Max(max, x.RelL));
        Assert.InRange(d.Now, Lamp.WelcomeInMs + Lamp.WelcomeOutMs, Lamp.WelcomeInMs + Lamp.WelcomeOutMs + 20);
        Assert.True(max > 99);
    }

    // Row 7: Choosing + press -> next length, shown by a new count of pulses.
    [Fact]
    public void R07_a_press_at_the_start_steps_the_length_and_the_pulses_count_it_again()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 15 });
        d.Press(0);
        d.RunUntil(6000);
        d.Press(6000); // in the pause after two pulses: now 20 min
        var rel = new List<double>();
        d.RunUntil(6120 + FirstBreathAt(20) - 100, x => rel.Add(x.RelL));
        Assert.Equal(20, d.Lamp.Settings.LengthMinutes);
        Assert.Equal(3, Pulses(rel));
        Assert.Equal(LampState.Choosing, d.Lamp.State);

        d.Press(d.Now + 20); // the third press of the night: 10 min
        d.RunUntilDark(11 * 60_000);
        Assert.Equal(10, d.Lamp.Settings.LengthMinutes);
        Assert.True(d.Lamp.SettingsChanged);
        Assert.InRange(d.Now, 600_000, 600_020); // still 10 min from the first press
    }

    [Fact]
    public void R07_a_press_during_a_pulse_glides_it_out_and_never_brightens_it()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Press(0);
        d.RunUntil(1000);
        double at = d.RelL;
        d.Press(1000);
        double max = 0;
        d.RunUntil(1000 + 120 + ChoosingModeLeadOut, x => max = Math.Max(max, x.RelL));
        Assert.True(max <= at + 8, $"{max} after {at}"); // the pulse's own rise until the release, then out
        Assert.True(d.RelL < 1);
    }

    private const int ChoosingModeLeadOut = 500;

    private const int GestureDecoderHoldFrames = Button.GestureDecoder.HoldMs / 20;

    // Rows 8-9: Choosing + hold (with a speaker) -> the sound dial; hold ends -> pulses again.
    [Fact]
    public void R08_a_hold_at_the_start_turns_the_sound_down_step_by_step_with_a_chime_at_each_volume()
    {
        var d = new Drive(settings: new LampSettings { Volume = 3 });
        d.Lamp.SpeakerFitted = true;
        d.Press(0);
        d.RunUntil(1000);
        var chimes = new List<(long t, int gain)>();
        var rel = new List<double>();
        d.Press(1000, 1000 + (1 * SoundDial.StepMs) + 200, x =>
        {
            if (x.Lamp.CueClip != Clips.None)
            {
                chimes.Add((x.Now, x.Lamp.CueGain));
            }

            rel.Add(x.RelL);
        });

        // 3 -> 2 -> 1: two chimes, the second quieter; the sound is still on.
        Assert.Equal(new[] { Guidance.GainOf(2), Guidance.GainOf(1) }, chimes.Select(c => c.gain));
        Assert.True(d.Lamp.Settings.AudioOn);
        Assert.Equal(1, d.Lamp.Settings.Volume);
        Assert.Equal(LampState.Choosing, d.Lamp.State);
        var turning = rel.Skip((GestureDecoderHoldFrames) + (DialScene.GlideMs / 20)).ToList();
        Assert.Equal(0, Pulses(turning)); // a steady glow, no pulse, while the dial turns
        Assert.True(turning.All(r => r > 20 && r < 90), "the glow stays lit and steady");

        // The next hold turns the other way: 1 -> 2.
        d.Press(d.Now + 100, 1200);
        d.RunUntil(d.Now + 100);
        Assert.Equal(2, d.Lamp.Settings.Volume);
    }

    [Fact]
    public void R08_the_dial_turned_down_to_off_is_silent_and_stays_off()
    {
        var d = new Drive(settings: new LampSettings { Volume = 1 });
        d.Lamp.SpeakerFitted = true;
        d.Press(0);
        int chimes = 0;
        d.Press(500, 30_000); // a 30 s hold: 1 -> off, then the dial rests at its end
        d.RunUntil(32_000, x => chimes += x.Lamp.CueClip != Clips.None && x.Lamp.State == LampState.Choosing ? 1 : 0);
        Assert.False(d.Lamp.Settings.AudioOn);
        Assert.Equal(0, chimes);
        Assert.False(d.Lamp.SoundMayPlay);
    }

    [Fact]
    public void R08_without_a_speaker_a_hold_at_the_start_changes_nothing()
    {
        var d = new Drive();
        d.Press(0);
        d.Press(500, 2500);
        d.RunUntil(4000);
        Assert.False(d.Lamp.SettingsChanged);
    }

    // Row 10: Choosing over -> Breathing, the first breath rising from black.
    [Fact]
    public void R10_the_first_breath_begins_after_the_pulses_and_never_while_the_button_is_down()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Press(0);
        d.RunUntil(FirstBreathAt(10) - 20);
        Assert.Equal(LampState.Choosing, d.Lamp.State);
        d.RunUntil(FirstBreathAt(10) + 20);
        Assert.Equal(LampState.Breathing, d.Lamp.State);
        Assert.Equal(FirstBreathAt(10), d.Lamp.FirstBreathMs);

        var held = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        held.Edges.Add(0, true);
        held.RunUntil(7900);
        Assert.Equal(LampState.Choosing, held.Lamp.State);
        held.Edges.Add(7950, false);
        held.RunUntil(8100);
        Assert.Equal(LampState.Breathing, held.Lamp.State);
        Assert.InRange(held.Lamp.FirstBreathMs, 7950, 7970); // at the release (the lamp's time never steps back, so within a frame)
    }

    // Row 11: Choosing with the button held through the whole session -> Asleep at its end.
    [Fact]
    public void R11_a_button_held_from_the_start_for_ever_still_ends_dark_at_the_length()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Press(0, 20 * 60_000);
        Assert.Equal(LampState.Asleep, d.Lamp.State);
        Assert.Equal(0, d.CodeSum());
    }

    // Row 12: Breathing + press -> Stopping.
    [Fact]
    public void R12_a_press_while_breathing_ends_the_session_with_a_fade_of_a_few_seconds()
    {
        var d = new Drive();
        d.Press(0);
        d.RunUntil(120_000);
        d.Press(120_000);
        Assert.Equal(LampState.Stopping, d.Lamp.State);
        var levels = new List<int>();
        d.RunUntilDark(200_000, x => levels.Add(x.Lamp.Level));
        Assert.InRange(d.Now, 120_120 + Lamp.StopFadeMs, 120_120 + Lamp.StopFadeMs + 20);
        Assert.Equal(0, levels[^1]);
        Assert.Equal(0, d.CodeSum());
        Assert.Equal(1, d.Lamp.Settings.Brightness); // never brighter, nothing saved
        Assert.False(d.Lamp.SettingsChanged);
    }

    // Rows 13-14: Breathing + hold -> the dimmer glides (dimmer first); let go to keep it.
    [Fact]
    public void R13_a_hold_while_breathing_glides_dimmer_then_the_next_hold_brighter()
    {
        var d = new Drive(settings: new LampSettings { Brightness = DimmerScale.Landmark3 });
        d.Press(0);
        d.RunUntil(60_000);
        int top0 = d.Lamp.TopLevel;
        var tops = new List<int>();
        d.Press(60_000, 3000, x => tops.Add(x.Lamp.TopLevel));
        int top1 = d.Lamp.TopLevel;
        Assert.True(top1 < top0, "the first hold dims");
        Assert.True(tops.Zip(tops.Skip(1)).All(p => p.Second <= p.First), "never brighter on the way");
        Assert.True(d.Lamp.Settings.Brightness < DimmerScale.Landmark3);
        Assert.Equal(LampState.Breathing, d.Lamp.State);

        d.Press(70_000, 2000);
        d.RunUntil(75_000);
        Assert.True(d.Lamp.TopLevel > top1, "the next hold brightens");
        Assert.Equal(LampState.Breathing, d.Lamp.State);
    }

    [Fact]
    public void R13_the_dimmer_stops_at_the_night_floor_and_at_the_cap()
    {
        var d = new Drive(settings: new LampSettings { Brightness = DimmerScale.Landmark2 });
        d.Press(0);
        d.RunUntil(60_000);
        d.Press(60_000, 30_000);
        Assert.Equal(DimmerScale.Floor, d.Lamp.Settings.Brightness);
        Assert.Equal(DimmerScale.FloorLevel, d.Lamp.TopLevel);
        d.Press(95_000, 30_000);
        Assert.Equal(DimmerScale.Cap, d.Lamp.Settings.Brightness);
        Assert.Equal(DimmerScale.CapLevel, d.Lamp.TopLevel);
        int cap = 24 * 765 * Brightness.CapOutput / 10000;
        int max = 0;
        d.RunUntil(140_000, x => max = Math.Max(max, x.CodeSum()));
        Assert.InRange(max, cap * 90 / 100, cap);
    }

    [Fact]
    public void R14_the_level_a_hold_leaves_is_kept_for_the_next_night()
    {
        var d = new Drive(settings: new LampSettings { Brightness = DimmerScale.Landmark3 });
        d.Press(0);
        d.RunUntil(60_000);
        d.Press(60_000, 3000);
        int kept = d.Lamp.Settings.Brightness;
        Assert.InRange(kept, DimmerScale.Landmark3 - 60, DimmerScale.Landmark3 - 40); // 2 s of a 10 s span
        var next = new Drive(settings: d.Lamp.Settings);
        next.Press(0);
        next.RunUntil(100);
        Assert.Equal(DimmerScale.TopLevel(kept), next.Lamp.TopLevel);
    }

    // Row 15: Breathing -> Ending, 75 s before the end.
    [Fact]
    public void R15_the_end_fade_begins_75_s_before_the_end_and_the_breathing_goes_on_to_the_last_out_breath()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        var seen = new List<(long t, LampState state, BreathPhase phase)>();
        d.Press(0);
        d.RunUntilDark(11 * 60_000, x => seen.Add((x.Now, x.Lamp.State, x.Lamp.Phase)));
        Assert.InRange(seen.First(s => s.state == LampState.Ending).t, 600_000 - Lamp.EndFadeMs, 600_000 - Lamp.EndFadeMs + 20);
        Assert.All(seen.FindAll(s => s.state == LampState.Ending), s => Assert.NotEqual(BreathPhase.None, s.phase));
        Assert.Equal(BreathPhase.Out, seen.FindLast(s => s.state == LampState.Ending).phase);
    }

    // Row 16: Ending + press -> Stopping (sooner), and row 19 undoes it back into the end fade.
    [Fact]
    public void R16_a_press_in_the_end_fade_stops_sooner_and_another_press_returns_to_the_fade()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Press(0);
        d.RunUntil(560_000);
        Assert.Equal(LampState.Ending, d.Lamp.State);
        d.Press(560_000);
        Assert.Equal(LampState.Stopping, d.Lamp.State);
        d.Press(562_000);
        Assert.Equal(LampState.Ending, d.Lamp.State);
        d.RunUntilDark(11 * 60_000);
        Assert.InRange(d.Now, 600_000, 600_020);
    }

    // Row 17: Ending + hold -> the dimmer.
    [Fact]
    public void R17_the_dimmer_works_in_the_end_fade_too()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10, Brightness = DimmerScale.Landmark2 });
        d.Press(0);
        d.RunUntil(540_000);
        d.Press(540_000, 2500);
        Assert.True(d.Lamp.Settings.Brightness < DimmerScale.Landmark2);
        Assert.Equal(LampState.Ending, d.Lamp.State);
    }

    // Row 18: Ending over -> Asleep, resting.
    [Fact]
    public void R18_a_whole_20_minute_session_ends_dark_at_its_length_then_sleeps()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 20 });
        var starts = new List<(long start, long inEnd, long end, int pace)>();
        long firstDark = -1;
        int maxOutput = 0;
        d.Press(0);
        d.RunUntilAsleep(30 * 60_000, x =>
        {
            var p = x.Lamp.Pacer;
            if (p.Running && (starts.Count == 0 || starts[^1].start != p.BreathStartMs))
            {
                starts.Add((p.BreathStartMs, p.InEndMs, p.BreathEndMs, p.BreathPace));
            }

            maxOutput = Math.Max(maxOutput, x.CodeSum());
            if (firstDark < 0 && x.Lamp.State == LampState.Asleep)
            {
                firstDark = x.Now;
            }
        });

        Assert.InRange(firstDark, 1_200_000, 1_200_020);
        Assert.InRange(d.Now, 1_200_000 + Lamp.RestMs, 1_200_020 + Lamp.RestMs);
        Assert.True(d.Lamp.MaySleep);
        Assert.Equal(0, d.CodeSum());
        Assert.Equal(1_200_000, starts[^1].end);
        Assert.InRange(starts.Count, 130, 150);
        Assert.InRange(starts[0].pace, 9800, 10000);
        Assert.Equal(6000, starts[^1].pace);
        foreach (var (start, inEnd, end, _) in starts)
        {
            Assert.InRange((double)(end - inEnd) / (inEnd - start), 1.48, 1.52);
        }

        var steady = starts.FindAll(b => b.start > 500_000 && b.end < 1_000_000);
        Assert.All(steady, b => Assert.Equal(4000, b.inEnd - b.start));
        Assert.All(steady, b => Assert.Equal(6000, b.end - b.inEnd));
        Assert.InRange(maxOutput, 170, 190); // the night level's top: about 1% of 24 × 765 codes
    }

    // Row 19: Stopping + press -> back where it was (undo).
    [Fact]
    public void R19_a_press_during_the_stop_fade_brings_the_session_back_where_it_was()
    {
        var d = new Drive();
        var plain = new Drive();
        d.Press(0);
        plain.Press(0);
        d.RunUntil(120_000);
        d.Press(120_000);
        d.Press(122_000);
        Assert.Equal(LampState.Breathing, d.Lamp.State);
        double max = 0;
        d.RunUntil(122_000 + Lamp.UndoMs + 10_000, x => max = Math.Max(max, x.RelL));
        plain.RunUntil(d.Now);
        Assert.Equal(plain.Lamp.Pacer.BreathStartMs, d.Lamp.Pacer.BreathStartMs); // the breaths kept their time
        Assert.Equal(plain.Frame, d.Frame); // and the light is the session's own again
        Assert.True(max <= 100.01);
        Assert.Equal(plain.Lamp.SessionEndMs, d.Lamp.SessionEndMs);
    }

    // Row 20: Stopping done -> Asleep.
    [Fact]
    public void R20_the_stop_fade_ends_dark_and_the_lamp_may_sleep_after_its_rest()
    {
        var d = new Drive();
        d.Press(0);
        d.RunUntil(60_000);
        d.Press(60_000);
        d.RunUntilAsleep(100_000);
        Assert.InRange(d.Now, 60_120 + Lamp.StopFadeMs + Lamp.RestMs, 60_120 + Lamp.StopFadeMs + Lamp.RestMs + 20);
        Assert.Equal(0, d.CodeSum());
    }

    [Fact]
    public void A_wake_by_the_button_starts_the_session_at_once_and_ends_at_its_length()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 }, kind: PowerUpKind.ButtonWake, start: 5_000_000);
        d.RunUntilDark(11 * 60_000);
        Assert.InRange(d.Now - d.Start, 600_000, 600_020);
    }

    [Fact]
    public void Step_allocates_nothing()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Lamp.SpeakerFitted = true;
        d.Press(0);
        d.RunUntil(30_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        d.RunUntil(300_000);
        d.Press(300_000, 3000);
        d.Press(310_000);
        d.Press(312_000);
        d.RunUntilAsleep(700_000);
        d.Press(d.Now + 100);
        d.Press(d.Now + 500, 2500);
        d.RunUntil(d.Now + 20_000);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(25)]
    [InlineData(60)]
    [InlineData(100)]
    public void Any_frame_rate_from_20_to_100_ends_on_time_and_moves_softly(int fps)
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 }, fps: fps);
        double maxStep = 0;
        long maxAt = 0;
        d.Press(0);
        double prev = d.RelL;
        d.RunUntilDark(11 * 60_000, x =>
        {
            double step = Math.Abs(x.RelL - prev);
            if (step > maxStep)
            {
                maxStep = step;
                maxAt = x.Now;
            }

            prev = x.RelL;
        });
        Assert.InRange(d.Now, 600_000, 600_000 + (1000 / fps) + 1);

        // No frame moves more than 8 relative L* at 20 fps (proportionally less at faster rates): no flash, no cut.
        Assert.True(maxStep < 8.0 * 20 / fps + 0.5, $"{maxStep:F2} at {fps} fps, t={maxAt}");
    }

    [Fact]
    public void A_press_still_settling_keeps_the_lamp_awake()
    {
        var d = new Drive();
        d.RunUntil(100);
        Assert.True(d.Lamp.MaySleep);
        d.Edges.Add(d.Start + 110, true);
        d.Step(); // the frame at 120 ms, 10 ms into the debounce: not yet a press, but no time to sleep
        Assert.Equal(d.Start + 120, d.Now);
        Assert.Equal(LampState.Asleep, d.Lamp.State);
        Assert.False(d.Lamp.MaySleep);
    }

    /// <summary>Counts the separate rises to the top in a run of relative L* values (a pulse = a rise above 90 after a drop below 10).</summary>
    internal static int Pulses(List<double> rel)
    {
        int n = 0;
        bool low = true;
        foreach (double r in rel)
        {
            if (low && r > 90)
            {
                n++;
                low = false;
            }
            else if (!low && r < 10)
            {
                low = true;
            }
        }

        return n;
    }
}
