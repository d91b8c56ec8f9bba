using System;

namespace RelaxLamp.Bench.Light;

/// <summary>
/// CIE 1976 lightness in double precision, with the linear part near black (the constants are the
/// rounded ones the core's table was built from, so the bench and the core share one definition).
/// </summary>
public static class Cie
{
    /// <summary>Relative luminance below which L* is linear in it.</summary>
    public const double Epsilon = 0.008856;

    /// <summary>Slope of the linear part: L* = Kappa × Y.</summary>
    public const double Kappa = 903.3;

    /// <summary>L* (0..100) of a relative luminance <paramref name="y"/> (1 = white; values above 1 give L* above 100).</summary>
    public static double LStar(double y)
    {
        if (y <= 0)
        {
            return 0;
        }

        return y > Epsilon ? (116.0 * Math.Cbrt(y)) - 16.0 : Kappa * y;
    }

    /// <summary>Relative luminance of lightness <paramref name="lStar"/> (inverse of <see cref="LStar"/>).</summary>
    public static double Luminance(double lStar)
    {
        if (lStar <= 0)
        {
            return 0;
        }

        if (lStar > Kappa * Epsilon)
        {
            double f = (lStar + 16.0) / 116.0;
            return f * f * f;
        }

        return lStar / Kappa;
    }

    /// <summary>Linear light (fraction of the ring's full output) of a core level 0..65535, exactly.</summary>
    public static double LevelToLinear(int level) => Luminance(100.0 * level / 65535.0);
}
