using System;
using System.Collections.Generic;
using System.Globalization;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Simulator.Cli
{
    /// <summary>Turns the command line into <see cref="SimOptions"/>, or a <see cref="UsageException"/> naming the bad flag.</summary>
    public static class OptionParser
    {
        private static readonly string[] Switches = { "--headless", "--help", "-h", "--no-body-scan", "--no-breath-tones" };

        private static readonly string[] ValueFlags =
        {
            "--press", "--hold", "--length", "--brightness", "--leds", "--palette", "--ratio", "--pace", "--fps", "--trace", "--report",
            "--audio", "--audio-dir", "--volume", "--sound",
        };

        /// <summary>What each value flag accepts, as its error message says it.</summary>
        public static string Accepts(string flag) => flag switch
        {
            "--press" => "a time since the first press, such as 0s, 1.2s, 500ms or 2m",
            "--hold" => "START:LENGTH, such as 300s:2.5s (press at 300 s, held 2.5 s)",
            "--length" => $"{LampSettings.Length10}, {LampSettings.Length15} or {LampSettings.Length20} (minutes)",
            "--brightness" => "1, 2 or 3",
            "--leds" => $"a whole number from {RingRenderer.MinLeds} to {RingRenderer.MaxLeds}",
            "--palette" => "warm or red",
            "--ratio" => $"out-breath over in-breath from {Num(LampSettings.MinRatio, 100)} to {Num(LampSettings.MaxRatio, 100)}, such as 1.5",
            "--pace" => $"a target in breaths a minute from {Num(LampSettings.MinPace, 1000)} to {Num(LampSettings.MaxPace, 1000)}, such as 6",
            "--fps" => $"a whole number from {FrameClock.MinFps} to {FrameClock.MaxFps}",
            "--trace" => "a file name, such as trace.csv",
            "--report" => "a folder name, such as report",
            "--audio" => "a file name, such as session.wav",
            "--audio-dir" => "a folder of clips, such as assets/audio",
            "--volume" => $"1, 2 or {LampSettings.MaxVolume}",
            "--sound" => "on or off",
            _ => flag,
        };

        /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> on the first problem.</summary>
        public static SimOptions Parse(IReadOnlyList<string> args)
        {
            ArgumentNullException.ThrowIfNull(args);
            var o = new SimOptions();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < args.Count; i++)
            {
                string flag = args[i];
                string? value = null;
                int eq = flag.IndexOf('=', StringComparison.Ordinal);
                if (flag.StartsWith("--", StringComparison.Ordinal) && eq > 0)
                {
                    value = flag[(eq + 1)..];
                    flag = flag[..eq];
                }

                if (Array.IndexOf(Switches, flag) >= 0 && value == null)
                {
                    if (!seen.Add(flag) && flag.StartsWith("--no-", StringComparison.Ordinal))
                    {
                        throw new UsageException($"{flag} is given twice");
                    }

                    switch (flag)
                    {
                        case "--headless":
                            o.Headless = true;
                            break;
                        case "--no-body-scan":
                            o.BodyScan = false;
                            break;
                        case "--no-breath-tones":
                            o.BreathTones = false;
                            break;
                        default:
                            o.Help = true;
                            break;
                    }

                    continue;
                }

                if (Array.IndexOf(Switches, flag) >= 0)
                {
                    throw new UsageException($"{flag} takes no value");
                }

                if (Array.IndexOf(ValueFlags, flag) < 0)
                {
                    throw new UsageException(flag.StartsWith('-')
                        ? $"unknown flag {flag} (see --help)"
                        : $"unexpected argument '{flag}' (flags start with --; see --help)");
                }

                if (value == null)
                {
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"{flag} needs a value: {Accepts(flag)}");
                    }

                    value = args[++i];
                }

                bool repeatable = flag == "--press" || flag == "--hold";
                if (!repeatable && !seen.Add(flag))
                {
                    throw new UsageException($"{flag} is given twice");
                }

                Apply(o, flag, value);
            }

            CheckPresses(o.Presses);
            if (o.AudioDir != null && o.AudioPath == null)
            {
                throw new UsageException("--audio-dir needs --audio FILE.wav");
            }

            if (!o.Settings.IsValid)
            {
                throw new UsageException("the settings are out of range (see --help)"); // unreachable: each flag is checked
            }

            return o;
        }

        private static void Apply(SimOptions o, string flag, string v)
        {
            LampSettings s = o.Settings;
            switch (flag)
            {
                case "--press":
                    o.Presses.Add(new ScriptedPress(Duration(flag, v), PressScript.TapMs, $"--press {v}"));
                    break;
                case "--hold":
                    o.Presses.Add(Hold(v));
                    break;
                case "--length":
                    s.LengthMinutes = Choice(flag, v, LampSettings.Length10, LampSettings.Length15, LampSettings.Length20);
                    break;
                case "--brightness":
                    s.Brightness = DimmerScale.OfLandmark(Whole(flag, v, 1, 3));
                    break;
                case "--leds":
                    o.LedCount = Whole(flag, v, RingRenderer.MinLeds, RingRenderer.MaxLeds);
                    break;
                case "--palette":
                    s.Palette = v == "warm" ? PaletteId.Warm : v == "red" ? PaletteId.Red : throw Bad(flag);
                    break;
                case "--ratio":
                    s.Ratio = Fixed(flag, v, 100, LampSettings.MinRatio, LampSettings.MaxRatio);
                    break;
                case "--pace":
                    s.PaceTarget = Fixed(flag, v, 1000, LampSettings.MinPace, LampSettings.MaxPace);
                    break;
                case "--fps":
                    o.Fps = Whole(flag, v, FrameClock.MinFps, FrameClock.MaxFps);
                    break;
                case "--trace":
                    o.TracePath = v.Length > 0 ? v : throw Bad(flag);
                    break;
                case "--report":
                    o.ReportDir = v.Length > 0 ? v : throw Bad(flag);
                    break;
                case "--audio":
                    o.AudioPath = v.Length > 0 ? v : throw Bad(flag);
                    break;
                case "--audio-dir":
                    o.AudioDir = v.Length > 0 ? v : throw Bad(flag);
                    break;
                case "--volume":
                    s.Volume = Whole(flag, v, 1, LampSettings.MaxVolume);
                    break;
                case "--sound":
                    s.AudioOn = v switch { "on" => true, "off" => false, _ => throw Bad(flag) };
                    break;
            }
        }

        private static UsageException Bad(string flag) => new UsageException($"{flag} takes {Accepts(flag)}");

        private static long Duration(string flag, string v) => DurationText.TryParse(v, out long ms) ? ms : throw Bad(flag);

        private static ScriptedPress Hold(string v)
        {
            int colon = v.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || !DurationText.TryParse(v[..colon], out long at) || !DurationText.TryParse(v[(colon + 1)..], out long held) || held <= 0)
            {
                throw Bad("--hold");
            }

            return new ScriptedPress(at, held, $"--hold {v}");
        }

        private static int Choice(string flag, string v, params int[] choices) =>
            int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && Array.IndexOf(choices, n) >= 0 ? n : throw Bad(flag);

        private static string Num(int units, int scale) => ((decimal)units / scale).ToString(CultureInfo.InvariantCulture);

        private static int Whole(string flag, string v, int min, int max) =>
            int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max ? n : throw Bad(flag);

        /// <summary>A plain decimal stored in 1/<paramref name="scale"/> units; more digits than the unit holds is an error, not a rounding.</summary>
        private static int Fixed(string flag, string v, int scale, int min, int max)
        {
            if (!decimal.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
            {
                throw Bad(flag);
            }

            decimal scaled = d * scale;
            if (scaled != decimal.Truncate(scaled) || scaled < min || scaled > max)
            {
                throw Bad(flag);
            }

            return (int)scaled;
        }

        private static void CheckPresses(IList<ScriptedPress> presses)
        {
            if (presses.Count == 0)
            {
                return;
            }

            var sorted = new List<ScriptedPress>(presses);
            sorted.Sort((a, b) => a.AtMs.CompareTo(b.AtMs));
            if (sorted[0].AtMs != 0)
            {
                throw new UsageException($"{sorted[0].Flag}: the first press must be at 0s (times count from it)");
            }

            for (int i = 1; i < sorted.Count; i++)
            {
                ScriptedPress before = sorted[i - 1];
                if (sorted[i].AtMs <= before.AtMs + before.HeldMs)
                {
                    throw new UsageException($"{sorted[i].Flag} starts before {before.Flag} is released ({DurationText.Format(before.AtMs + before.HeldMs)})");
                }
            }
        }
    }
}
