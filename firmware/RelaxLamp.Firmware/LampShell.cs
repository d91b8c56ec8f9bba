using System;
using System.Device.Gpio;
using System.Diagnostics;
using System.Threading;
using RelaxLamp.Core;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Ring;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The device around the core: wires the button, the ring, the clock and the settings files to
    /// <see cref="Lamp"/>, runs its frames, and puts the chip to sleep when the core says it may.
    /// Every decision about light and button is the core's.
    /// </summary>
    internal sealed class LampShell
    {
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
        private readonly GpioController _gpio;
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

        /// <summary>Reads the wake cause and the settings and opens the pins (the ring's supply stays off, its data line low).</summary>
        public LampShell()
        {
            _kind = WakeCause.Read();
            _gpio = new GpioController();
            _ring = new RingOutput(_gpio, LampConfig.RingLedCount, LedTiming.Of(LampConfig.RingLedType));
            _button = new ButtonInput(_gpio, LampConfig.ButtonPin);
            _settings = _store.Load();
            _lamp = new Lamp(LampConfig.RingLedCount, _settings);
            _lamp.SpeakerFitted = LampConfig.SpeakerFitted;
        }

        /// <summary>Runs the lamp until it sleeps. Any fault darkens the ring, quiets the amplifier and sleeps too: the lamp is never left lit.</summary>
        public void Run()
        {
            try
            {
                RunLamp();
            }
            catch (Exception ex)
            {
                Debug.WriteLine("fault: " + ex.Message);
                ShutDown();
                DeepSleep.AfterFault();
            }
        }

        private void RunLamp()
        {
            // The rail up and a dark frame on it, then the first real frame as soon as it is rendered:
            // nothing is probed or started before the first light.
            _ring.PowerOn();
            Lamp lamp = _lamp;
            RingOutput ring = _ring;
            bool down = _button.IsDown;
            lamp.PowerUp(DeviceClock.NowMs, _kind, down);
            _button.Believe(down);
            Debug.WriteLine("start: " + (_kind == PowerUpKind.ButtonWake ? "button wake" : "cold"));
            Debug.WriteLine("ring: " + LampConfig.RingLedCount.ToString() + " x " + ring.Timing.Describe());

            var timer = new FrameTimer();
            int frames = 0;
            while (true)
            {
                long start = DeviceClock.NowMs;
                _button.Step(lamp, start, ring.Frame);
                if (lamp.MaySleep)
                {
                    SleepNow(lamp);
                }
                else
                {
                    ring.PowerOn();
                    ring.Show();
                }

                frames++;
                if (frames == 1 && _player == null)
                {
                    // Only now: the amplifier is powered from the ring's rail, and the first light
                    // should not wait for the I2S bus and the audio thread.
                    _player = StartAudio(lamp.Cues);
                }

                Cue(lamp);
                LogDebug(lamp, start);
                long used = DeviceClock.NowMs - start;
                if (frames > 1)
                {
                    // The first frame's work includes starting the audio: not a frame's cost.
                    timer.Add(used * 1000);
                }

                int periodMs = timer.PeriodMs;
                if (used < periodMs)
                {
                    Thread.Sleep((int)(periodMs - used));
                }
            }
        }

        /// <summary>Saves changed settings (the lamp is dark: never in a fade), shuts the outputs down in order and sleeps.</summary>
        private void SleepNow(Lamp lamp)
        {
            if (lamp.SettingsChanged)
            {
                _store.Save(lamp.Settings);
                lamp.MarkSaved();
                Debug.WriteLine("settings saved");
            }

            if (_cannotSleep)
            {
                // Dark and awake (the wake-up could not be armed): keep stepping the lamp.
                _ring.Off();
                return;
            }

            ShutDown();

            // Returns only when the wake-up could not be armed.
            DeepSleep.TryEnter();
            _cannotSleep = true;
            Debug.WriteLine("sleep: staying awake, dark");
        }

        /// <summary>
        /// The outputs off in the order the hardware needs, each step tried even when the one before
        /// failed: the sound faded and the I2S bus stopped, and its three lines driven low, while the
        /// amplifier is still powered (it runs on the ring's rail: clocks into an unpowered amplifier
        /// back-power it through its inputs); then a dark frame and the rail off; then the RMT channel
        /// closed, so in deep sleep every line rests on the level its pull gives it.
        /// </summary>
        private void ShutDown()
        {
            AudioPlayer player = _player;
            _player = null;
            if (player != null)
            {
                try
                {
                    player.Release(AudioStopMs);
                }
                catch (Exception ex)
                {
                    Debug.WriteLine("audio: release: " + ex.Message);
                }

                QuietAmplifierLines();
            }

            try
            {
                _ring.Release();
            }
            catch (Exception ex)
            {
                // The supply pin may be what failed; in deep sleep its gate pull-down turns the ring off.
                Debug.WriteLine("ring: release: " + ex.Message);
            }
        }

        /// <summary>The amplifier's three I2S lines as GPIO outputs, low.</summary>
        private void QuietAmplifierLines()
        {
            QuietLine(LampConfig.I2sBitClockPin);
            QuietLine(LampConfig.I2sWordSelectPin);
            QuietLine(LampConfig.I2sDataOutPin);
        }

        private void QuietLine(int pin)
        {
            try
            {
                GpioPin line = _gpio.OpenPin(pin, PinMode.Output);
                line.Write(PinValue.Low);
            }
            catch (Exception ex)
            {
                Debug.WriteLine("audio: line " + pin.ToString() + ": " + ex.Message);
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
                player.Play(lamp.CueClip, lamp.CueGain, lamp.CueAtMs);
            }

            if (!lamp.SoundMayPlay)
            {
                player.FadeOut();
            }
        }

#nullable disable
        /// <summary>The speaker's player when <see cref="LampConfig.SpeakerFitted"/>, else null. A speaker that fails to start leaves the lamp silent, not dark.</summary>
        private static AudioPlayer StartAudio(Guidance cues)
        {
            return LampConfig.SpeakerFitted ? OpenAudio(cues) : null;
        }

        private static AudioPlayer OpenAudio(Guidance cues)
        {
            try
            {
                return new AudioPlayer(cues);
            }
            catch (Exception ex)
            {
                Debug.WriteLine("audio: off: " + ex.Message);
                return null;
            }
        }
#nullable restore

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
