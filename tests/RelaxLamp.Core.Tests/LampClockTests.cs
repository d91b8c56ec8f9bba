using RelaxLamp.Core.Time;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class LampClockTests
{
    [Fact]
    public void Follows_a_steady_clock_exactly()
    {
        var c = new LampClock();
        c.Reset(1000);
        for (long t = 1020; t <= 100_000; t += 20)
        {
            Assert.Equal(t, c.Update(t));
        }
    }

    [Fact]
    public void A_clock_that_jumps_back_adds_nothing_and_then_goes_on()
    {
        var c = new LampClock();
        c.Reset(10_000);
        c.Update(10_020);
        Assert.Equal(10_020, c.Update(5_000));
        Assert.Equal(10_040, c.Update(5_020));
    }

    [Fact]
    public void A_500ms_stall_moves_at_most_100ms_and_is_repaid_within_5_seconds_at_most_an_eighth_faster()
    {
        var c = new LampClock();
        c.Reset(0);
        c.Update(20);
        long lamp = c.Update(520);
        Assert.Equal(120, lamp);
        long raw = 520;
        long prev = lamp;
        while (c.Debt > 0)
        {
            raw += 20;
            long now = c.Update(raw);
            Assert.InRange(now - prev, 20, 22);
            prev = now;
        }

        Assert.Equal(raw, c.Now);
        Assert.True(raw - 520 <= 5000);
    }

    [Fact]
    public void Forty_nine_days_of_uptime_and_a_32_bit_wrap_are_harmless()
    {
        var c = new LampClock();
        long start = (1L << 32) - 5_000; // just before a 32-bit millisecond counter wraps
        c.Reset(start);
        for (long t = start + 20; t < start + 10_000; t += 20)
        {
            Assert.Equal(t, c.Update(t));
        }

        long before = c.Now;
        Assert.Equal(before, c.Update(1_000)); // a wrapped 32-bit source: treated as a step back
        Assert.Equal(before + 20, c.Update(1_020));
    }
}
