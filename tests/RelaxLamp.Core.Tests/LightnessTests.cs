using System;
using RelaxLamp.Core.Light;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class LightnessTests
{
    private static double CieY(double lstar) => lstar > 8 ? Math.Pow((lstar + 16) / 116, 3) : lstar / 903.2962962;

    [Fact]
    public void ToLinear_follows_CIE_Lstar()
    {
        for (int level = 0; level <= 65535; level += 97)
        {
            double exact = CieY(100.0 * level / 65535) * (1 << 24);
            Assert.InRange(Lightness.ToLinear(level), exact * 0.995 - 2, exact * 1.005 + 2);
        }
    }

    [Fact]
    public void ToLinear_is_strictly_increasing_with_16_bit_resolution_at_the_dark_end()
    {
        int prev = -1;
        for (int level = 0; level <= 65535; level++)
        {
            int y = Lightness.ToLinear(level);
            Assert.True(y > prev, $"flat at {level}");
            prev = y;
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5893)]
    [InlineData(29906)]
    [InlineData(65535)]
    public void FromLinear_inverts_ToLinear(int level)
    {
        Assert.Equal(level, Lightness.FromLinear(Lightness.ToLinear(level)));
    }

    [Fact]
    public void Brightness_levels_are_1_3_and_10_percent_and_the_cap_15()
    {
        Assert.InRange(CieY(100.0 * Brightness.TopLevel(1) / 65535), 0.0099, 0.0101);
        Assert.InRange(CieY(100.0 * Brightness.TopLevel(2) / 65535), 0.0297, 0.0303);
        Assert.InRange(CieY(100.0 * Brightness.TopLevel(3) / 65535), 0.099, 0.101);
        Assert.InRange(CieY(100.0 * Brightness.CapLevel / 65535), 0.148, 0.150);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Precomputed_top_levels_are_the_lightness_of_their_output(int brightness)
    {
        // Brightness holds constants because a static initialiser may not call Lightness on nanoCLR.
        Assert.Equal(Lightness.FromLinear(Brightness.Linear(Brightness.TopOutput(brightness))), Brightness.TopLevel(brightness));
    }

    [Fact]
    public void Precomputed_cap_is_the_lightness_of_the_cap_output()
    {
        Assert.Equal(Brightness.CapLevel, Lightness.FromLinear(Brightness.Linear(Brightness.CapOutput)));
    }
}
