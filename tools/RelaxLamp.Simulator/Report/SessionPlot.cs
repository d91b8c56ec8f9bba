using System;
using System.Collections.Generic;
using System.Globalization;
using RelaxLamp.Core.Session;
using RelaxLamp.Simulator.Output;
using ScottPlot;

namespace RelaxLamp.Simulator.Report
{
    /// <summary>The whole session on one chart: the light of every frame, and the pace of every breath.</summary>
    public static class SessionPlot
    {
        /// <summary>Picture width, px.</summary>
        public const int Width = 1400;

        /// <summary>Picture height, px.</summary>
        public const int Height = 560;

        /// <summary>Draws the plot as PNG bytes.</summary>
        public static byte[] Png(SessionRecorder rec, SessionSummary summary)
        {
            ArgumentNullException.ThrowIfNull(rec);
            ArgumentNullException.ThrowIfNull(summary);
            var plot = new Plot();
            Style(plot);
            double minPerFrame = 1.0 / rec.Fps / 60.0;

            // Light as lightness L* (the core's level is L* × 655.35), one point per frame.
            var lstar = new double[rec.Levels.Count];
            for (int i = 0; i < lstar.Length; i++)
            {
                lstar[i] = rec.Levels[i] / 655.35;
            }

            Spans(plot, rec.States, rec.Levels.Count * minPerFrame * 60000);
            var light = plot.Add.Signal(lstar, minPerFrame, Color.FromHex(ReportStyle.Light));
            light.LegendText = "light: lightness L* of the ring (left)";
            light.LineWidth = 1;

            var xs = new List<double>();
            var ys = new List<double>();
            foreach ((long t, int pace) in rec.Paces)
            {
                xs.Add(t / 60000.0);
                ys.Add(pace / 1000.0);
            }

            if (xs.Count > 0)
            {
                // Hold the last breath's pace to the end of the light.
                xs.Add(rec.Levels.Count * minPerFrame);
                ys.Add(ys[^1]);
                var pace = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), Color.FromHex(ReportStyle.Pace));
                pace.ConnectStyle = ConnectStyle.StepHorizontal;
                pace.MarkerSize = 0;
                pace.LineWidth = 2;
                pace.LegendText = "pace: breaths a minute, each breath (right)";
                pace.Axes.YAxis = plot.Axes.Right;
                plot.Axes.SetLimitsY(0, 10.5, plot.Axes.Right);
            }

            double top = 0;
            foreach (double v in lstar)
            {
                top = Math.Max(top, v);
            }

            // The light keeps to the lower part and the pace (6 to 10 a minute) to the upper, so neither hides the other.
            plot.Axes.SetLimitsY(0, Math.Max(1, top * 2.3), plot.Axes.Left);
            plot.Axes.SetLimitsX(0, Math.Max(minPerFrame, rec.Levels.Count * minPerFrame));
            plot.Axes.Left.Label.Text = "light (L*, 0 dark to 100 full)";
            plot.Axes.Right.Label.Text = "pace (breaths a minute)";
            plot.Axes.Bottom.Label.Text = "minutes since the first press";
            plot.Title(Title(summary));
            plot.ShowLegend(Edge.Bottom);
            return plot.GetImageBytes(Width, Height, ImageFormat.Png);
        }

        private static string Title(SessionSummary s) => string.Create(
            CultureInfo.InvariantCulture,
            $"RelaxLamp session (simulated): {s.Settings.LengthMinutes} min, brightness {s.Settings.Brightness}, {s.Breaths} breaths, {s.LedCount} LEDs");

        private static void Spans(Plot plot, IReadOnlyList<(long TimeMs, LampState State)> states, double endMs)
        {
            for (int i = 0; i < states.Count; i++)
            {
                (long t, LampState state) = states[i];
                double until = i + 1 < states.Count ? states[i + 1].TimeMs : endMs;
                string? label = state switch
                {
                    LampState.Choosing => "choosing the length",
                    LampState.Ending => "closing fade",
                    LampState.Stopping => "stopped by a press",
                    _ => null,
                };
                if (label == null)
                {
                    continue;
                }

                var span = plot.Add.HorizontalSpan(t / 60000.0, until / 60000.0);
                span.FillStyle.Color = Color.FromHex("#ffffff").WithAlpha(state == LampState.Choosing ? 0.12 : 0.07);
                span.LineStyle.Width = 0;
                span.LegendText = label;
            }
        }

        private static void Style(Plot plot)
        {
            plot.Font.Set(ReportFonts.SansFamily);
            plot.FigureBackground.Color = Color.FromHex(ReportStyle.Background);
            plot.DataBackground.Color = Color.FromHex(ReportStyle.Panel);
            plot.Axes.Color(Color.FromHex(ReportStyle.Ink));
            plot.Grid.MajorLineColor = Color.FromHex(ReportStyle.Grid);
            plot.Legend.BackgroundColor = Color.FromHex(ReportStyle.Background);
            plot.Legend.FontColor = Color.FromHex(ReportStyle.Ink);
            plot.Legend.OutlineColor = Color.FromHex(ReportStyle.Grid);
        }
    }
}
