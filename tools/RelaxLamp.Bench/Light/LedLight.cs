using System;

namespace RelaxLamp.Bench.Light;

/// <summary>
/// The light a frame of GRB codes gives, weighting each channel by the WS2812B datasheet's luminous
/// intensity at full drive (red 405 mcd, green 690, blue 190) and assuming PWM is linear in the code.
/// </summary>
public static class LedLight
{
    /// <summary>Luminous intensity of a red LED at code 255, mcd.</summary>
    public const double Red = 405;

    /// <summary>Luminous intensity of a green LED at code 255, mcd.</summary>
    public const double Green = 690;

    /// <summary>Luminous intensity of a blue LED at code 255, mcd.</summary>
    public const double Blue = 190;

    /// <summary>Total light of a frame of GRB bytes, in code × mcd.</summary>
    public static double Of(ReadOnlySpan<byte> grb)
    {
        long g = 0;
        long r = 0;
        long b = 0;
        for (int at = 0; at + 2 < grb.Length; at += 3)
        {
            g += grb[at];
            r += grb[at + 1];
            b += grb[at + 2];
        }

        return (r * Red) + (g * Green) + (b * Blue);
    }

    /// <summary>Light of one code of each channel of a colour, mixed as the renderer mixes it: per code of the colour's code budget.</summary>
    public static double PerCode(int red, int green, int blue) => ((red * Red) + (green * Green) + (blue * Blue)) / (red + green + blue);

    /// <summary>Light of one code of the colour's dimmest channel that it uses (red for the warm palette).</summary>
    public static double DimmestCode(int red, int green, int blue)
    {
        double least = double.MaxValue;
        if (red > 0 && Red < least)
        {
            least = Red;
        }

        if (green > 0 && Green < least)
        {
            least = Green;
        }

        if (blue > 0 && Blue < least)
        {
            least = Blue;
        }

        return least;
    }
}
