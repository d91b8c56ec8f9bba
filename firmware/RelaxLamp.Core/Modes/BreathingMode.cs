using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Scenes;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Core.Modes
{
    /// <summary>
    /// The light breathes. A press ends the session gently (see <see cref="StoppingMode"/>); a hold
    /// glides the brightness (dimmer first), letting go keeps it. The end fade begins
    /// <see cref="BreathScene.EndFadeMs"/> before the end.
    /// </summary>
    internal class BreathingMode : Mode
    {
        public BreathingMode(LampParts parts, ModeSet modes)
            : base(parts, modes)
        {
        }

        public override LampState State => LampState.Breathing;

        public override Mode? OnGesture(Gesture g, long t)
        {
            LampParts p = Parts;
            if (g.Kind == GestureKind.Tap && !p.Dimmer.Gliding)
            {
                return Modes.Stopping;
            }

            if (g.Kind == GestureKind.Hold)
            {
                p.Dimmer.Begin(t);
            }
            else if (g.Kind == GestureKind.HoldEnd)
            {
                p.KeepDimmer(t);
            }

            return null;
        }

        public override Mode? Advance(long t)
        {
            Parts.Pacer.Advance(t);
            return t >= Parts.SessionEnd - BreathScene.EndFadeMs ? Modes.Ending : null;
        }

        public override int Scene(long t) => Breath(Parts, t);

        public override BreathPhase Phase(long t) => Parts.Pacer.PhaseAt(t);

        /// <summary>The breath at <paramref name="t"/> with every envelope of the session on it (also shown while stopping).</summary>
        public static int Breath(LampParts p, long t)
        {
            if (p.Pacer.PhaseAt(t) == BreathPhase.None)
            {
                return 0;
            }

            int rise = Ease.Progress(t, p.FirstBreath, p.FirstInEnd - p.FirstBreath);
            return BreathScene.Of(p.Pacer.FullnessAt(t), rise, BreathScene.EndEnvelope(t, p.SessionEnd), p.StopFade.At(t));
        }
    }
}
