using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Core.Modes
{
    /// <summary>
    /// Dark. A press starts a session — except in the first <see cref="RestMs"/> after a session went
    /// dark, when a press is most likely one more reflex "off" and does nothing.
    /// </summary>
    internal sealed class AsleepMode : Mode
    {
        /// <summary>
        /// After a session goes dark, presses are ignored this long (and the lamp stays awake to ignore
        /// them): long enough for the reflex press that comes just as the light goes out, short enough
        /// that a press a moment later starts the next session as expected.
        /// </summary>
        public const int RestMs = 1000;

        private bool _rest;

        public AsleepMode(LampParts parts, ModeSet modes)
            : base(parts, modes)
        {
        }

        public override LampState State => LampState.Asleep;

        /// <summary>The next <see cref="Enter"/> comes at the end of a session (so the rest applies).</summary>
        public void AfterSession() => _rest = true;

        public override void Enter(long t)
        {
            Parts.KeepDimmer(t);
            Parts.Dial.End();
            Parts.RestUntil = _rest ? t + RestMs : t;
            if (_rest)
            {
                // A hold that outlived the session must not act when it ends.
                Parts.Decoder.IgnoreCurrentPress();
            }

            _rest = false;
        }

        public override Mode? OnGesture(Gesture g, long t)
        {
            if (g.Kind != GestureKind.Down)
            {
                return null;
            }

            Parts.Decoder.IgnoreCurrentPress();
            return t < Parts.RestUntil ? null : Modes.Choosing;
        }

        public override int Scene(long t) => 0;
    }
}
