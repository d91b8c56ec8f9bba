using System;
using System.Diagnostics;
using System.Threading;
using NanoBoard.Gpio;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Firmware;

namespace NanoBoard.Story
{
    /// <summary>
    /// Boots the firmware's <see cref="RelaxLamp.Firmware.Program"/> on the virtual board, boot after
    /// boot, with the flash kept between them, and prints one line per boot. Anything that does not
    /// hold prints NFRUN-FAIL (nfrun then exits 2).
    /// </summary>
    public static class Program
    {
        private const int Button = LampConfig.ButtonPin;
        private const string Slot0 = "I:\\relaxlamp0.set";
        private const string Slot1 = "I:\\relaxlamp1.set";

        /// <summary>What the bootloader and the CLR's start take before Main (not simulated: a round figure).</summary>
        private const long BootUs = 300000;

        private static Twin _twin = null!;
        private static long[] _scriptUs = new long[0];
        private static bool[] _scriptHigh = new bool[0];
        private static int _next;
        private static int _sends;
        private static int _lit;
        private static int _dark;
        private static int _mismatches;
        private static long _firstLitUs;
        private static bool _twinAsleep;
        private static bool _faultArmed;
        private static int _faultDark;
        private static int _failures;

        /// <summary>The story, boot by boot.</summary>
        public static void Main()
        {
            Board.Tick = OnTick;
            Board.Frames = OnFrame;

            // 1. Plugged in: one welcome breath, then deep sleep.
            Boot("cold power-up", 0, false, new long[0], new bool[0], -1, 0, "deep sleep");
            ExpectSleepInOrder();

            // 2. The button wakes it (still down at boot, let go); a tap during the length pulses changes
            //    the length; then, breathing, a press stops the session, which fades, saves and sleeps.
            Boot("button wake, session, stop", 2, true, new long[] { 200000, 1000000, 1150000, 20000000, 20150000 }, new bool[] { true, false, true, false, true }, -1, 0, "deep sleep");
            LampSettings changed = Copy(_twin.Lamp.Settings);
            Check(!changed.SameAs(new LampSettings()), "the tap changed a setting");
            Check(Saved(Load()), "settings saved before sleep");
            Check(Load().SameAs(changed), "flash holds the changed setting");
            ExpectSleepInOrder();

            // 3. Woken again: the setting is still there (the twin runs on what the flash holds, so
            //    equal frames show the firmware loaded it); another tap, then the power is cut while saving.
            Check(Load().LengthMinutes == changed.LengthMinutes, "the setting survived the sleep");
            Boot("button wake, change, power cut while saving", 2, true, new long[] { 200000, 1000000, 1150000, 20000000, 20150000 }, new bool[] { true, false, true, false, true }, 5, 0, "power cut");

            // 4. Power back: the torn slot is refused, the copy before it loads.
            Check(Load().SameAs(changed), "after the cut the last good settings load");
            Boot("cold power-up after the cut", 0, false, new long[0], new bool[0], -1, 0, "deep sleep");

            // 5. An exception in the loop: the ring goes dark and off, the lamp sleeps.
            Boot("button wake, fault in the loop", 2, true, new long[] { 200000 }, new bool[] { true }, -1, 40, "deep sleep");
            Check(_faultDark >= 1, "a dark frame after the fault");
            ExpectSleepInOrder();

            // 6. Held through boot for 11 s: factory reset, saved, sleep.
            Boot("factory-reset hold", 0, true, new long[] { 11000000 }, new bool[] { true }, -1, 0, "deep sleep");
            Check(Load().SameAs(new LampSettings()), "defaults saved after the factory reset");

            Board.PowerOff();
            Debug.WriteLine("story: " + (_failures == 0 ? "all boots as expected" : _failures.ToString() + " failures"));
        }

        private static void Boot(string name, int wakeCause, bool held, long[] scriptUs, bool[] scriptHigh, int powerCutAfter, int failReadIn, string expectHalt)
        {
            LampSettings settings = Load();
            VirtualPins.Reset();
            _scriptUs = scriptUs;
            _scriptHigh = scriptHigh;
            _next = 0;
            _sends = 0;
            _lit = 0;
            _dark = 0;
            _mismatches = 0;
            _firstLitUs = -1;
            _twinAsleep = false;
            _faultArmed = failReadIn > 0;
            _faultDark = 0;
            Board.PowerCutAfterBytes = powerCutAfter;
            Board.FailPinReadIn = failReadIn;
            _twin = new Twin(settings, BootUs / 1000, wakeCause == 2 ? PowerUpKind.ButtonWake : PowerUpKind.Cold, held);
            Board.Preset(Button, held ? 0 : 1);
            Board.Boot(RelaxLamp.Firmware.Program.Main, BootUs, wakeCause);

            bool halted = Board.WaitHalted(240000);
            Check(halted, name + ": halted");
            Check(Board.Halted == expectHalt, name + ": ended in " + expectHalt + " (was " + Board.Halted + ")");
            Check(_mismatches == 0, name + ": every frame equal to the core's (" + _mismatches.ToString() + " differ)");
            Check(_lit > 0 || _faultArmed, name + ": the ring lit");
            Debug.WriteLine("story: " + name + ": sends=" + _sends.ToString() + " lit=" + _lit.ToString() + " dark=" + _dark.ToString()
                + " mismatches=" + _mismatches.ToString() + " first-light-us=" + _firstLitUs.ToString()
                + " state=" + LampStateNames.Of(_twin.Lamp.State) + " halt=" + Board.Halted + " end-ms=" + (Board.NowUs / 1000).ToString());
        }

