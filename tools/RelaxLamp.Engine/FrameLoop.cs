using System;
using System.Collections.Generic;
using System.Threading;
using RelaxLamp.Core;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Engine
{
    /// <summary>
    /// The lamp's core on a virtual clock, as every host shell runs it (the simulator, the bench, the
    /// host tests): frame k at <see cref="OriginMs"/> + <see cref="FrameClock.TimeOf"/>(k), the one time
    /// rule; the button's edges from a <see cref="PressScript"/> (or queued on <see cref="Edges"/> by hand);
    /// and observers that see each frame. The lamp powers up at the origin.
    /// </summary>
    public class FrameLoop
    {
        /// <summary>A run that is still awake this long after its last button edge has gone wrong.</summary>
        public const long AwakeLimitMs = 30L * 60 * 1000;

        private readonly List<IFrameObserver> _observers = new List<IFrameObserver>();
        private long _frameIndex;

        /// <summary>
        /// Creates a lamp with <paramref name="ledCount"/> LEDs and stored <paramref name="settings"/>, powered up
        /// at <paramref name="originMs"/> as <paramref name="kind"/> says (dark after a wake by timer, by default)
        /// with the button <paramref name="buttonDown"/>, to be stepped at <paramref name="fps"/>.
        /// With <paramref name="frameAtOrigin"/> the first frame is at the origin itself (the simulator's
        /// trace starts there); otherwise one frame later, as a device's first loop after power-up.
        /// </summary>
        public FrameLoop(
            int ledCount,
            LampSettings settings,
            int fps,
            PressScript? script = null,
            PowerUpKind kind = PowerUpKind.Idle,
            bool buttonDown = false,
            long originMs = 0,
            bool frameAtOrigin = true)
        {
            ArgumentNullException.ThrowIfNull(settings);
            if (fps < FrameClock.MinFps || fps > FrameClock.MaxFps)
            {
                throw new ArgumentOutOfRangeException(nameof(fps), $"the core is made for {FrameClock.MinFps} to {FrameClock.MaxFps} frames a second");
            }

            Lamp = new Lamp(ledCount, settings);
            Frame = new byte[Lamp.FrameBytes];
            Fps = fps;
            Script = script ?? new PressScript();
            OriginMs = originMs;
            NowMs = originMs;
            _frameIndex = frameAtOrigin ? 0 : 1;
            Lamp.PowerUp(originMs, kind, buttonDown);
        }

        /// <summary>The lamp being run (read it; drive it only through <see cref="Script"/> or <see cref="Edges"/>).</summary>
        public Lamp Lamp { get; }

        /// <summary>The bytes sent to the ring on the last frame, GRB per LED.</summary>
        public byte[] Frame { get; }

        /// <summary>Frames a second.</summary>
        public int Fps { get; }

        /// <summary>The button's edges, scripted and live.</summary>
        public PressScript Script { get; }

        /// <summary>The edges the next frame hands the lamp: the script's that are due, and any queued here directly.</summary>
        public EdgeQueue Edges { get; } = new EdgeQueue();

        /// <summary>Where frame times count from: when the lamp powered up, moved by <see cref="ShiftClock"/>.</summary>
        public long OriginMs { get; private set; }

        /// <summary>Frames stepped so far.</summary>
        public long FrameCount { get; private set; }

        /// <summary>Time of the last frame stepped (the origin before the first).</summary>
        public long NowMs { get; private set; }

        /// <summary>Time of the next frame.</summary>
        public long NextFrameMs => OriginMs + FrameClock.TimeOf(_frameIndex, Fps);

        /// <summary>True once every scripted edge has reached the lamp and the lamp is dark and asleep (its few seconds' rest after a session are not waited out).</summary>
        public bool IsDone => FrameCount > 0 && Script.Pending == 0 && Lamp.IsDark;

        /// <summary>
        /// Moves the clock the next frames read by <paramref name="deltaMs"/>, keeping their spacing: a stall
        /// (positive), a clock that jumps back (negative), or a device that slept and wakes later.
        /// </summary>
        public void ShiftClock(long deltaMs) => OriginMs += deltaMs;

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
            Script.Deliver(t, Edges);
            Lamp.Step(t, Edges, Frame);
            NowMs = t;
            FrameCount++;
            _frameIndex++;
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
            long limit = OriginMs + Math.Max(Script.LastEdgeMs - OriginMs, 0) + AwakeLimitMs;
            while (!IsDone)
            {
                if (NextFrameMs > limit)
                {
                    throw new InvalidOperationException($"the lamp was still awake at {(limit - OriginMs) / 60000} min");
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
