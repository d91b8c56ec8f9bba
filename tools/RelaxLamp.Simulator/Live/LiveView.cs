using System;
using System.Globalization;
using RelaxLamp.Core;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Display;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace RelaxLamp.Simulator.Live
{
    /// <summary>One screen of the live view: the ring as dots on a circle, and the lamp's state beside it.</summary>
    public static class LiveView
    {
        private static readonly Style Label = new Style(new Color(130, 130, 130));
        private static readonly Style Value = new Style(new Color(230, 200, 170));
        private static readonly Style Dim = new Style(new Color(95, 95, 95));
        private static readonly Style DarkLed = new Style(new Color(55, 55, 55));

        /// <summary>Width the status column needs, in cells: with a 24-LED ring beside it the view fits an 80 × 24 terminal.</summary>
        public const int StatusWidth = 52;

        /// <summary>Builds the screen for <paramref name="live"/>'s current frame, for a terminal <paramref name="width"/> cells wide.</summary>
        public static IRenderable Render(LiveSession live, int width = 120)
        {
            ArgumentNullException.ThrowIfNull(live);
            Paragraph ring = Ring(live.Sim.Frame, live.Sim.Lamp.LedCount, live.Gain);
            IRenderable body;
            if (width >= RingLayout.For(live.Sim.Lamp.LedCount).Columns + StatusWidth + 8)
            {
                var grid = new Grid();
                grid.AddColumn(new GridColumn().NoWrap().PadRight(4));
                grid.AddColumn(new GridColumn().NoWrap());
                grid.AddRow(ring, Status(live));
                body = grid;
            }
            else
            {
                // Too narrow for side by side: the status goes under the ring rather than breaking it.
                body = new Rows(ring, Status(live));
            }

            var keys = new Paragraph("space ", Value).Append("tap   ", Dim).Append("h ", Value).Append("hold/release   ", Dim)
                .Append("1 2 3 ", Value).Append("time 1x 10x 60x   ", Dim).Append("q ", Value).Append("quit", Dim);
            var panel = new Panel(new Rows(body, new Text(string.Empty), keys))
            {
                Header = new PanelHeader(" RelaxLamp, simulated ", Justify.Left),
                Border = BoxBorder.Rounded,
                BorderStyle = Dim,
                Padding = new Padding(2, 1, 2, 0),
            };
            return panel;
        }

        /// <summary>The ring: each LED a dot in its own colour (times the gain); dark LEDs as faint grey points.</summary>
        public static Paragraph Ring(byte[] grb, int ledCount, int gain)
        {
            ArgumentNullException.ThrowIfNull(grb);
            RingLayout layout = RingLayout.For(ledCount);
            var p = new Paragraph();
            for (int row = 0; row < layout.Rows; row++)
            {
                for (int col = 0; col < layout.Columns; col++)
                {
                    int led = layout.LedAt(row, col);
                    if (led < 0)
                    {
                        p.Append(" ");
                    }
                    else if (DisplayColour.IsDark(grb, led))
                    {
                        p.Append("·", DarkLed);
                    }
                    else
                    {
                        (byte r, byte g, byte b) = DisplayColour.Of(grb, led, gain);
                        p.Append("●", new Style(new Color(r, g, b)));
                    }
                }

                p.Append("\n");
            }

            p.Overflow = Overflow.Crop;
            return p;
        }

        private static Grid Status(LiveSession live)
        {
            Lamp lamp = live.Sim.Lamp;
            LampSettings s = lamp.Settings;
            BreathPhase phase = lamp.Phase;
            bool asleep = lamp.State == LampState.Asleep;
            var g = new Grid();
            g.AddColumn(new GridColumn().NoWrap().PadRight(2));
            g.AddColumn(new GridColumn().NoWrap());
            Row(g, "state", LampStateNames.Of(lamp.State) + (asleep ? "  (space starts a session)" : string.Empty));
            Row(g, "breath", phase == BreathPhase.In ? "in  ↑" : phase == BreathPhase.Out ? "out ↓" : "-");
            Row(g, "pace", lamp.Pacer.BreathCount > 0 && !asleep
                ? Invariant($"{lamp.Pacer.BreathPace / 1000.0:0.00}/min (target {s.PaceTarget / 1000.0:0.00}), breath {lamp.Pacer.BreathCount}")
                : Invariant($"- (target {s.PaceTarget / 1000.0:0.00}/min)"));
            Row(g, "time left", asleep ? "-" : DurationText.Clock(lamp.TimeLeftMs)[..^4]);
            Row(g, "light", Invariant($"level {lamp.Level} of 65535"));
            g.AddRow(new Text("dome", Label), Dome(live.Sim.Frame, lamp, live.Gain));
            Row(g, "session", Invariant($"{s.LengthMinutes} min, brightness {s.Brightness}, {(s.Palette == PaletteId.Red ? "red" : "warm")}, sound {(s.AudioOn ? "on" : "off")}"));
            Row(g, "sound", live.Audio?.Status ?? "none (--audio FILE.wav turns it on)");
            Row(g, "clock", Invariant($"{DurationText.Clock(live.Sim.NowMs)[..^4]} at {live.Speed}x"));
            Row(g, "button", live.Sim.Script.IsHeld ? "held down (h releases)" : "up");
            g.AddRow(new Text(string.Empty), new Text(string.Empty));
            g.AddRow(new Text("colours", Label), new Text(Invariant($"codes x{live.Gain} so a screen shows them"), Dim));
            return g;
        }

        /// <summary>
        /// The ring as it looks under the diffusing dome from the pillow: one soft glow, the mean colour
        /// of its LEDs (times the gain), and its lightness relative to the breath's top (CIE L*, top = 100).
        /// </summary>
        public static Paragraph Dome(byte[] grb, Lamp lamp, int gain)
        {
            ArgumentNullException.ThrowIfNull(grb);
            ArgumentNullException.ThrowIfNull(lamp);
            int leds = lamp.LedCount;
            long g = 0, r = 0, b = 0;
            for (int i = 0; i < leds; i++)
            {
                g += grb[3 * i];
                r += grb[(3 * i) + 1];
                b += grb[(3 * i) + 2];
            }

            var p = new Paragraph();
            if (r + g + b == 0)
            {
                return p.Append("dark", Dim);
            }

            byte Mean(long sum) => (byte)Math.Min(255, (sum * gain + (leds / 2)) / leds);
            p.Append("██████", new Style(new Color(Mean(r), Mean(g), Mean(b))));
            double y = (double)RelaxLamp.Core.Light.Lightness.ToLinear(lamp.Level) / RelaxLamp.Core.Light.Lightness.ToLinear(Math.Max(1, lamp.TopLevel));
            double l = y <= 216.0 / 24389 ? y * 24389 / 27 : (116 * Math.Cbrt(y)) - 16;
            return p.Append(Invariant($"  {l:0} of the breath's top (L*)"), Value);
        }

        private static void Row(Grid g, string label, string value) => g.AddRow(new Text(label, Label), new Text(value, Value));

        private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }
}
