using System;
using System.Globalization;
using System.Linq;

namespace RelaxLamp.Simulator.Cli
{
    /// <summary>Durations as people type them: <c>500ms</c>, <c>1.2s</c>, <c>2m</c>.</summary>
    public static class DurationText
    {
        /// <summary>Longest duration accepted: a day, far beyond any session.</summary>
        public const long MaxMs = 24L * 3600 * 1000;

        /// <summary>What a duration looks like, for error messages.</summary>
        public const string Shape = "a duration such as 0s, 1.2s, 500ms, 2m or 14m20s";

        /// <summary>Reads <paramref name="text"/> as whole milliseconds (rounded); false when it is not a duration from 0 to a day.</summary>
        public static bool TryParse(string text, out long ms)
        {
            ms = 0;
            if (string.IsNullOrEmpty(text))
            {
                return false;
            }

            // Minutes and the rest, such as 14m20s or 2m500ms: whole minutes, then seconds or ms.
            int m = text.IndexOf('m', StringComparison.Ordinal);
            if (m > 0 && m + 1 < text.Length && char.IsDigit(text[m + 1]))
            {
                string minutes = text[..m];
                string rest = text[(m + 1)..];
                if (!minutes.All(char.IsDigit) || rest.EndsWith('m') || !TryParse(rest, out long restMs)
                    || !long.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out long whole) || whole > MaxMs / 60000)
                {
                    return false;
                }

                ms = (whole * 60000) + restMs;
                return ms <= MaxMs;
            }

            decimal unit;
            string number;
            if (text.EndsWith("ms", StringComparison.Ordinal))
            {
                unit = 1m;
                number = text[..^2];
            }
            else if (text.EndsWith('s'))
            {
                unit = 1000m;
                number = text[..^1];
            }
            else if (text.EndsWith('m'))
            {
                unit = 60000m;
                number = text[..^1];
            }
            else
            {
                return false;
            }

            // Plain decimals only: no sign, no exponent, no thousands separators.
            if (number.Length == 0 || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                return false;
            }

            decimal total = decimal.Round(value * unit, MidpointRounding.AwayFromZero);
            if (total > MaxMs)
            {
                return false;
            }

            ms = (long)total;
            return true;
        }

        /// <summary>Writes <paramref name="ms"/> the short way back: <c>1.2s</c>, <c>300s</c>, <c>0s</c>.</summary>
        public static string Format(long ms) => (ms / 1000m).ToString("0.###", CultureInfo.InvariantCulture) + "s";

        /// <summary>Writes <paramref name="ms"/> as a clock reading, <c>m:ss.fff</c>.</summary>
        public static string Clock(long ms)
        {
            long sign = ms < 0 ? -1 : 1;
            long a = ms * sign;
            return string.Format(CultureInfo.InvariantCulture, "{0}{1}:{2:00}.{3:000}", sign < 0 ? "-" : string.Empty, a / 60000, a / 1000 % 60, a % 1000);
        }
    }
}
