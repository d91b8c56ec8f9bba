using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using RelaxLamp.Simulator.Audio;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Engine;
using RelaxLamp.Simulator.Live;
using RelaxLamp.Simulator.Output;
using Spectre.Console;

namespace RelaxLamp.Simulator
{
    /// <summary>Entry point: picks live or headless, and turns every failure into one line and an exit code.</summary>
    public static class Program
    {
        /// <summary>Exit code: done.</summary>
        public const int ExitOk = 0;

        /// <summary>Exit code: the run failed (a file could not be written, the lamp never slept).</summary>
        public const int ExitFailed = 1;

        /// <summary>Exit code: a bad command line.</summary>
        public const int ExitUsage = 2;

        /// <summary>Exit code: stopped by Ctrl-C.</summary>
        public const int ExitCancelled = 130;

        /// <summary>Runs the simulator on the real console.</summary>
        public static int Main(string[] args)
        {
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                // Stop cleanly instead of dying, so temporary files are removed and the cursor comes back.
                e.Cancel = true;
                cancel.Cancel();
            };
            var terminal = new TerminalInfo(!Console.IsInputRedirected && !Console.IsOutputRedirected, !Console.IsOutputRedirected);
            return Run(args, AnsiConsole.Console, Console.Out, Console.Error, terminal, cancel.Token);
        }

        /// <summary>Runs the simulator with the given console and streams (tests call this in-process).</summary>
        public static int Run(IReadOnlyList<string> args, IAnsiConsole console, TextWriter output, TextWriter error, TerminalInfo terminal, CancellationToken cancel)
        {
            ArgumentNullException.ThrowIfNull(console);
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(error);
            ArgumentNullException.ThrowIfNull(terminal);
            try
            {
                SimOptions options = OptionParser.Parse(args);
                if (options.Help)
                {
                    output.Write(HelpText.Text);
                    return ExitOk;
                }

                if (terminal.Interactive && !options.ForcesHeadless)
                {
                    return RunLive(options, console, output, cancel);
                }

                (SessionSummary summary, IReadOnlyList<string> files) = HeadlessRun.Run(options, terminal.OutputIsTerminal ? console : null, cancel);
                output.Write(summary.Format());
                foreach (string file in files)
                {
                    output.WriteLine($"{"wrote",-11} {file}");
                }

                return ExitOk;
            }
            catch (UsageException ex)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitUsage;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine("stopped: no files written");
                return ExitCancelled;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitFailed;
            }
        }

        private static int RunLive(SimOptions options, IAnsiConsole console, TextWriter output, CancellationToken cancel)
        {
            Simulation sim = SimulationFactory.Create(options);
            if (options.AudioPath == null)
            {
                LiveRun.Run(new LiveSession(sim), console, cancel);
                return cancel.IsCancellationRequested ? ExitCancelled : ExitOk; // Ctrl-C exits 130, as a shell expects
            }

            ClipBank clips = ClipBank.Load(ClipFolder.Resolve(options.AudioDir));
            using LiveAudio audio = LiveAudio.Open(sim, clips, options.AudioPath, PlayerCommand.Find(Environment.GetEnvironmentVariable("PATH")));
            LiveRun.Run(new LiveSession(sim, audio), console, cancel);
            cancel.ThrowIfCancellationRequested(); // Ctrl-C: the file is dropped, as headless
            output.WriteLine($"{"wrote",-11} {audio.Commit()}");
            return ExitOk;
        }
    }
}
