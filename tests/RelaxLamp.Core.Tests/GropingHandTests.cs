using System;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using Xunit;

namespace RelaxLamp.Core.Tests;

/// <summary>
/// The groping-hand suite (docs/groping-hand.md): what a hand in the dark does, at every moment it
/// can do it, and what the lamp must do then — never brighter without intent, never stuck lit,
/// nothing lost. One test per row of the table; each runs its gesture at every moment listed.
/// </summary>
public class GropingHandTests
{
    /// <summary>Moments of a 10-minute session started by a press at 0 (or of a cold power-up).</summary>
    public enum Moment
    {
        /// <summary>1.5 s after plugging in, in the welcome breath.</summary>
        Waking,

        /// <summary>1 s into the start's first pulse.</summary>
        Pulse,

        /// <summary>In the dark pause after the pulses.</summary>
        Pause,

        /// <summary>Half a second into the first breath's rise from black.</summary>
        FirstRise,

        /// <summary>Two minutes in, breathing.</summary>
        Breathing,

        /// <summary>40 s before the end, in the end fade.</summary>
        EndFade,

        /// <summary>Two seconds into a stop fade (a press at 2 min).</summary>
        StopFade,

        /// <summary>Half a second after the session went dark.</summary>
        Rest,
    }

    private const int Minutes = 10;
    private const long EndMs = Minutes * 60_000L;
    private const int Start = DimmerScale.Landmark2;

    private static long FirstBreath => Lamp.StartLengthMs(Minutes);

    private static long TimeOf(Moment m) => m switch
    {
        Moment.Waking => 1500,
        Moment.Pulse => 1000,
        Moment.Pause => FirstBreath - 1000,
        Moment.FirstRise => FirstBreath + 500,
        Moment.Breathing => 120_000,
        Moment.EndFade => EndMs - 40_000,
        Moment.StopFade => 122_000,
        _ => EndMs + 500,
    };

    /// <summary>A lamp at <paramref name="m"/>, its choices, and the frame check every row shares.</summary>
    private sealed class Night
    {
        public Night(Moment m)
        {
            Settings = new LampSettings { LengthMinutes = Minutes, Brightness = Start, Volume = 2 };
            D = new Drive(settings: Settings, kind: m == Moment.Waking ? PowerUpKind.Cold : PowerUpKind.Idle);
            if (m != Moment.Waking)
            {
                D.Press(0);
            }

            if (m == Moment.StopFade)
            {
                D.Press(120_000 - 120);
            }

            D.RunUntil(TimeOf(m), Check);
            Top = D.Lamp.TopLevel;
        }

        public Drive D { get; }

        public LampSettings Settings { get; }

        public int Top { get; }

        public int Frames { get; private set; }

        /// <summary>Never brighter than the breath's top, and the top never rises: nothing a hand can do in the dark brightens the lamp.</summary>
        public void Check(Drive d)
        {
            Frames++;
            Assert.True(d.Lamp.TopLevel <= DimmerScale.TopLevel(Start), $"the top rose at {d.Now} ms");
            Assert.True(d.FrameRelL <= 100 + 6.5, $"brighter than the breath's top at {d.Now} ms: {d.FrameRelL:F1}"); // one code of rounding at the night level
        }

        public void Press(long at, long ms = 120) => D.Press(at, ms, Check);

        /// <summary>Runs on past the end: dark, asleep, and nothing lost but the length (a choice shown) or some brightness (dimmer only).</summary>
        public void EndsDarkAndKeepsTheChoices()
        {
            long until = Math.Max(D.Now - D.Start, D.Lamp.SessionEndMs - D.Start) + 10_000;
            D.RunUntil(until, Check);
            Assert.Equal(LampState.Asleep, D.Lamp.State);
            Assert.Equal(0, D.CodeSum());
            Assert.True(D.Lamp.MaySleep, "it may sleep: not stuck awake");
            LampSettings now = D.Lamp.Settings;
            Assert.True(now.IsValid);
            Assert.Equal(Settings.Palette, now.Palette);
            Assert.Equal(Settings.PaceTarget, now.PaceTarget);
            Assert.Equal(Settings.Ratio, now.Ratio);
            Assert.Equal(Settings.AudioOn, now.AudioOn);
            Assert.Equal(Settings.Volume, now.Volume);
            Assert.True(now.Brightness <= Start, "only ever dimmer");
        }
    }

    private static readonly Moment[] Every = (Moment[])Enum.GetValues(typeof(Moment));

    public static TheoryData<Moment> Moments()
    {
        var data = new TheoryData<Moment>();
        foreach (Moment m in Every)
        {
            data.Add(m);
        }

        return data;
    }

