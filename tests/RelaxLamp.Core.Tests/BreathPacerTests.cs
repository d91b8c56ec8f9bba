using RelaxLamp.Core.Breath;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class BreathPacerTests
{
    private static BreathPacer Steady(int pace, int ratio, long end = 3_600_000)
    {
        var p = new BreathPacer();
        p.Start(0, 0, end, 0, pace, pace, ratio);
        return p;
    }

    [Fact]
    public void Six_a_minute_at_1_to_1_5_is_4000_in_and_6000_out()
    {
        var p = Steady(6000, 150);
        Assert.Equal(0, p.BreathStartMs);
        Assert.Equal(4000, p.InEndMs);
        Assert.Equal(10000, p.BreathEndMs);
        p.Advance(10000);
        Assert.Equal(2, p.BreathCount);
        Assert.Equal(14000, p.InEndMs);
        Assert.Equal(20000, p.BreathEndMs);
    }

    [Theory]
    [InlineData(6000, 120, 4545, 5454)]
    [InlineData(6000, 250, 2857, 7142)]
    [InlineData(10000, 150, 2400, 3600)]
    [InlineData(5500, 150, 4363, 6545)]
    public void In_and_out_follow_pace_and_ratio(int pace, int ratio, long inMs, long outMs)
    {
        var p = Steady(pace, ratio);
        Assert.Equal(inMs, p.InEndMs - p.BreathStartMs);
        Assert.InRange(p.BreathEndMs - p.InEndMs, outMs, outMs + 1);
    }

    [Fact]
    public void Phase_and_fullness_rise_on_the_in_breath_and_fall_on_the_out_breath()
    {
        var p = Steady(6000, 150);
        Assert.Equal(BreathPhase.In, p.PhaseAt(0));
        Assert.Equal(0, p.FullnessAt(0));
        Assert.True(p.FullnessAt(2000) > 30000 && p.FullnessAt(2000) < 35000);
        Assert.Equal(BreathPhase.Out, p.PhaseAt(4000));
        Assert.Equal(Ease.One, p.FullnessAt(4000));
        Assert.True(p.FullnessAt(7000) > 30000 && p.FullnessAt(7000) < 35000);
        Assert.True(p.FullnessAt(9990) < 100);
    }

    [Fact]
    public void Pace_glides_from_10_to_6_over_the_ramp_then_holds()
    {
        var p = new BreathPacer();
        p.Start(0, 0, 1_200_000, 480_000, 10000, 6000, 150);
        Assert.Equal(10000, p.PaceAt(0));
        Assert.Equal(8000, p.PaceAt(240_000));
        Assert.Equal(6000, p.PaceAt(480_000));
        Assert.Equal(6000, p.PaceAt(900_000));
        int last = 10001;
        while (p.Running && p.BreathStartMs < 480_000)
        {
            Assert.True(p.BreathPace < last, "pace must slow at every breath of the ramp");
            last = p.BreathPace;
            p.Advance((p.BreathEndMicros + 999) / 1000);
        }
    }

    [Theory]
    [InlineData(600_000L)]
    [InlineData(900_000L)]
    [InlineData(1_200_000L)]
    [InlineData(1_203_337L)]
    public void Last_out_breath_ends_exactly_at_the_end_and_no_breath_is_stretched_more_than_5_percent(long end)
    {
        var p = new BreathPacer();
        p.Start(0, 3800, end, end * 40 / 100, 10000, 6000, 150);
        long lastEnd = 0;
        long sum = 0;
        while (p.Running)
        {
            long nominal = 60_000_000_000L / p.BreathPace;
            long actual = p.BreathEndMicros - p.BreathStartMicros;
            Assert.InRange(actual, nominal * 95 / 100, nominal * 105 / 100);
            Assert.Equal(lastEnd == 0 ? 3_800_000 : lastEnd, p.BreathStartMicros);
            sum += actual;
            lastEnd = p.BreathEndMicros;
            p.Advance((p.BreathEndMicros + 999) / 1000);
        }

        Assert.Equal(end * 1000, lastEnd);
        Assert.Equal(end * 1000 - 3_800_000, sum);
    }

    [Fact]
    public void A_new_target_applies_from_the_next_breath()
    {
        var p = Steady(6000, 150);
        p.SetTarget(5500);
        Assert.Equal(10000, p.BreathEndMs);
        p.Advance(10000);
        Assert.Equal(5500, p.BreathPace);
        Assert.Equal(10000 + 10909, p.BreathEndMs);
    }

    [Fact]
    public void A_big_jump_of_the_clock_catches_up_breath_by_breath()
    {
        var p = Steady(6000, 150, 100_000);
        p.Advance(55_000);
        Assert.Equal(6, p.BreathCount);
        Assert.Equal(50_000, p.BreathStartMs);
        p.Advance(200_000);
        Assert.False(p.Running);
        Assert.Equal(BreathPhase.None, p.PhaseAt(200_000));
    }
}

public class BreathPhaseNamesTests
{
    [Theory]
    [InlineData(BreathPhase.In, "in")]
    [InlineData(BreathPhase.Out, "out")]
    [InlineData(BreathPhase.None, "none")]
    public void Names_round_trip(BreathPhase phase, string name)
    {
        Assert.Equal(name, BreathPhaseNames.Of(phase));
        Assert.True(BreathPhaseNames.TryParse(name, out BreathPhase back));
        Assert.Equal(phase, back);
    }

    [Theory]
    [InlineData("In")]
    [InlineData("")]
    [InlineData("exhale")]
    public void Other_names_are_refused(string name) => Assert.False(BreathPhaseNames.TryParse(name, out _));
}
