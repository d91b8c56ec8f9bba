using System;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Engine
{
    /// <summary>
    /// Frames as a trace holds them: time, state, phase, level and the ring's GRB bytes. Filled by driving
    /// the core in process or by reading a simulator trace; the figures read only this.
    /// </summary>
    public sealed class FrameSeries
    {
        private long[] _times = new long[1024];
        private LampState[] _states = new LampState[1024];
        private BreathPhase[] _phases = new BreathPhase[1024];
        private int[] _levels = new int[1024];
        private byte[] _grb;

        /// <summary>Creates an empty series for a ring of <paramref name="leds"/> LEDs.</summary>
        public FrameSeries(int leds)
        {
            Leds = leds;
            _grb = new byte[1024 * leds * 3];
        }

        /// <summary>LEDs on the ring.</summary>
        public int Leds { get; }

        /// <summary>Frames held.</summary>
        public int Count { get; private set; }

        /// <summary>Time of frame <paramref name="i"/>, ms.</summary>
        public long TimeAt(int i) => _times[i];

        /// <summary>The lamp's state after frame <paramref name="i"/>.</summary>
        public LampState StateAt(int i) => _states[i];

        /// <summary>The breath's phase at frame <paramref name="i"/>.</summary>
        public BreathPhase PhaseAt(int i) => _phases[i];

        /// <summary>The level the renderer was asked for at frame <paramref name="i"/>.</summary>
        public int LevelAt(int i) => _levels[i];

        /// <summary>The ring's bytes of frame <paramref name="i"/>.</summary>
        public ReadOnlySpan<byte> FrameAt(int i) => new ReadOnlySpan<byte>(_grb, i * Leds * 3, Leds * 3);

        /// <summary>Frame <paramref name="i"/> as a trace row (its bytes copied).</summary>
        public TraceRow RowAt(int i) => new TraceRow(_times[i], _states[i], _phases[i], _levels[i], FrameAt(i).ToArray());

        /// <summary>Appends the frame <paramref name="loop"/> just stepped.</summary>
        public void Add(FrameLoop loop)
        {
            ArgumentNullException.ThrowIfNull(loop);
            Add(loop.NowMs, loop.Lamp.State, loop.Lamp.Phase, loop.Lamp.Level, loop.Frame);
        }

        /// <summary>Appends a frame (the bytes are copied).</summary>
        public void Add(long timeMs, LampState state, BreathPhase phase, int level, ReadOnlySpan<byte> grb)
        {
            if (grb.Length != Leds * 3)
            {
                throw new ArgumentException($"a frame of {Leds} LEDs has {Leds * 3} bytes, not {grb.Length}", nameof(grb));
            }

            if (Count == _times.Length)
            {
                int size = Count * 2;
                Array.Resize(ref _times, size);
                Array.Resize(ref _states, size);
                Array.Resize(ref _phases, size);
                Array.Resize(ref _levels, size);
                Array.Resize(ref _grb, size * Leds * 3);
            }

            _times[Count] = timeMs;
            _states[Count] = state;
            _phases[Count] = phase;
            _levels[Count] = level;
            grb.CopyTo(new Span<byte>(_grb, Count * Leds * 3, Leds * 3));
            Count++;
        }
    }
}
