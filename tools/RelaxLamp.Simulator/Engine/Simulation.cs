using System;
using System.Collections.Generic;
using System.Threading;
using RelaxLamp.Core;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Simulator.Engine
{
    /// <summary>
    /// The lamp's core on a virtual clock: frame k at <see cref="FrameClock.TimeOf"/>, the button's
    /// edges from a <see cref="PressScript"/>, and observers that see each frame. Time 0 is the first
    /// press; the lamp powers up dark at 0, as the device does after a wake by timer.
    /// </summary>
    public sealed class Simulation
    {
        /// <summary>A run that is still awake this long after its last button edge has gone wrong.</summary>
        public const long AwakeLimitMs = 30L * 60 * 1000;

        private readonly EdgeQueue _queue = new EdgeQueue();
        private readonly List<IFrameObserver> _observers = new List<IFrameObserver>();

        /// <summary>Creates a lamp with <paramref name="ledCount"/> LEDs and stored <paramref name="settings"/>, stepped at <paramref name="fps"/>.</summary>
        public Simulation(int ledCount, LampSettings settings, int fps, PressScript script)
        {
            ArgumentNullException.ThrowIfNull(settings);
            ArgumentNullException.ThrowIfNull(script);
            if (fps < FrameClock.MinFps || fps > FrameClock.MaxFps)
            {
                throw new ArgumentOutOfRangeException(nameof(fps));
            }

            Lamp = new Lamp(ledCount, settings);
            Frame = new byte[Lamp.FrameBytes];
            Fps = fps;
            Script = script;
            Lamp.PowerUp(0, PowerUpKind.Idle, false);
        }

        /// <summary>The lamp being simulated (read it; drive it only through <see cref="Script"/>).</summary>
        public Lamp Lamp { get; }

        /// <summary>The bytes sent to the ring on the last frame, GRB per LED.</summary>
        public byte[] Frame { get; }

        /// <summary>Frames a second.</summary>
        public int Fps { get; }

        /// <summary>The button's edges, scripted and live.</summary>
        public PressScript Script { get; }

        /// <summary>Frames stepped so far.</summary>
        public long FrameCount { get; private set; }

        /// <summary>Time of the last frame stepped, ms since the first press (0 before the first).</summary>
        public long NowMs { get; private set; }

        /// <summary>Time of the next frame.</summary>
        public long NextFrameMs => FrameClock.TimeOf(FrameCount, Fps);

        /// <summary>True once every edge has reached the lamp and the lamp is dark and asleep (its few seconds' rest after a session are not waited out).</summary>
        public bool IsDone => FrameCount > 0 && Script.Pending == 0 && Lamp.IsDark;

        /// <summary>Adds an observer; it sees every frame from the next one on.</summary>
        public void AddObserver(IFrameObserver observer)
        {
            ArgumentNullException.ThrowIfNull(observer);
            _observers.Add(observer);
        }

        /// <summary>Steps one frame: hands the lamp the edges due by then, steps it, shows the observers.</summary>
        public void Step()
        {
            long t = NextFrameMs;
            Script.Deliver(t, _queue);
            Lamp.Step(t, _queue, Frame);
            NowMs = t;
            FrameCount++;
            for (int i = 0; i < _observers.Count; i++)
            {
                _observers[i].OnFrame(this);
            }
        }

        /// <summary>Steps every frame due up to <paramref name="timeMs"/>.</summary>
        public void StepUntil(long timeMs)
        {
            while (NextFrameMs <= timeMs)
            {
                Step();
            }
        }

        /// <summary>Steps until <see cref="IsDone"/>, as fast as it can; returns the time the lamp fell asleep.</summary>
        /// <exception cref="InvalidOperationException">The lamp was still awake <see cref="AwakeLimitMs"/> after the last edge.</exception>
        public long RunUntilDone(CancellationToken cancel = default)
        {
            long limit = Math.Max(Script.LastEdgeMs, 0) + AwakeLimitMs;
            while (!IsDone)
            {
                if (NextFrameMs > limit)
                {
                    throw new InvalidOperationException($"the lamp was still awake at {limit / 60000} min");
                }

                if ((FrameCount & 1023) == 0)
                {
                    cancel.ThrowIfCancellationRequested();
                }

                Step();
            }

            return NowMs;
        }
    }
}
