using System;
using RelaxLamp.Core.Breath;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class EaseTests
{
    [Fact]
    public void Curve_matches_the_raised_cosine_within_a_step()
    {
        for (int x = 0; x <= 65535; x += 7)
        {
            double exact = 65535 * (1 - Math.Cos(Math.PI * x / 65535.0)) / 2;
            Assert.InRange(Ease.Curve(x), exact - 25, exact + 25);
        }
    }

    [Fact]
    public void Curve_is_monotonic_and_flat_at_both_turns()
    {
        int prev = -1;
        for (int x = 0; x <= 65535; x++)
        {
            int v = Ease.Curve(x);
            Assert.True(v >= prev, $"dips at {x}");
            prev = v;
        }

        // Slope at the ends is near zero (no visible corner), steepest in the middle (pi/2).
        Assert.True(Ease.Curve(1024) < 50);
        Assert.True(65535 - Ease.Curve(65535 - 1024) < 50);
        int mid = Ease.Curve(32768 + 512) - Ease.Curve(32768 - 512);
        Assert.InRange(mid, 1550, 1660);
    }

    [Fact]
    public void Progress_clamps_and_handles_zero_duration()
    {
        Assert.Equal(0, Ease.Progress(5, 10, 100));
        Assert.Equal(Ease.One, Ease.Progress(110, 10, 100));
        Assert.Equal(Ease.One, Ease.Progress(10, 10, 0));
        Assert.InRange(Ease.Progress(60, 10, 100), 32700, 32800);
    }
}
