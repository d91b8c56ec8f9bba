using RelaxLamp.Core.Light;

namespace RelaxLamp.Bench.Baselines;

/// <summary>
/// Baseline (a), the usual Arduino breathing light: every LED gets the same 8-bit code per channel,
/// linear in light, i.e. round(linear fraction × the palette channel's code at that light). Same
/// schedule, palette and brightness as the lamp; the top of a breath asks the same light.
/// </summary>
public sealed class LinearFade8 : IFrameRenderer
{
    // Code of a channel = linear (2^24 = full) × 765 × share / 2^24, as 2^-40 fixed point.
    private readonly long _red;
    private readonly long _green;
    private readonly long _blue;
    private readonly int _leds;

    /// <summary>Creates the baseline for <paramref name="leds"/> LEDs in <paramref name="palette"/>.</summary>
    public LinearFade8(int leds, Palette palette)
    {
        _leds = leds;
        long sum = palette.Red + palette.Green + palette.Blue;
        _red = (765L * palette.Red << 16) / sum;
        _green = (765L * palette.Green << 16) / sum;
        _blue = (765L * palette.Blue << 16) / sum;
    }

    /// <inheritdoc/>
    public string Name => "linear 8-bit";

    /// <inheritdoc/>
    public void Render(int level, byte[] grb)
    {
        if (level > Brightness.CapLevel)
        {
            level = Brightness.CapLevel;
        }

        long linear = Lightness.ToLinear(level);
        byte r = Code(linear * _red);
        byte g = Code(linear * _green);
        byte b = Code(linear * _blue);
        for (int at = 0; at < _leds * 3; at += 3)
        {
            grb[at] = g;
            grb[at + 1] = r;
            grb[at + 2] = b;
        }
    }

    private static byte Code(long fixed40)
    {
        long code = (fixed40 + (1L << 39)) >> 40;
        return (byte)(code > 255 ? 255 : code);
    }
}
