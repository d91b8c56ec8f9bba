using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using RelaxLamp.Simulator.Audio;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Engine;
using RelaxLamp.Simulator.Report;
using Spectre.Console;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>A scripted run as fast as it goes: the trace and report files, and the summary.</summary>
    public static class HeadlessRun
    {
        /// <summary>
        /// Runs <paramref name="options"/>' session until the lamp is dark and asleep. With a
        /// <paramref name="progress"/> console a progress bar shows. Files appear only if the whole
        /// run succeeded; returns the summary and the files written.
        /// </summary>
        public static (SessionSummary Summary, IReadOnlyList<string> Files) Run(SimOptions options, IAnsiConsole? progress, CancellationToken cancel)
        {
            ArgumentNullException.ThrowIfNull(options);

            // Clips first: a missing one fails the run before any file is started.
            ClipBank? clips = options.AudioPath != null ? ClipBank.Load(ClipFolder.Resolve(options.AudioDir)) : null;
            Simulation sim = SimulationFactory.Create(options);
            var summary = new SummaryRecorder();
            sim.AddObserver(summary);

            var tracePaths = new List<string>();
            if (options.TracePath != null)
            {
                tracePaths.Add(options.TracePath);
            }

            SessionRecorder? rec = null;
            BreathCapture? capture = null;
            if (options.ReportDir != null)
            {
                tracePaths.Add(Path.Combine(options.ReportDir, ReportWriter.TraceFile));
                rec = new SessionRecorder();
                capture = new BreathCapture();
                sim.AddObserver(rec);
                sim.AddObserver(capture);
            }

            using TraceFile? trace = tracePaths.Count > 0 ? new TraceFile(tracePaths[0], sim.Lamp.FrameBytes) : null;
            if (trace != null)
            {
                sim.AddObserver(trace);
            }

            using WavWriter? wav = clips != null && options.AudioPath != null ? new WavWriter(options.AudioPath) : null;
            LevelMeter? meter = null;
            AudioObserver? audio = null;
            if (wav != null && clips != null)
            {
                meter = new LevelMeter();
                audio = new AudioObserver(new CueMixer(clips), wav, meter);
                sim.AddObserver(audio);
            }

            if (progress != null)
            {
                progress.Progress().AutoClear(true).Start(ctx =>
                {
                    ProgressTask task = ctx.AddTask("simulating", maxValue: 1);
                    sim.AddObserver(new ProgressObserver(task));
                    sim.RunUntilDone(cancel);
                    task.Value = task.MaxValue;
                });
            }
            else
            {
                sim.RunUntilDone(cancel);
            }

            SessionSummary result = summary.Build(sim, audio != null && meter != null ? AudioSummary.Build(meter, audio.Cues, sim.Lamp.Settings, audio.InBreaths, audio.Refused) : null);
            if (rec != null && capture != null && options.ReportDir != null)
            {
                ReportWriter.WritePictures(options.ReportDir, rec, capture, result);
            }

            var files = new List<string>();
            if (trace != null)
            {
                trace.Commit();
                files.Add(trace.FinalPath);
                for (int i = 1; i < tracePaths.Count; i++)
                {
                    // The same rows again: copy the finished file rather than format every frame twice.
                    PendingFile.WriteAll(tracePaths[i], File.ReadAllBytes(trace.FinalPath));
                    files.Add(Path.GetFullPath(tracePaths[i]));
                }
            }

            if (wav != null)
            {
                wav.Commit();
                files.Add(wav.FinalPath);
            }

            if (options.ReportDir != null)
            {
                files.Add(Path.GetFullPath(Path.Combine(options.ReportDir, ReportWriter.PlotFile)));
                files.Add(Path.GetFullPath(Path.Combine(options.ReportDir, ReportWriter.StripFile)));
            }

            return (result, files);
        }
    }
}
