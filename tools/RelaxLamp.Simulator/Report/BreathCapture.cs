using System;
using System.Collections.Generic;
using RelaxLamp.Core;
using RelaxLamp.Core.Breath;
using RelaxLamp.Engine;

namespace RelaxLamp.Simulator.Report
{
    /// <summary>
    /// Keeps every frame of one whole breath for the breath strip: the first breath that starts in
    /// the session's second half (the pace has settled by then), or else the last whole one seen.
    /// </summary>
    public sealed class BreathCapture : IFrameObserver
    {
        private readonly Stack<byte[]> _spare = new Stack<byte[]>();
        private List<CapturedFrame> _current = new List<CapturedFrame>();
        private List<CapturedFrame> _kept = new List<CapturedFrame>();
        private BreathRecord _currentBreath;
        private bool _settled;

        /// <summary>The kept breath's frames, in order; empty when no whole breath was seen.</summary>
        public IReadOnlyList<CapturedFrame> Frames => _kept;

        /// <summary>The kept breath's timings.</summary>
        public BreathRecord Breath { get; private set; }

        /// <inheritdoc/>
        public void OnFrame(FrameLoop sim)
        {
            ArgumentNullException.ThrowIfNull(sim);
            if (_settled)
            {
                return;
            }

            Lamp lamp = sim.Lamp;
            bool breathing = lamp.Phase != BreathPhase.None;
            if (!breathing || lamp.BreathBegan || _currentBreath.Number == 0)
            {
                Complete(lamp, sim.Fps);
                _currentBreath = breathing ? BreathRecord.Of(lamp) : default;
            }

            if (breathing)
            {
                // Frame buffers are recycled from breaths already dropped: no allocation once warm.
                byte[] grb = _spare.Count > 0 ? _spare.Pop() : new byte[sim.Frame.Length];
                Buffer.BlockCopy(sim.Frame, 0, grb, 0, grb.Length);
                _current.Add(new CapturedFrame(sim.NowMs, lamp.Phase, lamp.Level, grb));
            }
        }

        private void Complete(Lamp lamp, int fps)
        {
            if (_current.Count == 0)
            {
                return;
            }

            // A breath counts only if it was seen from its first frame.
            bool whole = (_current[0].TimeMs * 1000) - _currentBreath.StartUs <= 1000000 / fps;
            if (whole)
            {
                (_kept, _current) = (_current, _kept);
                Breath = _currentBreath;
                long half = lamp.SessionStartMs + ((lamp.SessionEndMs - lamp.SessionStartMs) / 2);
                _settled = Breath.StartUs >= half * 1000;
            }

            foreach (CapturedFrame f in _current)
            {
                _spare.Push(f.Grb);
            }

            _current.Clear();
        }
    }
}
