using System;
using RelaxLamp.Engine;
using RelaxLamp.Simulator.Display;
using RelaxLamp.Simulator.Engine;

namespace RelaxLamp.Simulator.Live
{
    /// <summary>
    /// The live run's state apart from the screen: the simulation, how fast virtual time runs, and
    /// what the keys do to the button. Real time is fed in, so tests can drive it without waiting.
    /// </summary>
    public sealed class LiveSession
    {
        private double _virtualAtMark;
        private double _realAtMark;

        /// <summary>Starts a live session over <paramref name="sim"/>, at 1x, with sound if <paramref name="audio"/> is given.</summary>
        public LiveSession(Simulation sim, LiveAudio? audio = null)
        {
            Sim = sim ?? throw new ArgumentNullException(nameof(sim));
            Audio = audio;
            Gain = DisplayColour.GainFor(sim.Lamp.LedCount, sim.Lamp.Settings.Palette, sim.Lamp.Settings.Brightness);
        }

        /// <summary>The simulation shown.</summary>
        public Simulation Sim { get; }

        /// <summary>The sound, or null without --audio.</summary>
        public LiveAudio? Audio { get; }

        /// <summary>Virtual ms per real ms: 1, 10 or 60.</summary>
        public int Speed { get; private set; } = 1;

        /// <summary>Display gain for the ring's colours, fixed for the run so brightness changes show.</summary>
        public int Gain { get; }

        /// <summary>True when q (or Escape) was pressed.</summary>
        public bool QuitAsked { get; private set; }

        /// <summary>The virtual time now, ms.</summary>
        public long VirtualMs { get; private set; }

        /// <summary>Moves virtual time to match <paramref name="realMs"/> of real time since the start, stepping every frame due.</summary>
        public void Advance(double realMs)
        {
            VirtualMs = Math.Max(VirtualMs, (long)(_virtualAtMark + ((realMs - _realAtMark) * Speed)));
            Sim.StepUntil(VirtualMs);
        }

        /// <summary>Acts on a key pressed at <paramref name="realMs"/>.</summary>
        public void OnKey(ConsoleKeyInfo key, double realMs)
        {
            Advance(realMs);
            switch (char.ToLowerInvariant(key.KeyChar))
            {
                case ' ':
                    if (!Sim.Script.IsHeld)
                    {
                        // Keys that arrive together (read in one poll) stay separate presses: the next one
                        // waits until the last release has settled, as a finger's would.
                        Sim.Script.AddPress(Math.Max(VirtualMs, Sim.Script.LastEdgeMs + KeyGapMs), PressScript.TapMs);
                    }

                    break;
                case 'h':
                    Sim.Script.Add(EdgeTime(), !Sim.Script.IsHeld);
                    break;
                case '1':
                    SetSpeed(1, realMs);
                    break;
                case '2':
                    SetSpeed(10, realMs);
                    break;
                case '3':
                    SetSpeed(60, realMs);
                    break;
                case 'q':
                    QuitAsked = true;
                    break;
                default:
                    QuitAsked |= key.Key == ConsoleKey.Escape;
                    break;
            }
        }

        /// <summary>Least time from a release to the next key's press: longer than the button's debounce, so two taps never merge.</summary>
        public const int KeyGapMs = 80;

        // An edge now, but never at or before the last one (a release 120 ms after a tap may lie ahead).
        private long EdgeTime() => Math.Max(VirtualMs, Sim.Script.LastEdgeMs + 1);

        private void SetSpeed(int speed, double realMs)
        {
            _virtualAtMark = VirtualMs;
            _realAtMark = realMs;
            Speed = speed;
            Audio?.SetSpeed(speed);
        }
    }
}
