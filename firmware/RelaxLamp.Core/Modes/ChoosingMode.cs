using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Glides;
using RelaxLamp.Core.Scenes;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Core.Modes
{
    /// <summary>
    /// The start of a session: the length shown as 1, 2 or 3 slow pulses, then a dark pause, then the
    /// first breath. A press here steps the length (10 → 15 → 20 → 10) and the pulses start again
    /// with the new count; with a speaker, a hold turns the sound dial, shown by a steady glow and
    /// heard as a chime. The first breath never begins while the button is down, so a gesture begun
    /// here is always taken as a choice.
    /// </summary>
    internal sealed class ChoosingMode : Mode
    {
        /// <summary>After a change the light glides out over this long before the pulses begin again.</summary>
        public const int LeadOutMs = 500;

        private const long Never = long.MaxValue / 4;

        // The light outside the pulses: gliding out before they restart, or the dial's glow.
        private readonly Glide _glow = new Glide();
        private long _pulsesAt;

        public ChoosingMode(LampParts parts, ModeSet modes)
            : base(parts, modes)
        {
        }

        public override LampState State => LampState.Choosing;

        public override void Enter(long t)
        {
            Parts.StartSession(t);
            _glow.Set(0);
            _pulsesAt = t;
        }

        public override Mode? OnGesture(Gesture g, long t)
        {
            LampParts p = Parts;
            if (g.Kind == GestureKind.Tap && !p.Dial.Turning)
            {
                p.SetLength(LampSettings.NextLength(p.Settings.LengthMinutes));
                GlideOut(t);
            }
            else if (g.Kind == GestureKind.Hold && p.SpeakerFitted)
            {
                // From what shows now into a steady glow: the dial, unlike the pulses, never blinks.
                _glow.Set(Scene(t));
                _glow.Start(t, DialScene.At(SoundDial.StepOf(p.Settings)), DialScene.GlideMs, false);
                _pulsesAt = Never;
                Turned(t, p.Dial.Begin(t, p.Settings));
            }
            else if (g.Kind == GestureKind.HoldEnd && p.Dial.Turning)
            {
                p.Dial.End();
                GlideOut(t);
            }

            return null;
        }

        public override Mode? Advance(long t)
        {
            LampParts p = Parts;
            if (p.Dial.Turning)
            {
                Turned(t, p.Dial.Advance(t, p.Settings));
            }

            if (t >= p.SessionEnd)
            {
                p.RestUntil = t;
                return Modes.Asleep; // held down through the whole session: it ends dark all the same
            }

            long due = _pulsesAt + PulseScene.LengthMs(PulseScene.CountFor(p.Settings.LengthMinutes));
            if (t < due || p.Held || p.Dial.Turning)
            {
                return null;
            }

            p.StartBreathing(t > due + 100 ? t : due);
            return Modes.Breathing;
        }

        public override int Scene(long t) =>
            t < _pulsesAt ? _glow.At(t) : PulseScene.At(t - _pulsesAt, PulseScene.CountFor(Parts.Settings.LengthMinutes));

        // Show a change: glide out of what shows now, then the pulses from the first again.
        private void GlideOut(long t)
        {
            int now = Scene(t);
            _glow.Set(now);
            _glow.Start(t, 0, LeadOutMs, true);
            _pulsesAt = now > 0 ? t + LeadOutMs : t;
        }

        private void Turned(long t, bool changed)
        {
            if (changed)
            {
                _glow.Start(t, DialScene.At(SoundDial.StepOf(Parts.Settings)), DialScene.GlideMs, false);
                Parts.Chime();
            }
        }
    }
}
