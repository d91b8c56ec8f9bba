using System.Collections.Generic;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;
using Xunit;

namespace RelaxLamp.Core.Tests;

/// <summary>What the core tells every shell so that none re-derives it: <see cref="Lamp.IsBreathing"/> and <see cref="Lamp.BreathBegan"/>.</summary>
public class ShellPropertyTests
{
    [Fact]
    public void Breath_began_fires_once_per_breath_on_the_frame_its_number_first_shows()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        var begun = new List<int>();
        int lastCount = 0;
        d.Press(0);
        d.RunUntilAsleep(11 * 60_000, x =>
        {
            int count = x.Lamp.Pacer.BreathCount;
            if (x.Lamp.BreathBegan)
            {
                begun.Add(count);
                Assert.NotEqual(BreathPhase.None, x.Lamp.Phase);
                Assert.Equal(BreathPhase.In, x.Lamp.Phase); // a breath begins with its in-breath
            }
            else if (x.Lamp.Phase != BreathPhase.None)
            {
                Assert.Equal(lastCount, count); // no breath began unreported
            }

            lastCount = count;
        });

        Assert.True(begun.Count > 50, $"{begun.Count} breaths");
        for (int i = 0; i < begun.Count; i++)
        {
            Assert.Equal(i + 1, begun[i]);
        }

        Assert.Equal(d.Lamp.Pacer.BreathCount, begun.Count);
    }

    [Fact]
    public void A_second_session_reports_its_breaths_from_one_again()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Press(0);
        d.RunUntilAsleep(11 * 60_000);
        var first = new List<int>();
        d.Press(d.Now - d.Start + 2000, each: x =>
        {
            if (x.Lamp.BreathBegan)
            {
                first.Add(x.Lamp.Pacer.BreathCount);
            }
        });
        d.RunUntil(d.Now - d.Start + 60_000, x =>
        {
            if (x.Lamp.BreathBegan)
            {
                first.Add(x.Lamp.Pacer.BreathCount);
            }
        });

        Assert.Equal(2, d.Lamp.SessionCount);
        Assert.NotEmpty(first);
        Assert.Equal(1, first[0]);
    }

    [Theory]
    [InlineData(LampState.Asleep, false)]
    [InlineData(LampState.Welcome, false)]
    [InlineData(LampState.Choosing, false)]
    [InlineData(LampState.Breathing, true)]
    [InlineData(LampState.Ending, true)]
    [InlineData(LampState.Stopping, false)]
    public void Breathing_and_ending_are_the_breathing_states(LampState state, bool breathes) =>
        Assert.Equal(breathes, Lamp.Breathes(state));

    [Fact]
    public void Is_breathing_follows_the_state_through_a_session_with_a_stop()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        var seen = new HashSet<LampState>();
        void Check(Drive x)
        {
            seen.Add(x.Lamp.State);
            Assert.Equal(x.Lamp.State == LampState.Breathing || x.Lamp.State == LampState.Ending, x.Lamp.IsBreathing);
        }

        d.Press(0, each: Check);
        d.RunUntil(120_000, Check);
        d.Press(120_000, each: Check);
        d.RunUntilAsleep(11 * 60_000, Check);
        Assert.Contains(LampState.Breathing, seen);
        Assert.Contains(LampState.Stopping, seen);
        Assert.Contains(LampState.Asleep, seen);
    }

    [Fact]
    public void The_engine_steps_frames_on_its_one_time_rule_from_its_origin_and_shifts_with_the_clock()
    {
        var loop = new FrameLoop(24, new LampSettings(), 30, originMs: 5000, frameAtOrigin: false);
        loop.Step();
        Assert.Equal(5000 + FrameClock.TimeOf(1, 30), loop.NowMs);
        loop.StepUntil(6000);
        Assert.Equal(5000 + FrameClock.TimeOf(30, 30), loop.NowMs);
        Assert.Equal(30, loop.FrameCount);
        loop.ShiftClock(-2000); // a clock that jumps back: frames keep their spacing from there
        loop.Step();
        Assert.Equal(3000 + FrameClock.TimeOf(31, 30), loop.NowMs);
        Assert.Equal(31, loop.FrameCount);
    }
}
