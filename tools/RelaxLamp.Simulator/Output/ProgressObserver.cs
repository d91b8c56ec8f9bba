using System;
using RelaxLamp.Engine;
using Spectre.Console;

namespace RelaxLamp.Simulator.Output
{
    /// <summary>Moves a progress bar along the session's virtual time, every few hundred frames.</summary>
    public sealed class ProgressObserver : IFrameObserver
    {
        private readonly ProgressTask _task;

        /// <summary>Drives <paramref name="task"/>.</summary>
        public ProgressObserver(ProgressTask task) => _task = task ?? throw new ArgumentNullException(nameof(task));

        /// <inheritdoc/>
        public void OnFrame(FrameLoop sim)
        {
            ArgumentNullException.ThrowIfNull(sim);
            if (sim.FrameCount % 500 != 0)
            {
                return;
            }

            // The end moves while presses change the length; the bar follows it.
            _task.MaxValue = Math.Max(1, Math.Max(sim.Lamp.SessionEndMs, sim.Script.LastEdgeMs));
            _task.Value = Math.Min(sim.NowMs, _task.MaxValue);
        }
    }
}
