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

        /// <summary>The rest after a session before the lamp may sleep (the core's internal AsleepMode.RestMs: a late "off" never starts a session).</summary>
        private const int AfterSessionRestMs = 1000;

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
        private static int _dropIndex = -1;
        private static long _fastFromUs;
        private static long _fastToUs;
        private static long _fastStepUs;
        private static long _twinSleepMs;
        private static long _twinDarkMs;
        private static bool _sawEnding;
        private static int _compared;
        private static bool _faultOnCue;
        private static int _faultCueClip;

        /// <summary>The story, boot by boot.</summary>
        public static void Main()
        {
            int plan = Plan();
            if (plan != 0)
            {
                FirstLight.Run(plan);
                return;
            }

            Board.Tick = OnTick;
            Board.Frames = OnFrame;

            // The speaker's clips on the flash (short stand-ins), so the audio thread writes to I2S.
            StoryClips.Store();

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
            ExpectSleepInOrder();

            // 5. An exception in the loop: the ring goes dark and off, the lamp sleeps.
            Boot("button wake, fault in the loop", 2, true, new long[] { 200000 }, new bool[] { true }, -1, 40, "deep sleep");
            Check(_faultDark >= 1, "a dark frame after the fault");
            ExpectSleepInOrder();

            // 6. Held through boot for 11 s: factory reset, saved, sleep.
            Boot("factory-reset hold", 0, true, new long[] { 11000000 }, new bool[] { true }, -1, 0, "deep sleep");
            Check(Load().SameAs(new LampSettings()), "defaults saved after the factory reset");
            ExpectSleepInOrder();

            // 7. A whole session to its natural end: woken by the button, whose release edge is lost
            //    (the pin check must repair it, or the first breath would wait for ever), then 15 minutes
            //    of breathing with nothing pressed, the end fade to dark, and deep sleep. Between 20 s and
            //    14:50 the clock moves 50 ms a read, so those frames are 100 ms apart (see the README).
            _dropIndex = 0;
            _fastFromUs = 20000000;
            _fastToUs = 890000000;
            _fastStepUs = 50000;
            Boot("button wake, lost release, natural end", 2, true, new long[] { 200000 }, new bool[] { true }, -1, 0, "deep sleep");
            Check(Board.DroppedEdges == 1, "natural end: the release edge was dropped (" + Board.DroppedEdges.ToString() + ")");
            Check(_sawEnding, "natural end: the end fade ran");
            long endMs = (BootUs / 1000) + (15 * 60000);
            long frameMs = 2 * Board.DefaultReadStepUs / 1000;
            Check(_twinDarkMs >= endMs && _twinDarkMs <= endMs + frameMs, "natural end: dark and asleep within a frame of press + 15:00 (at " + _twinDarkMs.ToString() + " ms, end " + endMs.ToString() + " ms)");
            Check(_twinSleepMs >= _twinDarkMs + AfterSessionRestMs && _twinSleepMs <= _twinDarkMs + AfterSessionRestMs + frameMs, "natural end: deep sleep after the 1 s rest (at " + _twinSleepMs.ToString() + " ms)");
            long haltMs = Board.LastFirmwareReadUs / 1000;
            Check(haltMs >= _twinSleepMs && haltMs <= _twinSleepMs + frameMs, "natural end: the firmware entered deep sleep on the frame the core allowed it (last clock read " + haltMs.ToString() + " ms)");
            Check(Board.I2sWrites > 0, "natural end: the speaker played (" + Board.I2sWrites.ToString() + " I2S writes)");
            ExpectSleepInOrder();
            Debug.WriteLine("story: natural end: dark at " + _twinDarkMs.ToString() + " ms (press + 15:00 = " + endMs.ToString() + " ms), deep sleep at " + _twinSleepMs.ToString() + " ms, frames compared " + _compared.ToString()
                + ", I2S writes " + Board.I2sWrites.ToString());

            // 8. An exception in the loop the frame after the core cued a sound (the first in-breath's
            //    tone): the release races the audio thread's start of the clip; whichever wins, no I2S
            //    write may follow the release, and the order holds on the fault path too.
            _faultOnCue = true;
            Boot("button wake, fault as a sound starts", 2, true, new long[] { 200000 }, new bool[] { true }, -1, 0, "deep sleep");
            Check(_faultArmed && _faultDark >= 1, "fault as a sound starts: the fault came after cue " + _faultCueClip.ToString() + ", then a dark frame");
            ExpectSleepInOrder();

            Board.PowerOff();
            Debug.WriteLine("story: " + (_failures == 0 ? "all boots as expected" : _failures.ToString() + " failures"));
        }

        /// <summary>0: the story; else a <see cref="FirstLight"/> plan (the IL-count test patches this method's return value).</summary>
        private static int Plan()
        {
            return 0;
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
            _twinSleepMs = -1;
            _twinDarkMs = -1;
            _sawEnding = false;
            _compared = 0;
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
            Check(Board.I2sWritesAfterClose == 0, name + ": no I2S write after the bus was released (" + Board.I2sWritesAfterClose.ToString() + ")");
            Debug.WriteLine("story: " + name + ": sends=" + _sends.ToString() + " lit=" + _lit.ToString() + " dark=" + _dark.ToString()
                + " mismatches=" + _mismatches.ToString() + " first-light-us=" + _firstLitUs.ToString()
                + " state=" + LampStateNames.Of(_twin.Lamp.State) + " halt=" + Board.Halted + " end-ms=" + (Board.NowUs / 1000).ToString()
                + " i2s-writes=" + Board.I2sWrites.ToString());
            _dropIndex = -1;
            _fastFromUs = 0;
            _fastToUs = 0;
            _faultOnCue = false;
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

            // The speaker: started only on the rail, released (bus stopped, its three lines driven low)
            // before the rail goes off, and never written after.
            int i2sOpen = FirstIndex("i2s open bus 1 16000 Hz");
            int i2sClose = LastIndex("i2s close");
            Check(i2sOpen > firstRailOn && firstRailOn >= 0, "I2S started after the rail came on");
            Check(i2sClose > i2sOpen && i2sClose < railOff, "I2S released before the rail goes off");
            Check(!Board.I2sOpen, "the I2S bus is stopped in deep sleep");
            Check(LastIndex("i2s write after close") < 0, "no I2S write after the release");
            ExpectLineLowBetween(LampConfig.I2sBitClockPin, i2sClose, railOff);
            ExpectLineLowBetween(LampConfig.I2sWordSelectPin, i2sClose, railOff);
            ExpectLineLowBetween(LampConfig.I2sDataOutPin, i2sClose, railOff);

            // Every line's level as the chip goes to sleep.
            Check(Board.Level(LampConfig.RingPowerPin) == 0, "asleep: the rail switch low (" + Board.Level(LampConfig.RingPowerPin).ToString() + ")");
            Check(Board.Level(LampConfig.RingDataPin) == 0, "asleep: the ring's data line low (" + Board.Level(LampConfig.RingDataPin).ToString() + ")");
            Check(Board.Level(LampConfig.I2sBitClockPin) == 0 && Board.Level(LampConfig.I2sWordSelectPin) == 0 && Board.Level(LampConfig.I2sDataOutPin) == 0, "asleep: the three I2S lines low");
            Check(Board.Level(Button) == 1, "asleep: the button released, its pull-up high");
            Check(Board.WakeMask == (1UL << Button) && Board.WakeLevel == 0, "asleep: woken by the button going low");
        }

        private static void ExpectLineLowBetween(int pin, int after, int before)
        {
            int low = LastIndex("pin " + pin.ToString() + " = 0");
            Check(low > after && low < before, "I2S line " + pin.ToString() + " driven low after the bus stopped and before the rail goes off");
        }

        private static void OnTick(long nowUs)
        {
            // Fast-forward: a longer step per read inside the window (the frames there outlast the period).
            Board.ReadStepUs = nowUs >= BootUs + _fastFromUs && nowUs < BootUs + _fastToUs ? _fastStepUs : Board.DefaultReadStepUs;
            while (_next < _scriptUs.Length && BootUs + _scriptUs[_next] <= nowUs)
            {
                bool high = _scriptHigh[_next];
                long stamp = Board.NowUs;
                bool changes = Board.Level(Button) != (high ? 1 : 0);
                bool dropped = changes && _next == _dropIndex;
                if (dropped)
                {
                    // The edge is lost: the firmware's handler never runs, so the twin gets no edge either;
                    // both must learn the new level from the pin check of their next frame.
                    Board.DropEdges = 1;
                }

                VirtualPins.Drive(Button, high);
                if (changes && !dropped)
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
            _compared++;
            if (_twin.Lamp.State == LampState.Ending)
            {
                _sawEnding = true;
            }
            else if (_sawEnding && _twinDarkMs < 0 && _twin.Lamp.State == LampState.Asleep)
            {
                _twinDarkMs = Board.LastFirmwareReadUs / 1000;
            }

            if (_faultOnCue && !_faultArmed && _twin.Lamp.CueClip != RelaxLamp.Core.Audio.Clips.None)
            {
                // The next read of the button pin throws: the fault comes in the frame after this cue.
                _faultArmed = true;
                _faultCueClip = _twin.Lamp.CueClip;
                Board.FailPinReadIn = 1;
            }

            if (_twin.Lamp.MaySleep)
            {
                _twinAsleep = true;
                _twinSleepMs = Board.LastFirmwareReadUs / 1000;
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
