using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Glides;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Core.Modes
{
    /// <summary>
    /// What every mode works with: the choices, the button's decoder, the session's times and breath
    /// schedule, the dimmer, the stop fade and the sound dial. Modes come and go; these stay, so a
    /// session carries across modes (a stop that is undone finds the breath where it left it).
    /// </summary>
    internal sealed class LampParts
    {
        /// <summary>Share of the session over which the pace glides to its target, in percent.</summary>
        public const int RampPercent = 40;

        /// <summary>Pace at the start of every session, in milli-breaths a minute.</summary>
        public const int StartPace = 10000;

        public LampParts(RingRenderer renderer, LampSettings settings)
        {
            Renderer = renderer;
            Settings = settings;
        }

        public RingRenderer Renderer { get; }

        public LampSettings Settings { get; }

        public GestureDecoder Decoder { get; } = new GestureDecoder();

        public BreathPacer Pacer { get; } = new BreathPacer();

        public Guidance Cues { get; } = new Guidance();

        public DimmerGlide Dimmer { get; } = new DimmerGlide();

        /// <summary>The stop fade (to 0) and its undo (back to 65535), multiplied into the breath.</summary>
        public Glide StopFade { get; } = new Glide();

        public SoundDial Dial { get; } = new SoundDial();

        public bool SpeakerFitted { get; set; }

        /// <summary>
        /// The button is down, as far as the gestures handled so far tell (a release counts once its
        /// tap or hold end has been handled): what a mode that waits for the hand asks.
        /// </summary>
        public bool Held { get; set; }

        /// <summary>The lamp's time at the frame being stepped (gestures may carry earlier times).</summary>
        public long Now { get; set; }

        public long SessionStart { get; private set; }

        public long SessionEnd { get; private set; }

        public long FirstBreath { get; private set; }

        public long FirstInEnd { get; private set; }

        public int Sessions { get; private set; }

        /// <summary>Until this time a press on the dark lamp is taken as one more "off" and does nothing.</summary>
        public long RestUntil { get; set; }

        /// <summary>A chime the dial asked for in this frame (<see cref="Clips.None"/> when none), and its gain.</summary>
        public int ChimeClip { get; set; } = Clips.None;

        public int ChimeGain { get; set; }

        /// <summary>A session starts with the press at <paramref name="t"/>.</summary>
        public void StartSession(long t)
        {
            Sessions++;
            Cues.Reset();
            SessionStart = t;
            SetLength(Settings.LengthMinutes);
            Renderer.Palette = Palette.Of(Settings.Palette);
            Dimmer.Reset(Settings.Brightness);
            StopFade.Set(Ease.One);
            Dial.Reset();
        }

        /// <summary>The session ends <paramref name="minutes"/> after its start press.</summary>
        public void SetLength(int minutes)
        {
            Settings.LengthMinutes = minutes;
            SessionEnd = SessionStart + (minutes * 60000L);
        }

        /// <summary>The first breath begins at <paramref name="t"/>: the schedule starts.</summary>
        public void StartBreathing(long t)
        {
            FirstBreath = t;
            long length = SessionEnd - SessionStart;
            Pacer.Start(SessionStart, t, SessionEnd, length * RampPercent / 100, StartPace, Settings.PaceTarget, Settings.Ratio);
            FirstInEnd = Pacer.InEndMs;
            Decoder.CancelClicks();
        }

        /// <summary>Remembers where a hold left the dimmer, if one was gliding.</summary>
        public void KeepDimmer(long t)
        {
            if (Dimmer.Gliding)
            {
                // At the frame's time, not the release's: the light never steps back up to where the release was.
                Settings.Brightness = Dimmer.End(t > Now ? t : Now);
            }
        }

        /// <summary>Asks for the dial's chime at the volume now set (nothing when the sound is now off).</summary>
        public void Chime()
        {
            if (Settings.AudioOn)
            {
                ChimeClip = Clips.Chime;
                ChimeGain = Guidance.GainOf(Settings.Volume);
            }
        }
    }
}
