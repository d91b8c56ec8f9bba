using System;
using System.Device.Gpio;
using System.Diagnostics;
using System.Threading;
using RelaxLamp.Core;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Core.Time;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The device around the core: wires the button, the ring, the clock and the settings files to
    /// <see cref="Lamp"/>, runs its frames, and puts the chip to sleep when the core says it may.
    /// Every decision about light and button is the core's.
    /// </summary>
    internal sealed class LampShell
    {
        /// <summary>Frames timed at start-up to learn what a frame costs on this device.</summary>
        private const int ProbeFrames = 5;

        /// <summary>
        /// Before sleep, how long to wait for the sound to fade and play out: the amplifier runs on the
        /// ring's rail, which goes off next. The fade, its silence and the queue take about 0.25 s at most.
        /// </summary>
        private const int AudioStopMs = 500;

#if DEBUG
        private const long HeapLogEveryMs = 60000;
        private long _heapLogAt;
        private LampState _loggedState = (LampState)(-1);
#endif

        private readonly PowerUpKind _kind;
        private readonly RingOutput _ring;
        private readonly ButtonInput _button;
        private readonly SettingsStore _store = new SettingsStore();
        private readonly LampSettings _settings;
        private readonly Lamp _lamp;
        private bool _cannotSleep;

#nullable disable
        // Null without a speaker. The .nfproj compiles without a nullable context (where `AudioPlayer?`
        // is a warning), so this field and StartAudio stay outside it here too.
        private AudioPlayer _player;
#nullable restore

        /// <summary>Reads the wake cause and the settings and opens the pins (the ring's supply stays off).</summary>
        public LampShell()
        {
            _kind = WakeCause.Read();
            var gpio = new GpioController();
            _ring = new RingOutput(gpio, LampConfig.RingLedCount);
            _button = new ButtonInput(gpio, LampConfig.ButtonPin);
            _settings = _store.Load();
            _lamp = new Lamp(LampConfig.RingLedCount, _settings);
            _lamp.SpeakerFitted = LampConfig.SpeakerFitted;
        }

        /// <summary>Runs the lamp until it sleeps. Any fault darkens the ring and sleeps too: the lamp is never left lit.</summary>
        public void Run()
        {
            try
            {
                RunLamp();
            }
            catch (Exception ex)
            {
                Debug.WriteLine("fault: " + ex.Message);
                try
                {
                    _ring.Off();
                }
                catch (Exception)
                {
                    // The supply pin may be what failed; deep sleep releases it and its pull-down turns the ring off.
                }

                DeepSleep.AfterFault();
            }
        }

        private void RunLamp()
        {
            _ring.PowerOn();

            // Only now: the amplifier is powered from the ring's rail, and its inputs are not driven while that is off.
            _player = StartAudio();
            int periodMs = MeasureFramePeriod(_ring, _settings);
            Debug.WriteLine("start: " + (_kind == PowerUpKind.ButtonWake ? "button wake" : "cold"));

            Lamp lamp = _lamp;
            RingOutput ring = _ring;
            lamp.PowerUp(DeviceClock.NowMs, _kind, _button.IsDown);
            while (true)
            {
                long start = DeviceClock.NowMs;
                _button.Step(lamp, start, ring.Frame);
                Cue(lamp);
                if (lamp.MaySleep)
                {
                    SleepNow(lamp, ring);
                }
                else
                {
                    ring.PowerOn();
                    ring.Show();
                }

                LogDebug(lamp, start);
                long used = DeviceClock.NowMs - start;
                if (used < periodMs)
                {
                    Thread.Sleep((int)(periodMs - used));
                }
            }
        }

        /// <summary>Saves changed settings (the lamp is dark: never in a fade), darkens the ring, cuts its supply and sleeps.</summary>
        private void SleepNow(Lamp lamp, RingOutput ring)
        {
            if (lamp.SettingsChanged)
            {
                _store.Save(lamp.Settings);
                lamp.MarkSaved();
                Debug.WriteLine("settings saved");
            }

            AudioPlayer player = _player;
            if (player != null)
            {
                player.FadeOut();
                player.WaitSilent(AudioStopMs);
            }

            ring.Off();
            if (!_cannotSleep)
            {
                // Returns only when the wake-up could not be armed: then stay awake, dark, and keep stepping the lamp.
                _cannotSleep = !DeepSleep.Enter();
            }
        }

        /// <summary>Hands this frame's sound cue to the player (it never waits); fades out when sound may not play.</summary>
        private void Cue(Lamp lamp)
        {
            AudioPlayer player = _player;
            if (player == null)
            {
                return;
            }

            if (lamp.CueClip != Clips.None)
            {
                player.Play(lamp.CueClip, lamp.CueGain);
            }

            if (!lamp.SoundMayPlay)
            {
                player.FadeOut();
            }
        }

#nullable disable
        /// <summary>The speaker's player when <see cref="LampConfig.SpeakerFitted"/>, else null. A speaker that fails to start leaves the lamp silent, not dark.</summary>
        private static AudioPlayer StartAudio()
        {
            return LampConfig.SpeakerFitted ? OpenAudio() : null;
        }

        private static AudioPlayer OpenAudio()
        {
#if DEBUG
            DecodeCost.Log();
#endif
            try
            {
                return new AudioPlayer();
            }
            catch (Exception ex)
            {
                Debug.WriteLine("audio: off: " + ex.Message);
                return null;
            }
        }
#nullable restore

        /// <summary>Times the driver's Update() and the core's Step() on this device and picks the frame period from them.</summary>
        private static int MeasureFramePeriod(RingOutput ring, LampSettings settings)
        {
            int showUs = ring.MeasureShowMicros(ProbeFrames);

            // A throwaway lamp in its welcome breath renders the whole ring, as a session does.
            var probe = new Lamp(LampConfig.RingLedCount, settings);
            var scratch = new byte[probe.FrameBytes];
            var noEdges = new EdgeQueue();
            long t = DeviceClock.NowMs;
            probe.PowerUp(t, PowerUpKind.Cold, false);
            long start = DeviceClock.NowMicros;
            for (int i = 1; i <= ProbeFrames; i++)
            {
                probe.Step(t + (i * 20), noEdges, scratch);
            }

            int stepUs = (int)((DeviceClock.NowMicros - start) / ProbeFrames);
            int periodMs = FramePacing.PeriodMs(showUs + stepUs);
            Debug.WriteLine("ring: " + LampConfig.RingLedCount.ToString() + " x " + LampConfig.RingLedType
                + (ring.Direct ? ", rendered in place" : ", copied per frame")
                + "; Update() " + showUs.ToString() + " us, Step() " + stepUs.ToString()
                + " us; frame period " + periodMs.ToString() + " ms");
            return periodMs;
        }

        private void LogDebug(Lamp lamp, long nowMs)
        {
#if DEBUG
            if (lamp.State != _loggedState)
            {
                _loggedState = lamp.State;
                Debug.WriteLine("lamp: " + LampStateNames.Of(lamp.State));
            }

            if (nowMs >= _heapLogAt)
            {
                _heapLogAt = nowMs + HeapLogEveryMs;
                uint free = nanoFramework.Runtime.Native.GC.Run(false);
                Debug.WriteLine("heap: " + free.ToString() + " bytes free");
            }
#endif
        }
    }
}
