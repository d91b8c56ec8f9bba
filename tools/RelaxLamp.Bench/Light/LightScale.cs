using System;
using RelaxLamp.Core.Light;

namespace RelaxLamp.Bench.Light;

/// <summary>
/// Perceived lightness of the whole ring's light with the unquantised top of an in-breath as L* 100:
/// total light over the light that the top level would give without rounding to codes, then CIE L*.
/// </summary>
public sealed class LightScale
{
    /// <summary>Creates the scale for a ring of <paramref name="leds"/> LEDs in <paramref name="palette"/> whose breath tops out at <paramref name="topLevel"/>.</summary>
    public LightScale(int leds, Palette palette, int topLevel)
    {
        Leds = leds;
        TopLevel = topLevel;
        TopLinear = Cie.LevelToLinear(topLevel);
        TopLight = leds * TopLinear * 765.0 * LedLight.PerCode(palette.Red, palette.Green, palette.Blue);
        DimmestCodeLight = LedLight.DimmestCode(palette.Red, palette.Green, palette.Blue);
    }

    /// <summary>LEDs on the ring.</summary>
    public int Leds { get; }

    /// <summary>The level of the top of an in-breath.</summary>
    public int TopLevel { get; }

    /// <summary>Linear light of the top as a fraction of the ring's full output (exact).</summary>
    public double TopLinear { get; }

    /// <summary>Light of the top in <see cref="LedLight"/> units (code × mcd), unquantised.</summary>
    public double TopLight { get; }

    /// <summary>Light of one code of the palette's dimmest channel.</summary>
    public double DimmestCodeLight { get; }

    /// <summary>L* of a frame's total light.</summary>
    public double OfLight(double light) => Cie.LStar(light / TopLight);

    /// <summary>L* of a frame.</summary>
    public double OfFrame(ReadOnlySpan<byte> grb) => OfLight(LedLight.Of(grb));

    /// <summary>L* of the unquantised curve at <paramref name="level"/>: its linear light exactly, over the top's.</summary>
    public double OfLevel(int level) => Cie.LStar(Cie.LevelToLinear(level) / TopLinear);

    /// <summary>The step of one LED going from dark to one code of the dimmest channel: the finest step at the dark end.</summary>
    public double OneCodeStep => OfLight(DimmestCodeLight);
}
