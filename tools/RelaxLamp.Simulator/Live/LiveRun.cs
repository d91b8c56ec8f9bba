using System;
using System.Diagnostics;
using System.Threading;
using Spectre.Console;

namespace RelaxLamp.Simulator.Live
{
    /// <summary>The live view's loop: keys in, frames stepped to match the clock, the screen redrawn.</summary>
    public static class LiveRun
    {
        /// <summary>Time between screen redraws.</summary>
        public const int RedrawMs = 40;

        /// <summary>Runs until q, Escape or <paramref name="cancel"/>; <paramref name="realMs"/> reads real time (default: a stopwatch).</summary>
        public static void Run(LiveSession live, IAnsiConsole console, CancellationToken cancel, Func<double>? realMs = null)
        {
            ArgumentNullException.ThrowIfNull(live);
            ArgumentNullException.ThrowIfNull(console);
            if (realMs == null)
            {
                var watch = Stopwatch.StartNew();
                realMs = () => watch.Elapsed.TotalMilliseconds;
            }

            console.Cursor.Hide();
            try
            {
                console.Live(LiveView.Render(live, console.Profile.Width)).AutoClear(false).Start(ctx =>
                {
                    while (!live.QuitAsked && !cancel.IsCancellationRequested)
                    {
                        while (console.Input.IsKeyAvailable() && !live.QuitAsked)
                        {
                            ConsoleKeyInfo? key = console.Input.ReadKey(true);
                            if (key.HasValue)
                            {
                                live.OnKey(key.Value, realMs());
                            }
                        }

                        live.Advance(realMs());
                        ctx.UpdateTarget(LiveView.Render(live, console.Profile.Width));
                        cancel.WaitHandle.WaitOne(RedrawMs);
                    }
                });
            }
            finally
            {
                console.Cursor.Show();
            }
        }
    }
}
