using RelaxLamp.Core.Scenes;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Core.Modes
{
    /// <summary>
    /// The session's last <see cref="BreathScene.EndFadeMs"/>: the breathing goes on while the light
    /// fades evenly to black, reaching it at the end of the last out-breath. Press and hold do what
    /// they do while breathing (a press stops sooner, and can be undone back into this fade).
    /// </summary>
    internal sealed class EndingMode : BreathingMode
    {
        public EndingMode(LampParts parts, ModeSet modes)
            : base(parts, modes)
        {
        }

        public override LampState State => LampState.Ending;

        public override Mode? Advance(long t)
        {
            Parts.Pacer.Advance(t);
            if (t < Parts.SessionEnd)
            {
                return null;
            }

            Modes.Asleep.AfterSession();
            return Modes.Asleep;
        }
    }
}
