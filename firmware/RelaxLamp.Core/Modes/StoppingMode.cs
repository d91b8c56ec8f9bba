using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Scenes;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Core.Modes
{
    /// <summary>
    /// Stopped by a press: the breathing goes on under a fade that is even to the eye, to black over
    /// <see cref="FadeMs"/>, then sleep. Any press during the fade undoes the stop: the light glides
    /// back over <see cref="UndoMs"/> to the session where it is now (the breaths kept their time).
    /// </summary>
    internal sealed class StoppingMode : Mode
    {
        /// <summary>The stop fades to black over this long.</summary>
        public const int FadeMs = 5000;

        /// <summary>An undone stop glides back over this long.</summary>
        public const int UndoMs = 1500;

        public StoppingMode(LampParts parts, ModeSet modes)
            : base(parts, modes)
        {
        }

        public override LampState State => LampState.Stopping;

        public override void Enter(long t) => Parts.StopFade.Start(t, 0, FadeMs, true);

        public override Mode? OnGesture(Gesture g, long t)
        {
            if (g.Kind != GestureKind.Down)
            {
                return null;
            }

            // Undo at the touch; the rest of this press (a tap, a hold) does nothing more.
            LampParts p = Parts;
            p.Decoder.IgnoreCurrentPress();
            p.StopFade.Start(t, Ease.One, UndoMs, false);
            return t >= p.SessionEnd - BreathScene.EndFadeMs ? Modes.Ending : Modes.Breathing;
        }

        public override Mode? Advance(long t)
        {
            LampParts p = Parts;
            p.Pacer.Advance(t);
            if (t < p.SessionEnd && !p.StopFade.DoneAt(t))
            {
                return null;
            }

            Modes.Asleep.AfterSession();
            return Modes.Asleep;
        }

        public override int Scene(long t) => BreathingMode.Breath(Parts, t);

        public override BreathPhase Phase(long t) => Parts.Pacer.PhaseAt(t);
    }
}
