using System;
using RelaxLamp.Core.Light;

namespace RelaxLamp.Core.Tests;

/// <summary>Lightness relative to the breath's top, as the eye judges it (CIE L* with the top's light = 100).</summary>
internal static class Light
{
    /// <summary>CIE L* of a relative luminance Y (0..1).</summary>
    public static double LStar(double y) => y <= 216.0 / 24389 ? y * 24389 / 27 : (116 * Math.Cbrt(y)) - 16;

    /// <summary>Relative L* of a level against the top's level (both on the core's scale).</summary>
    public static double RelativeL(int level, int top) => LStar((double)Lightness.ToLinear(level) / Lightness.ToLinear(top));

    /// <summary>Relative L* of a warm frame's code light against the unquantised light of the top level.</summary>
    public static double FrameRelativeL(byte[] grb, int top)
    {
        // Datasheet intensities as the renderer uses them: green 1.7 × red, blue 0.47 × red.
        double light = 0;
        for (int i = 0; i < grb.Length; i += 3)
        {
            light += (grb[i] * 690.0) + (grb[i + 1] * 405.0) + (grb[i + 2] * 190.0);
        }

        var p = Palette.Warm;
        double perCode = ((p.Red * 405.0) + (p.Green * 690.0) + (p.Blue * 190.0)) / (p.Red + p.Green + p.Blue);
        double topLight = (double)Lightness.ToLinear(top) / Lightness.LinearFull * (grb.Length / 3) * 765 * perCode;
        return LStar(light / topLight);
    }
}
