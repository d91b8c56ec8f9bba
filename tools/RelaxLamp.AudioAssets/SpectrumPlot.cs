using System;
using System.Collections.Generic;
using ScottPlot;

namespace RelaxLamp.AudioAssets
{
    /// <summary>The long-term spectra of the compared voices, as one picture for docs/voice.md.</summary>
    public static class SpectrumPlot
    {
        private static readonly string[] Colors = { "#b8573a", "#6a8caf", "#2f5d3a", "#8a6bb0" };

        /// <summary>
        /// Writes a PNG: for each voice, its spectrum over all active frames (solid) and over the unvoiced frames only
        /// (dashed), each in dB relative to its own loudest bin, 0–8 kHz.
        /// </summary>
        public static void Save(IReadOnlyList<VoiceComparison.Row> rows, string path)
        {
            ArgumentNullException.ThrowIfNull(rows);
            var plot = new Plot();
            double binHz = WavIo.DeviceRate / 256.0;
            for (int r = 0; r < rows.Count; r++)
            {
                Color color = Color.FromHex(Colors[r % Colors.Length]);
                AddLine(plot, rows[r].Spectrum, binHz, color, false, rows[r].Label + ", all frames");
                AddLine(plot, rows[r].UnvoicedSpectrum, binHz, color, true, "… unvoiced frames only");
            }

            var band = plot.Add.VerticalLine(3500, 1, Color.FromHex("#999999"));
            band.LinePattern = LinePattern.Dotted;
            plot.Axes.SetLimitsX(0, 8000);
            plot.Axes.SetLimitsY(-65, 5);
            plot.Axes.Bottom.Label.Text = "frequency (Hz), at the lamp's 16 kHz";
            plot.Axes.Left.Label.Text = "power (dB under each curve's loudest band)";
            plot.Title("Long-term spectrum of the 33 phrases: espeak-ng against festival HTS");
            plot.ShowLegend(Alignment.UpperRight);
            AtomicFile.Write(path, stream =>
            {
                byte[] png = plot.GetImageBytes(1000, 600, ImageFormat.Png);
                stream.Write(png, 0, png.Length);
            });
        }

        private static void AddLine(Plot plot, double[] power, double binHz, Color color, bool dashed, string label)
        {
            double peak = 0;
            foreach (double p in power)
            {
                peak = Math.Max(peak, p);
            }

            var xs = new double[power.Length - 1];
            var ys = new double[power.Length - 1];
            for (int k = 1; k < power.Length; k++)
            {
                xs[k - 1] = k * binHz;
                ys[k - 1] = peak > 0 && power[k] > 0 ? Math.Max(-120, 10 * Math.Log10(power[k] / peak)) : -120;
            }

            var line = plot.Add.ScatterLine(xs, ys, color);
            line.LineWidth = dashed ? 1.5f : 2.5f;
            line.LinePattern = dashed ? LinePattern.Dashed : LinePattern.Solid;
            line.LegendText = label;
        }
    }
}
