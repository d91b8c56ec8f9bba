using System;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Simulator.Display
{
    /// <summary>
    /// Makes the ring's real bytes visible on a screen. At the night level an LED gets a few codes
    /// out of 255, which a screen shows as black, so every channel is multiplied by one gain: the
    /// hue stays, only the brightness is raised, and pictures say by how much.
    /// </summary>
    public static class DisplayColour
    {
        /// <summary>What the brightest code should become on screen.</summary>
        public const int TargetPeak = 240;

        /// <summary>The gain that brings <paramref name="peakCode"/> to about <see cref="TargetPeak"/> (at least 1).</summary>
        public static int GainForPeak(int peakCode) => peakCode <= 0 ? 1 : Math.Max(1, TargetPeak / peakCode);

        /// <summary>
        /// The gain for a ring at the top of a breath at dimmer position <paramref name="brightness"/>: the core's own
        /// renderer draws that frame and its largest byte sets the gain.
        /// </summary>
        public static int GainFor(int ledCount, PaletteId palette, int brightness)
        {
            var renderer = new RingRenderer(ledCount) { Palette = Palette.Of(palette) };
            var grb = new byte[renderer.FrameBytes];
            renderer.Fill(grb, 0, ledCount, DimmerScale.TopLevel(brightness));
            return GainForPeak(Peak(grb));
        }

        /// <summary>The largest byte of a frame.</summary>
        public static int Peak(ReadOnlySpan<byte> grb)
        {
            int max = 0;
            foreach (byte b in grb)
            {
                max = Math.Max(max, b);
            }

            return max;
        }

        /// <summary>LED <paramref name="led"/>'s colour on screen: its GRB bytes times <paramref name="gain"/>, scaled down as a whole if a channel would pass 255.</summary>
        public static (byte R, byte G, byte B) Of(ReadOnlySpan<byte> grb, int led, int gain)
        {
            int g = grb[3 * led] * gain;
            int r = grb[(3 * led) + 1] * gain;
            int b = grb[(3 * led) + 2] * gain;
            int max = Math.Max(r, Math.Max(g, b));
            if (max > 255)
            {
                r = r * 255 / max;
                g = g * 255 / max;
                b = b * 255 / max;
            }

            return ((byte)r, (byte)g, (byte)b);
        }

        /// <summary>True when the LED sends no light at all.</summary>
        public static bool IsDark(ReadOnlySpan<byte> grb, int led) => grb[3 * led] == 0 && grb[(3 * led) + 1] == 0 && grb[(3 * led) + 2] == 0;
    }
}
