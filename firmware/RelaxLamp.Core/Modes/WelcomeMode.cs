using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Glides;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Scenes;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Core.Modes
{
    /// <summary>
    /// After plugging in: one soft breath, then sleep. With the button held while plugging in, letting
    /// go between <see cref="ColourHoldMs"/> and 10 s switches the colour (warm ↔ deep red, shown by a
    /// breath in the new colour); holding on to 10 s restores the factory settings (two breaths).
    /// A press after plugging in starts a session.
    /// </summary>
    internal sealed class WelcomeMode : Mode
    {
        /// <summary>Held this long from plugging in (past the welcome breath's top), letting go switches the colour.</summary>
        public const int ColourHoldMs = 3000;

        /// <summary>A new welcome breath after a change waits for the light to glide out first.</summary>
        private const int LeadOutMs = 500;

        private readonly Glide _leadOut = new Glide();
        private long _breathAt;
        private int _breaths;
        private bool _bootHeld;

        public WelcomeMode(LampParts parts, ModeSet modes)
            : base(parts, modes)
        {
        }

        public override LampState State => LampState.Welcome;

        /// <summary>Sets up the welcome of a cold power-up at <paramref name="t"/>; <paramref name="buttonHeld"/> is the button's level then.</summary>
        public void PowerUp(long t, bool buttonHeld)
        {
            _bootHeld = buttonHeld;
            _breaths = 1;
            _breathAt = t;
            _leadOut.Set(0);
            Parts.Renderer.Palette = Palette.Of(Parts.Settings.Palette);
            Parts.Dimmer.Reset(Parts.Settings.Brightness);
        }

        public override Mode? OnGesture(Gesture g, long t)
        {
            if (g.Kind == GestureKind.Down)
            {
                _bootHeld = false;
                Parts.Decoder.IgnoreCurrentPress();
                return Modes.Choosing;
            }

            if (!_bootHeld)
            {
                return null;
            }

            if (g.Kind == GestureKind.LongHold)
            {
                _bootHeld = false;
                Parts.Settings.ResetToDefaults();
                Again(t, 2);
            }
            else if (g.Kind == GestureKind.HoldEnd && t - Parts.Decoder.DownAtMs >= ColourHoldMs)
            {
                _bootHeld = false;
                Parts.Settings.Palette = Parts.Settings.Palette == PaletteId.Red ? PaletteId.Warm : PaletteId.Red;
                Again(t, 1);
            }

            return null;
        }

        public override Mode? Advance(long t)
        {
            bool done = t >= _breathAt + ((long)_breaths * WelcomeScene.BreathMs);
            return done && !Parts.Held ? Modes.Asleep : null;
        }

        public override int Scene(long t) => t < _breathAt ? _leadOut.At(t) : WelcomeScene.At(t - _breathAt, _breaths);

        public override BreathPhase Phase(long t) => WelcomeScene.PhaseAt(t - _breathAt, _breaths);

        private void Again(long t, int breaths)
        {
            // Glide out of whatever shows now, then breathe anew in the (new) colour at the (new) brightness.
            _leadOut.Set(Scene(t));
            _leadOut.Start(t, 0, LeadOutMs, true);
            _breathAt = t + LeadOutMs;
            _breaths = breaths;
            Parts.Renderer.Palette = Palette.Of(Parts.Settings.Palette);
            Parts.Dimmer.Reset(Parts.Settings.Brightness);
        }
    }
}
