using System;
using RelaxLamp.Core.Light;

namespace RelaxLamp.Bench.Baselines;

/// <summary>
/// Baseline (b), as the popular ESP32 LED firmwares do by default: each channel is held as an 8-bit
/// gamma-encoded value v = round(255 × perceptual fraction), perceptual fraction = (linear
/// fraction)^(1/2.8), and the LED gets gamma8[v] = round(255 × (v / 255)^2.8). The encoding is chosen so
/// that without rounding the light is exactly the lamp's: same schedule, palette and top light.
/// </summary>
public sealed class GammaFade28 : IFrameRenderer
{
    /// <summary>The gamma of the table.</summary>
    public const double Gamma = 2.8;

    private readonly int _leds;
    private readonly byte[] _table = new byte[256];

    // Per channel: the linear light (2^24 = full) from which v reaches 1..255; a device would hold
    // these as constants and find v by bisection.
    private readonly long[] _redFrom;
    private readonly long[] _greenFrom;
    private readonly long[] _blueFrom;

    /// <summary>Creates the baseline for <paramref name="leds"/> LEDs in <paramref name="palette"/>.</summary>
    public GammaFade28(int leds, Palette palette)
    {
        _leds = leds;
        for (int v = 0; v < 256; v++)
        {
            _table[v] = (byte)Math.Round(255.0 * Math.Pow(v / 255.0, Gamma), MidpointRounding.AwayFromZero);
        }

        int sum = palette.Red + palette.Green + palette.Blue;
        _redFrom = Thresholds(palette.Red, sum);
        _greenFrom = Thresholds(palette.Green, sum);
        _blueFrom = Thresholds(palette.Blue, sum);
    }

    /// <inheritdoc/>
    public string Name => "gamma 2.8 8-bit";

    /// <summary>The gamma table, gamma8[v].</summary>
    public byte TableAt(int v) => _table[v];

    /// <inheritdoc/>
    public void Render(int level, byte[] grb)
    {
        if (level > Brightness.CapLevel)
        {
            level = Brightness.CapLevel;
        }

        long linear = Lightness.ToLinear(level);
        byte r = _table[Encode(_redFrom, linear)];
        byte g = _table[Encode(_greenFrom, linear)];
        byte b = _table[Encode(_blueFrom, linear)];
        for (int at = 0; at < _leds * 3; at += 3)
        {
            grb[at] = g;
            grb[at + 1] = r;
            grb[at + 2] = b;
        }
    }

    // v = how many thresholds lie at or below the light (thresholds ascend; v = 0..255).
    private static int Encode(long[] from, long linear)
    {
        int lo = 0;
        int hi = from.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (from[mid] <= linear)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The channel's unquantised code is linear × 765 × share; v rounds 255 × (code / 255)^(1/2.8), so
    // v ≥ i from code = 255 × ((i - 0.5) / 255)^2.8 on. A channel the palette does not use stays 0.
    private static long[] Thresholds(int channel, int sum)
    {
        var from = new long[255];
        for (int i = 1; i <= 255; i++)
        {
            double code = 255.0 * Math.Pow((i - 0.5) / 255.0, Gamma);
            double linear = channel == 0 ? double.MaxValue : code * Lightness.LinearFull * sum / (765.0 * channel);
            from[i - 1] = linear >= long.MaxValue ? long.MaxValue : (long)Math.Ceiling(linear);
        }

        return from;
    }
}