    // Row 1.
    [Theory]
    [MemberData(nameof(Moments))]
    public void G1_the_reflex_press_to_stop(Moment m)
    {
        var n = new Night(m);
        long t = TimeOf(m);
        n.Press(t);
        LampState after = n.D.Lamp.State;
        switch (m)
        {
            case Moment.Waking:
                Assert.Equal(LampState.Choosing, after); // a press on a waking lamp starts a session, softly
                break;
            case Moment.Pulse:
            case Moment.Pause:
                Assert.Equal(LampState.Choosing, after); // at the start a press is a choice, shown by the pulses
                Assert.Equal(15, n.D.Lamp.Settings.LengthMinutes);
                break;
            case Moment.StopFade:
                Assert.Equal(LampState.Breathing, after); // a second press undoes the stop
                break;
            case Moment.Rest:
                Assert.Equal(LampState.Asleep, after); // a late "off" does nothing
                Assert.Equal(1, n.D.Lamp.SessionCount);
                break;
            default:
                Assert.Equal(LampState.Stopping, after);
                n.D.RunUntil(t + 120 + Lamp.StopFadeMs + 20, n.Check);
                Assert.Equal(LampState.Asleep, n.D.Lamp.State);
                Assert.Equal(0, n.D.CodeSum());
                break;
        }

        n.EndsDarkAndKeepsTheChoices();
    }

    // Row 2.
    [Theory]
    [MemberData(nameof(Moments))]
    public void G2_two_presses_200_to_600_ms_apart(Moment m)
    {
        foreach (int gap in new[] { 200, 400, 600 })
        {
            var n = new Night(m);
            long t = TimeOf(m);
            n.Press(t);
            n.Press(t + gap);
            if (m is Moment.Breathing or Moment.FirstRise)
            {
                Assert.Equal(LampState.Breathing, n.D.Lamp.State); // stop, then undo: as it was
            }
            else if (m == Moment.EndFade)
            {
                Assert.Equal(LampState.Ending, n.D.Lamp.State);
            }

            n.EndsDarkAndKeepsTheChoices();
        }
    }

    /// <summary>Phase boundaries: the first breath, the end fade, the end, the end of a stop fade, the end of the welcome breath.</summary>
    public enum Boundary
    {
        FirstBreath,
        EndFadeBegins,
        SessionEnds,
        StopFadeEnds,
        WelcomeEnds,
    }

    public static TheoryData<Boundary, int> Boundaries()
    {
        var data = new TheoryData<Boundary, int>();
        foreach (Boundary b in (Boundary[])Enum.GetValues(typeof(Boundary)))
        {
            data.Add(b, -300);
            data.Add(b, 300);
        }

        return data;
    }

    // Row 3.
    [Theory]
    [MemberData(nameof(Boundaries))]
    public void G3_a_hold_started_just_before_or_just_after_a_boundary(Boundary b, int offset)
    {
        var n = new Night(b == Boundary.WelcomeEnds ? Moment.Waking : b == Boundary.StopFadeEnds ? Moment.StopFade : Moment.Pulse);
        long at = b switch
        {
            Boundary.FirstBreath => FirstBreath,
            Boundary.EndFadeBegins => EndMs - Lamp.EndFadeMs,
            Boundary.SessionEnds => EndMs,
            Boundary.StopFadeEnds => 120_000 + Lamp.StopFadeMs,
            _ => Lamp.WelcomeInMs + Lamp.WelcomeOutMs,
        };
        n.D.RunUntil(at + offset, n.Check);
        n.Press(at + offset, 2500);
        n.EndsDarkAndKeepsTheChoices();
    }

    // Row 4.
    [Theory]
    [InlineData(300L)] // the first pulse rising from black
    [InlineData(-1L)] // the first breath rising from black
    [InlineData(122_000L)] // a stop fade
    [InlineData(EndMs - 40_000)] // the end fade
    [InlineData(122_500L)] // the glide back of an undone stop
    public void G4_a_press_during_a_fade(long at)
    {
        var n = new Night(at == 122_000 || at == 122_500 ? Moment.StopFade : Moment.Pulse);
        long t = at < 0 ? FirstBreath + 800 : at;
        if (at == 122_500)
        {
            n.Press(122_000 - 120); // undo the stop, then press during its glide back
        }

        n.D.RunUntil(t, n.Check);
        n.Press(t);
        n.EndsDarkAndKeepsTheChoices();
    }

    // Row 5.
    [Theory]
    [MemberData(nameof(Moments))]
    public void G5_five_presses_in_two_seconds(Moment m)
    {
        var n = new Night(m);
        long t = TimeOf(m);
        for (int i = 0; i < 5; i++)
        {
            n.Press(t + (i * 400));
        }

        if (m is Moment.Breathing or Moment.EndFade)
        {
            Assert.Equal(LampState.Stopping, n.D.Lamp.State); // stop, undo, stop, undo, stop: it goes dark, softly
        }

        n.EndsDarkAndKeepsTheChoices();
    }

    // Row 6.
    [Theory]
    [MemberData(nameof(Moments))]
    public void G6_a_30_s_hold(Moment m)
    {
        var n = new Night(m);
        n.Press(TimeOf(m), 30_000);
        n.EndsDarkAndKeepsTheChoices();
    }

    // Row 7.
    [Theory]
    [InlineData(1600L)] // rising
    [InlineData(3000L)] // at the welcome breath's top
    [InlineData(7000L)] // nearly dark again
    public void G7_a_press_while_it_is_waking(long at)
    {
        var n = new Night(Moment.Waking);
        n.D.RunUntil(at, n.Check);
        n.Press(at);
        Assert.Equal(LampState.Choosing, n.D.Lamp.State);
        Assert.Equal(1, n.D.Lamp.SessionCount);
        n.EndsDarkAndKeepsTheChoices();
    }
}
