using RelaxLamp.Bench.Baselines;
using RelaxLamp.Bench.Light;
using RelaxLamp.Bench.Suite;
using RelaxLamp.Core.Light;
using Xunit;

namespace RelaxLamp.Bench.Tests;

public sealed class LightTests
{
    [Fact]
    public void Cie_lightness_has_its_landmarks()
    {
        Assert.Equal(100, Cie.LStar(1), 9);
        Assert.Equal(0, Cie.LStar(0));
        Assert.Equal(Cie.Kappa * 0.004, Cie.LStar(0.004), 9); // the linear part
        Assert.Equal(Cie.LStar(Cie.Epsilon), Cie.LStar(Cie.Epsilon * 1.000001), 3); // continuous at the joint
        Assert.Equal(0.18, Cie.Luminance(Cie.LStar(0.18)), 12);
        Assert.Equal(0.005, Cie.Luminance(Cie.LStar(0.005)), 12);
    }

    [Fact]
    public void The_night_scale_puts_the_top_at_100_and_one_red_code_near_4_L_star()
    {
        LightScale scale = BenchSuite.NightScale(24);

        Assert.Equal(100, scale.OfLevel(Brightness.TopLevel(1)), 9);
        Assert.InRange(scale.TopLinear, 0.0095, 0.0105); // about 1% of the ring's full output
        Assert.Equal(LedLight.Red, scale.DimmestCodeLight);
        Assert.InRange(scale.OneCodeStep, 4.0, 4.5);
    }

    [Fact]
    public void Both_baselines_give_the_lamps_top_light_within_rounding_and_go_dark_at_zero()
    {
        var grb = new byte[24 * 3];
        int top = Brightness.TopLevel(1);
        foreach (IFrameRenderer b in new IFrameRenderer[] { new LinearFade8(24, Palette.Warm), new GammaFade28(24, Palette.Warm) })
        {
            b.Render(top, grb);
            Assert.Equal(2, grb[0]); // green 1.68 rounds to 2
            Assert.Equal(6, grb[1]); // red 5.97 rounds to 6
            Assert.Equal(0, grb[2]);
            Assert.Equal(grb[0], grb[69]);
            b.Render(0, grb);
            Assert.All(grb, x => Assert.Equal(0, x));
        }
    }

    [Fact]
    public void The_gamma_table_is_the_usual_one()
    {
        var g = new GammaFade28(24, Palette.Warm);

        Assert.Equal(0, g.TableAt(0));
        Assert.Equal(0, g.TableAt(27));
        Assert.Equal(1, g.TableAt(28));
        Assert.Equal(255, g.TableAt(255));
        Assert.Equal(37, g.TableAt(128));
    }

    [Fact]
    public void Without_rounding_the_gamma_baseline_is_the_linear_one()
    {
        // Above a few codes both round the same light; they may differ by one code at most.
        var a = new byte[24 * 3];
        var b = new byte[24 * 3];
        var linear = new LinearFade8(24, Palette.Warm);
        var gamma = new GammaFade28(24, Palette.Warm);
        for (int level = 0; level <= 40000; level += 97)
        {
            linear.Render(level, a);
            gamma.Render(level, b);
            for (int i = 0; i < 3; i++)
            {
                Assert.InRange(b[i] - a[i], -1, 1);
            }
        }
    }
}
