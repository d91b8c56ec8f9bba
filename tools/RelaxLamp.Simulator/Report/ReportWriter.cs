using System;
using System.IO;
using RelaxLamp.Simulator.Output;

namespace RelaxLamp.Simulator.Report
{
    /// <summary>Writes the report's pictures into a folder, each file whole or not at all.</summary>
    public static class ReportWriter
    {
        /// <summary>The session plot's file name.</summary>
        public const string PlotFile = "session-plot.png";

        /// <summary>The breath strip's file name.</summary>
        public const string StripFile = "breath-strip.png";

        /// <summary>The trace's file name.</summary>
        public const string TraceFile = "trace.csv";

        /// <summary>Draws both pictures into <paramref name="dir"/>.</summary>
        public static void WritePictures(string dir, SessionRecorder rec, BreathCapture capture, SessionSummary summary)
        {
            ArgumentNullException.ThrowIfNull(summary);

            // Draw both before writing either, so a drawing failure leaves no half report.
            byte[] plot = SessionPlot.Png(rec, summary);
            byte[] strip = BreathStrip.Png(capture, summary.LedCount);
            PendingFile.WriteAll(Path.Combine(dir, PlotFile), plot);
            PendingFile.WriteAll(Path.Combine(dir, StripFile), strip);
        }
    }
}