        /// <summary>The shutdown order: ring dark and its rail off, RMT closed, wake armed on the button (low), then sleep.</summary>
        private static void ExpectSleepInOrder()
        {
            int railOff = LastIndex("pin " + LampConfig.RingPowerPin.ToString() + " = 0");
            int rmtClose = LastIndex("rmt close");
            int armed = LastIndex("wake armed " + (1UL << Button).ToString() + " level 0");
            int sleep = LastIndex("deep sleep");
            Check(railOff >= 0 && rmtClose > railOff && armed > rmtClose && sleep > armed, "rail off, RMT closed, wake armed, sleep, in that order");
            Check(LastIndex("pin " + LampConfig.RingPowerPin.ToString() + " = 1") < railOff, "the rail stays off");
            int rmtOpen = LastIndex("rmt open pin " + LampConfig.RingDataPin.ToString() + " 10000000 Hz blocks 2 idle low");
            int firstRailOn = FirstIndex("pin " + LampConfig.RingPowerPin.ToString() + " = 1");
            Check(rmtOpen >= 0 && (firstRailOn < 0 || rmtOpen < firstRailOn), "data line driven low (RMT idle low) before the rail comes on");
        }

        private static void OnTick(long nowUs)
        {
            while (_next < _scriptUs.Length && BootUs + _scriptUs[_next] <= nowUs)
            {
                bool high = _scriptHigh[_next];
                long stamp = Board.NowUs;
                bool changes = Board.Level(Button) != (high ? 1 : 0);
                VirtualPins.Drive(Button, high);
                if (changes)
                {
                    // The firmware's handler has just read the clock: that read returned this stamp.
                    _twin.Edge(stamp / 1000, !high);
                }

                _next++;
            }
        }

        private static void OnFrame(byte[] symbols)
        {
            _sends++;
            byte[]? grb = _twin.Decode(symbols);
            if (grb == null)
            {
                _mismatches++;
                return;
            }

            bool dark = IsDark(grb);
            if (dark)
            {
                _dark++;
            }

            if (Board.FirmwareReads == 0 || (_faultArmed && Board.FailPinReadIn == 0) || _twinAsleep)
            {
                // The dark frame as the rail comes up, the one after a fault, and the one before sleep.
                if (!dark)
                {
                    _mismatches++;
                }

                if (_faultArmed && Board.FailPinReadIn == 0)
                {
                    _faultDark++;
                }

                return;
            }

            _twin.Step(Board.LastFirmwareReadUs / 1000, Board.Level(Button) == 0);
            if (_twin.Lamp.MaySleep)
            {
                _twinAsleep = true;
                if (!dark)
                {
                    _mismatches++;
                }

                return;
            }

            byte[] expected = _twin.Frame;
            for (int i = 0; i < expected.Length; i++)
            {
                if (expected[i] != grb[i])
                {
                    _mismatches++;
                    break;
                }
            }

            if (!dark)
            {
                _lit++;
                if (_firstLitUs < 0)
                {
                    _firstLitUs = Board.NowUs;
                }
            }
        }

        private static bool IsDark(byte[] grb)
        {
            for (int i = 0; i < grb.Length; i++)
            {
                if (grb[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static LampSettings Load()
        {
            var settings = new LampSettings();
            byte[] a = Board.File(Slot0) ?? new byte[0];
            byte[] b = Board.File(Slot1) ?? new byte[0];
            new SettingsSlots().Load(a, a.Length, b, b.Length, settings);
            return settings;
        }

        private static bool Saved(LampSettings loaded)
        {
            return FirstIndex("file ") >= 0;
        }

        private static LampSettings Copy(LampSettings settings)
        {
            var copy = new LampSettings();
            copy.CopyFrom(settings);
            return copy;
        }

        private static int LastIndex(string text)
        {
            for (int i = Board.Events.Count - 1; i >= 0; i--)
            {
                if ((string)Board.Events[i] == text)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int FirstIndex(string prefix)
        {
            for (int i = 0; i < Board.Events.Count; i++)
            {
                if (((string)Board.Events[i]).StartsWith(prefix))
                {
                    return i;
                }
            }

            return -1;
        }

        private static void Check(bool ok, string what)
        {
            if (!ok)
            {
                _failures++;
                Debug.WriteLine("NFRUN-FAIL story: " + what);
            }
        }
    }
}
