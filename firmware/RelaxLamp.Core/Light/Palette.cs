using RelaxLamp.Core.Settings;

namespace RelaxLamp.Core.Light
{
    /// <summary>
    /// A colour of the light as shares of the code budget per channel, and how much light each
    /// channel's code gives compared with red (WS2812B datasheet intensities: red 405 mcd, green
    /// 690, blue 190), which the renderer uses to keep the total light smooth at the dark end.
    /// </summary>
    public sealed class Palette
    {
        /// <summary>Light of one green code over one red code, times 256 (690 / 405).</summary>
        public const int GreenLight = 436;

        /// <summary>Light of one blue code over one red code, times 256 (190 / 405).</summary>
        public const int BlueLight = 120;

        /// <summary>Creates a palette from its full-strength colour.</summary>
        public Palette(int red, int green, int blue)
        {
            int sum = red + green + blue;
            if (red < 0 || green < 0 || blue < 0 || sum <= 0 || red > 255 || green > 255 || blue > 255)
            {
                throw new System.ArgumentException("bad colour");
            }

            Red = red;
            Green = green;
            Blue = blue;
            GreenShare = (green << 16) / sum;
            BlueShare = (blue << 16) / sum;
            RedShare = 65536 - GreenShare - BlueShare;
            LightPerCode = RedShare + ((GreenShare * GreenLight) >> 8) + ((BlueShare * BlueLight) >> 8);
        }

        /// <summary>Warm amber with no blue: the default.</summary>
        public static readonly Palette Warm = new Palette(255, 72, 0);

        /// <summary>Deep red: red only.</summary>
        public static readonly Palette DeepRed = new Palette(255, 0, 0);

        /// <summary>Red of the full-strength colour.</summary>
        public int Red { get; }

        /// <summary>Green of the full-strength colour.</summary>
        public int Green { get; }

        /// <summary>Blue of the full-strength colour.</summary>
        public int Blue { get; }

        /// <summary>Red's share of the codes, of 65536.</summary>
        public int RedShare { get; }

        /// <summary>Green's share of the codes, of 65536.</summary>
        public int GreenShare { get; }

        /// <summary>Blue's share of the codes, of 65536.</summary>
        public int BlueShare { get; }

        /// <summary>Light per code of this colour in red-code units, times 65536.</summary>
        public int LightPerCode { get; }

        /// <summary>The palette for a settings value.</summary>
        public static Palette Of(PaletteId id) => id == PaletteId.Red ? DeepRed : Warm;
    }
}
