using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Scenarios
{
    /// <summary>
    /// The fixed scenarios the interpreter and desktop .NET must agree on frame for frame: each session
    /// length, every gesture of the button, presses during every fade, stalls, a clock that jumps back or
    /// wraps, three ring sizes, three frame rates, and settings bytes that are corrupt or cut short.
    /// The scripts are presses and holds in time, not meanings, so they stay valid as the grammar grows.
    /// </summary>
    public static class ScenarioSet
    {
        private const long Second = 1000;
        private const long Minute = 60 * Second;

        /// <summary>How many scenarios <see cref="Get"/> knows.</summary>
        public const int Count = 32;

        /// <summary>Scenario number <paramref name="index"/> (0 to <see cref="Count"/> − 1).</summary>
        public static Scenario Get(int index)
        {
            switch (index)
            {
                case 0: return Length("length-10", LampSettings.Length10);
                case 1: return Length("length-15", LampSettings.Length15);
                case 2: return Length("length-20", LampSettings.Length20);
                case 3: return Cold("cold-welcome", false, 20 * Second);
                case 4: return ColdReset();
                case 5: return Idle("idle-press-starts", 90 * Second).Button.Tap(2 * Second).Owner!;
                case 6: return Woken("choose-next-length", 60 * Second).Taps(800, 3, 700).Owner!;
                case 7: return Woken("choose-hold", 60 * Second).Press(1200, 2500).Owner!;
                case 8: return Woken("choose-hold-at-window-edge", 60 * Second).Press(2600, 2500).Owner!;
                case 9: return Woken("session-press", 100 * Second).Tap(40 * Second).Tap(55 * Second).Tap(70 * Second).Owner!;
                case 10: return Woken("session-double-press", 90 * Second).Taps(40 * Second, 2, 300).Owner!;
                case 11: return Woken("session-triple-press", 90 * Second).Taps(40 * Second, 3, 300).Owner!;
                case 12: return Woken("session-slower-then-faster", 120 * Second).Taps(40 * Second, 2, 300).Taps(60 * Second, 3, 300).Owner!;
                case 13: return Woken("session-hold", 70 * Second).Press(40 * Second, 2500).Owner!;
                case 14: return Woken("session-long-hold", 80 * Second).Press(40 * Second, 30000).Owner!;
                case 15: return Woken("press-during-stop-fade", 80 * Second).Press(40 * Second, 2500).Tap(44 * Second).Owner!;
                case 16: return EndFadePress();
                case 17: return Woken("press-during-confirmation", 80 * Second).Tap(40 * Second).Tap(41 * Second).Owner!;
                case 18: return Woken("press-just-after-window", 60 * Second).Tap(3100).Owner!;
                case 19: return Woken("button-storm", 90 * Second).Taps(30 * Second, 40, 90).Owner!;
                case 20: return Woken("five-presses-in-two-seconds", 90 * Second).Taps(30 * Second, 5, 400).Owner!;
                case 21: return Stalls();
                case 22: return JumpBack();
                case 23: return Wrap();
                case 24: return Ring("leds-8", 8, 50);
                case 25: return Ring("leds-60", 60, 50);
                case 26: return Ring("fps-20", 24, 20);
                case 27: return Ring("fps-100", 24, 100);
                case 28: return CorruptSlot();
                case 29: return TruncatedSlot();
                case 30: return BothSlotsBad();
                case 31: return Cold("cold-press-while-waking", true, 30 * Second).Button.Tap(1500).Tap(4 * Second).Owner!;
                default: return new Scenario("none", 0);
            }
        }

        private static Scenario Length(string name, int minutes)
        {
            var settings = new LampSettings();
            settings.LengthMinutes = minutes;
            Scenario s = new Scenario(name, minutes * Minute + 10 * Second).Remember(settings, 7);
            s.Button.Edge(150, false);
            return s;
        }

        private static Scenario Cold(string name, bool down, long durationMs)
        {
            var s = new Scenario(name, durationMs);
            s.PowerUp = PowerUpKind.Cold;
            s.DownAtPowerUp = down;
            if (down)
            {
                s.Button.Edge(300, false);
            }

            return s;
        }

        private static Scenario ColdReset()
        {
            var settings = new LampSettings();
            settings.Brightness = 3;
            settings.LengthMinutes = LampSettings.Length20;
            settings.PaceTarget = 6500;
            Scenario s = Cold("cold-hold-10s-resets", true, 40 * Second).Remember(settings, 3);
            s.Button = new PressScript();
            s.Button.Owner = s;
            s.Button.Edge(11 * Second, false);
            return s;
        }

        private static Scenario Idle(string name, long durationMs)
        {
            var s = new Scenario(name, durationMs);
            s.PowerUp = PowerUpKind.Idle;
            s.DownAtPowerUp = false;
            return s;
        }

        /// <summary>Woken by a press that ends at 150 ms; the returned script is the button's from then on.</summary>
        private static PressScript Woken(string name, long durationMs)
        {
            var s = new Scenario(name, durationMs);
            return s.Button.Edge(150, false);
        }

        private static Scenario EndFadePress()
        {
            Scenario s = Length("press-during-end-fade", LampSettings.Length10);
            s.Button.Tap(9 * Minute + 20 * Second).Tap(9 * Minute + 40 * Second);
            return s;
        }

        private static Scenario Stalls()
        {
            Scenario s = Length("stalls-500ms", LampSettings.Length10);
            s.StallEveryMs = 37000;
            s.StallMs = 500;
            s.Button.Tap(100 * Second);
            return s;
        }

        private static Scenario JumpBack()
        {
            PressScript b = Woken("clock-jumps-back", 3 * Minute);
            b.Owner!.JumpBackAtMs = 90 * Second;
            b.Owner.JumpBackMs = 2500;
            return b.Tap(120 * Second).Owner!;
        }

        private static Scenario Wrap()
        {
            Scenario s = Length("clock-wraps-32-bit", LampSettings.Length10);
            s.StartMs = 0x100000000L - 2 * Minute;
            s.Wrap32 = true;
            return s;
        }

        private static Scenario Ring(string name, int leds, int fps)
        {
            PressScript b = Woken(name, 3 * Minute);
            b.Owner!.Leds = leds;
            b.Owner.Fps = fps;
            return b.Tap(60 * Second).Taps(90 * Second, 2, 300).Press(150 * Second, 2500).Owner!;
        }

        private static LampSettings Chosen()
        {
            var settings = new LampSettings();
            settings.LengthMinutes = LampSettings.Length20;
            settings.Brightness = 2;
            settings.PaceTarget = 6500;
            settings.AudioOn = false;
            return settings;
        }

        private static Scenario CorruptSlot()
        {
            // The newer copy has one flipped bit: the older, good copy wins.
            Scenario s = Woken("settings-newer-copy-corrupt", 40 * Second).Owner!.Remember(Chosen(), 9);
            s.Slot0![5] ^= 0x10;
            return s;
        }

        private static Scenario TruncatedSlot()
        {
            // A power cut while saving left the newer copy cut short.
            Scenario s = Woken("settings-newer-copy-truncated", 40 * Second).Owner!.Remember(Chosen(), 9);
            s.Slot0Length = 11;
            return s;
        }

        private static Scenario BothSlotsBad()
        {
            Scenario s = Woken("settings-both-copies-bad", 40 * Second).Owner!.Remember(Chosen(), 9);
            s.Slot0![0] ^= 0xFF;
            s.Slot1Length = 3;
            return s;
        }
    }
}
