using System;
using System.Collections.Generic;
using System.Globalization;
using RelaxLamp.Core.Breath;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Display;
using SkiaSharp;

namespace RelaxLamp.Simulator.Report
{
    /// <summary>
    /// Snapshots of the ring across one breath, left to right, under the breath's light curve.
    /// The bytes are the real ones, multiplied by one gain for the screen (the caption says by how much).
    /// </summary>
    public static class BreathStrip
    {
        /// <summary>Snapshots across the breath, its first and last frames included.</summary>
        public const int Snapshots = 9;

        private const int Cell = 160;
        private const int Margin = 30;
        private const int CurveTop = 70;
        private const int CurveHeight = 110;
        private const int RingsTop = 200;
        private const int Height = 470;

        /// <summary>Draws the strip as PNG bytes.</summary>
        public static byte[] Png(BreathCapture capture, int ledCount)
        {
            ArgumentNullException.ThrowIfNull(capture);
            int width = (2 * Margin) + (Snapshots * Cell);
            var info = new SKImageInfo(width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
            using SKSurface surface = SKSurface.Create(info);
            SKCanvas canvas = surface.Canvas;
            canvas.Clear(SKColor.Parse(ReportStyle.Background));
            using SKTypeface typeface = SKTypeface.FromFamilyName(ReportFonts.SansFamily);
            using var title = new SKFont(typeface, 20);
            using var small = new SKFont(typeface, 14);
            using var ink = new SKPaint { Color = SKColor.Parse(ReportStyle.Ink), IsAntialias = true };
            using var faint = new SKPaint { Color = SKColor.Parse(ReportStyle.Faint), IsAntialias = true };

            IReadOnlyList<CapturedFrame> frames = capture.Frames;
            if (frames.Count == 0)
            {
                canvas.DrawText("No whole breath in this run.", Margin, 40, SKTextAlign.Left, title, ink);
                return Encode(surface);
            }

            var b = capture.Breath;
            int peak = 0;
            foreach (CapturedFrame f in frames)
            {
                peak = Math.Max(peak, DisplayColour.Peak(f.Grb));
            }

            int gain = DisplayColour.GainForPeak(peak);
            canvas.DrawText(
                string.Create(CultureInfo.InvariantCulture, $"One breath, from {DurationText.Clock(b.StartUs / 1000)}: in {b.InMs / 1000:0.00} s, out {b.OutMs / 1000:0.00} s, pace {b.Pace / 1000.0:0.00}/min"),
                Margin,
                38,
                SKTextAlign.Left,
                title,
                ink);

            int[] picks = Picks(frames, b.StartUs / 1000, b.EndUs / 1000);
            DrawCurve(canvas, frames, picks, width, small, faint);
            for (int i = 0; i < picks.Length; i++)
            {
                CapturedFrame f = frames[picks[i]];
                float cx = Margin + (Cell * i) + (Cell / 2f);
                float cy = RingsTop + (Cell / 2f);
                DrawRing(canvas, f.Grb, ledCount, gain, cx, cy);
                string phase = f.Phase == BreathPhase.In ? "in" : "out";
                canvas.DrawText(string.Create(CultureInfo.InvariantCulture, $"{(f.TimeMs - (b.StartUs / 1000)) / 1000.0:0.0} s, {phase}"), cx, RingsTop + Cell + 18, SKTextAlign.Center, small, ink);
            }

            string caption = string.Create(
                CultureInfo.InvariantCulture,
                $"Ring bytes as sent to the LEDs, shown with codes × {gain} (hue kept): the real peak code is {peak} of 255, far dimmer than this. LED 0 at the top, clockwise.");
            canvas.DrawText(caption, Margin, Height - 22, SKTextAlign.Left, small, faint);
            return Encode(surface);
        }

        /// <summary>Indexes of the frames nearest to evenly spaced times from <paramref name="startMs"/> to <paramref name="endMs"/>.</summary>
        public static int[] Picks(IReadOnlyList<CapturedFrame> frames, long startMs, long endMs)
        {
            ArgumentNullException.ThrowIfNull(frames);
            var picks = new int[Snapshots];
            int j = 0;
            for (int i = 0; i < Snapshots; i++)
            {
                double want = startMs + ((endMs - startMs) * i / (double)(Snapshots - 1));
                while (j + 1 < frames.Count && Math.Abs(frames[j + 1].TimeMs - want) <= Math.Abs(frames[j].TimeMs - want))
                {
                    j++;
                }

                picks[i] = j;
            }

            return picks;
        }

        private static void DrawCurve(SKCanvas canvas, IReadOnlyList<CapturedFrame> frames, int[] picks, int width, SKFont font, SKPaint faint)
        {
            long t0 = frames[0].TimeMs;
            long t1 = Math.Max(t0 + 1, frames[^1].TimeMs);
            int max = 1;
            foreach (CapturedFrame f in frames)
            {
                max = Math.Max(max, f.Level);
            }

            // The curve spans the snapshot centres, so each dot sits over its ring.
            float left = Margin + (Cell / 2f);
            float right = width - Margin - (Cell / 2f);
            float X(long t) => left + ((right - left) * (t - t0) / (float)(t1 - t0));
            float Y(int level) => CurveTop + CurveHeight - (CurveHeight * level / (float)max);

            using var path = new SKPath();
            path.MoveTo(X(frames[0].TimeMs), Y(frames[0].Level));
            foreach (CapturedFrame f in frames)
            {
                path.LineTo(X(f.TimeMs), Y(f.Level));
            }

            using var line = new SKPaint { Color = SKColor.Parse(ReportStyle.Light), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
            using var dot = new SKPaint { Color = SKColor.Parse(ReportStyle.Ink), IsAntialias = true };
            canvas.DrawPath(path, line);
            foreach (int i in picks)
            {
                canvas.DrawCircle(X(frames[i].TimeMs), Y(frames[i].Level), 4, dot);
            }

            canvas.DrawText("light asked of the ring (level)", left, CurveTop - 8, SKTextAlign.Left, font, faint);
        }

        private static void DrawRing(SKCanvas canvas, byte[] grb, int ledCount, int gain, float cx, float cy)
        {
            const float radius = 58;
            float dot = Math.Min(8f, (float)(Math.PI * radius / ledCount * 0.7));
            using var glow = new SKPaint { IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, dot) };
            using var led = new SKPaint { IsAntialias = true };
            using var off = new SKPaint { IsAntialias = true, Color = SKColor.Parse("#262626") };
            for (int i = 0; i < ledCount; i++)
            {
                double a = 2 * Math.PI * i / ledCount;
                float x = cx + (float)(radius * Math.Sin(a));
                float y = cy - (float)(radius * Math.Cos(a));
                if (DisplayColour.IsDark(grb, i))
                {
                    canvas.DrawCircle(x, y, dot * 0.6f, off);
                    continue;
                }

                (byte r, byte g, byte b) = DisplayColour.Of(grb, i, gain);
                glow.Color = new SKColor(r, g, b, 150);
                canvas.DrawCircle(x, y, dot * 1.6f, glow);
                led.Color = new SKColor(r, g, b);
                canvas.DrawCircle(x, y, dot, led);
            }
        }

        private static byte[] Encode(SKSurface surface)
        {
            using SKImage image = surface.Snapshot();
            using SKData data = image.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
    }
}
