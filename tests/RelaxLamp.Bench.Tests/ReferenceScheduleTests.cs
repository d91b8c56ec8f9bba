using System.Linq;
using RelaxLamp.Bench.Figures;
using Xunit;

namespace RelaxLamp.Bench.Tests;

public sealed class ReferenceScheduleTests
{
    [Fact]
    public void A_steady_pace_gives_even_breaths_that_end_exactly_on_time()
    {
        // 6 a minute from 0 to 100 s: ten breaths of 10 s, in-breath 4 s at 1:1.5.
        var breaths = ReferenceSchedule.Compute(0, 0, 100000, 0, 6, 6, 1.5);

        Assert.Equal(10, breaths.Count);
        Assert.All(breaths, b => Assert.Equal(10000, b.End - b.Start, 6));
        Assert.All(breaths, b => Assert.Equal(4000, b.InEnd - b.Start, 6));
        Assert.Equal(100000, breaths[^1].End, 6);
    }

    [Fact]
    public void The_end_rule_shares_the_remainder_evenly_among_the_last_breaths()
    {
        // 10 minutes with the default ramp: the last breaths are equal and end at the end.
        var breaths = ReferenceSchedule.Compute(0, 4000, 600000, 240000, 10, 6, 1.5);
        double last = breaths[^1].End - breaths[^1].Start;
        int even = breaths.Count(b => System.Math.Abs((b.End - b.Start) - last) < 1e-6);

        Assert.Equal(600000, breaths[^1].End, 6);
        Assert.InRange(even, 1, ReferenceSchedule.EvenOutBreaths + 1);
        Assert.InRange(last, 10000 * 0.94, 10000 * 1.06);
        Assert.True(breaths.Zip(breaths.Skip(1)).All(p => p.First.End == p.Second.Start));
    }

    [Fact]
    public void The_pace_glides_from_10_to_6_a_minute()
    {
        var breaths = ReferenceSchedule.Compute(0, 0, 1200000, 480000, 10, 6, 1.5);

        Assert.Equal(6000, breaths[0].End - breaths[0].Start, 6);
        var afterRamp = breaths.First(b => b.Start > 480000);
        Assert.Equal(10000, afterRamp.End - afterRamp.Start, 6);
    }
}
