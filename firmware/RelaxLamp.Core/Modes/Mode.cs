using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Core.Modes
{
    /// <summary>
    /// One thing the lamp can be doing. A mode answers gestures, lets time pass and shows its scene;
    /// when it is done it names the next mode, and <see cref="Lamp"/> alone makes the change (the
    /// table in docs/architecture.md lists every row).
    /// </summary>
    internal abstract class Mode
    {
        protected Mode(LampParts parts, ModeSet modes)
        {
            Parts = parts;
            Modes = modes;
        }

        /// <summary>The state the outside sees in this mode.</summary>
        public abstract LampState State { get; }

        protected LampParts Parts { get; }

        protected ModeSet Modes { get; }

        /// <summary>The mode begins at <paramref name="t"/>.</summary>
        public virtual void Enter(long t)
        {
        }

        /// <summary>A gesture at <paramref name="t"/>; returns the next mode, or null to stay.</summary>
        public virtual Mode? OnGesture(Gesture g, long t) => null;

        /// <summary>Time passes to <paramref name="t"/>; returns the next mode, or null to stay.</summary>
        public virtual Mode? Advance(long t) => null;

        /// <summary>What the ring shows at <paramref name="t"/>, in lightness relative to the breath's top (0..65535).</summary>
        public abstract int Scene(long t);

        /// <summary>The breath's half at <paramref name="t"/>.</summary>
        public virtual BreathPhase Phase(long t) => BreathPhase.None;
    }
}
