using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Modes;
using RelaxLamp.Core.Scenes;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Core.Time;

namespace RelaxLamp.Core
{
    /// <summary>
    /// The whole lamp without its hardware: a step function of (its mode, the time, the button's
    /// timestamped edges) that renders the ring's bytes into a caller-owned buffer. The device, the
    /// simulator and the bench all drive this one class.
    /// </summary>
    /// <remarks>
    /// Call <see cref="PowerUp"/> once, then <see cref="Step"/> once a frame at any rate from 20 to
    /// 100 frames a second. Nothing in <see cref="Step"/> allocates. Times are milliseconds of any
    /// 64-bit clock that counts up (it may stall or jump back; see <see cref="LampClock"/>).
    /// What the lamp does is decided by its current mode (asleep, welcome, choosing, breathing,
    /// ending, stopping: one small type each, in Modes/); this class feeds them time and gestures,
    /// changes the mode in one place (<see cref="Change"/>) and draws the mode's scene on the ring.
    /// </remarks>
    public sealed class Lamp
    {
        /// <summary>Pace at the start of every session, in milli-breaths a minute.</summary>
        public const int StartPace = LampParts.StartPace;

        /// <summary>Share of the session over which the pace glides to its target, in percent.</summary>
        public const int RampPercent = LampParts.RampPercent;

        /// <summary>The light fades to black over the session's last this-many ms.</summary>
        public const int EndFadeMs = BreathScene.EndFadeMs;

        /// <summary>A stop by a press fades to black over this long (a press during it undoes the stop).</summary>
        public const int StopFadeMs = StoppingMode.FadeMs;

        /// <summary>An undone stop glides back over this long.</summary>
        public const int UndoMs = StoppingMode.UndoMs;

        /// <summary>After a session goes dark, a press does nothing for this long (a late reflex "off").</summary>
        public const int RestMs = AsleepMode.RestMs;

        /// <summary>In-breath of a welcome breath.</summary>
        public const int WelcomeInMs = WelcomeScene.InMs;

        /// <summary>Out-breath of a welcome breath.</summary>
        public const int WelcomeOutMs = WelcomeScene.OutMs;

        /// <summary>Held from plugging in at least this long, letting go (before 10 s) switches the colour.</summary>
        public const int ColourHoldMs = WelcomeMode.ColourHoldMs;

        // How far back a gesture's own time may lie behind the last handled moment.
        private const int EventLagMs = 200;

        // A mode change may lead straight to another (a start that is already over); never more than this many in one moment.
        private const int MaxChanges = 4;

        private readonly RingRenderer _renderer;
        private readonly LampClock _clock = new LampClock();
        private readonly LampSettings _settings = new LampSettings();
        private readonly LampSettings _saved = new LampSettings();
        private readonly LampParts _parts;
        private readonly ModeSet _modes;

        // The one gesture object the decoder fills in (a class: nanoCLR keeps value-type locals on the heap).
        private readonly Gesture _gesture = new Gesture();
        private Mode _mode;

        private long _lastEventMs;
        private int _linear;
        private BreathPhase _phase;

        // The breath last reported by BreathBegan: its number and its session.
        private int _begunBreath;
        private int _begunSession;
        private bool _breathBegan;

        private int _cueClip = Clips.None;
        private int _cueGain;
        private long _cueAtMs;
        private int _cueBreath;
        private BreathPhase _cuePhase;

        /// <summary>Creates a lamp for a ring of <paramref name="ledCount"/> LEDs (8 to 60) with remembered <paramref name="settings"/> (copied; invalid ones become the defaults).</summary>
        public Lamp(int ledCount, LampSettings settings)
        {
            _renderer = new RingRenderer(ledCount);
            if (settings != null && settings.IsValid)
            {
                _settings.CopyFrom(settings);
            }

            _saved.CopyFrom(_settings);
            _renderer.Palette = Palette.Of(_settings.Palette);
            _parts = new LampParts(_renderer, _settings);
            _parts.Dimmer.Reset(_settings.Brightness);
            _modes = new ModeSet(_parts);
            _mode = _modes.Asleep;
        }

        /// <summary>LEDs on the ring.</summary>
        public int LedCount => _renderer.LedCount;

        /// <summary>Bytes of a frame (3 per LED, GRB).</summary>
        public int FrameBytes => _renderer.FrameBytes;

        /// <summary>The current choices (live: read, do not change).</summary>
        public LampSettings Settings => _settings;

        /// <summary>True when the choices differ from what was last saved (see <see cref="MarkSaved"/>).</summary>
        public bool SettingsChanged => !_settings.SameAs(_saved);

        /// <summary>What the lamp is doing.</summary>
        public LampState State => _mode.State;

        /// <summary>The breath's half running now, <see cref="BreathPhase.None"/> when no breath is.</summary>
        public BreathPhase Phase => _phase;

        /// <summary>True while a session breathes on the ring: <see cref="LampState.Breathing"/> or <see cref="LampState.Ending"/> (not while a stop fades, though its breath keeps time).</summary>
        public bool IsBreathing => Breathes(_mode.State);

        /// <summary>
        /// True for the one frame whose <see cref="Step"/> first showed a new breath of the schedule
        /// (<see cref="Pacer"/>'s <c>BreathCount</c> and timings then name it): the
        /// breath-edge event every shell counts breaths by. A breath shows while <see cref="Phase"/> is not
        /// <see cref="BreathPhase.None"/>, so a breath that begins during a stop fade counts too.
        /// </summary>
        public bool BreathBegan => _breathBegan;

        /// <summary>The lightness the renderer was last asked for, 0..65535 (after the scene, its fades and the dimmer; worked out when asked, not every frame).</summary>
        public int Level => Lightness.OfLinear(_linear);

        /// <summary>The level of the breath's top now (the dimmer's, 0..65535): the light every scene is drawn relative to.</summary>
        public int TopLevel => _parts.Dimmer.TopAt(_clock.Now);

        /// <summary>True when the lamp is dark and idle: the device may save settings and deep-sleep.</summary>
        public bool MaySleep => _mode == _modes.Asleep && !_parts.Decoder.IsBusy && _clock.Now >= _parts.RestUntil;

        /// <summary>True when the lamp is dark, asleep and the button is settled; unlike <see cref="MaySleep"/>, also during the rest after a session (the simulator ends its runs here).</summary>
        public bool IsDark => _mode == _modes.Asleep && !_parts.Decoder.IsBusy;

        /// <summary>The lamp's own time, ms.</summary>
        public long Now => _clock.Now;

        /// <summary>When the current (or last) session started: the start press, lamp time.</summary>
        public long SessionStartMs => _parts.SessionStart;

        /// <summary>When the current (or last) session ends (or ended), lamp time.</summary>
        public long SessionEndMs => _parts.SessionEnd;

        /// <summary>When the first breath of the current (or last) session began, lamp time.</summary>
        public long FirstBreathMs => _parts.FirstBreath;

        /// <summary>Time left in the session, ms; 0 outside one (while stopping: until dark).</summary>
        public long TimeLeftMs
        {
            get
            {
                long now = _clock.Now;
                LampState s = _mode.State;
                if (s == LampState.Stopping)
                {
                    long left = _parts.StopFade.EndMs - now;
                    return left > 0 ? left : 0;
                }

                bool inSession = s == LampState.Choosing || s == LampState.Breathing || s == LampState.Ending;
                return inSession && _parts.SessionEnd > now ? _parts.SessionEnd - now : 0;
            }
        }

        /// <summary>True when the optional I2S speaker is fitted; without it no cue is ever given (and the start's hold does nothing).</summary>
        public bool SpeakerFitted
        {
            get => _parts.SpeakerFitted;
            set => _parts.SpeakerFitted = value;
        }

        /// <summary>The voice's script and the breath tones (body scan and tones can be switched off; clip lengths are told to it).</summary>
        public Guidance Cues => _parts.Cues;

        /// <summary>The clip to start in this frame (see <see cref="Clips"/>), or <see cref="Clips.None"/>.</summary>
        public int CueClip => _cueClip;

        /// <summary>Gain of <see cref="CueClip"/>, Q8 (256 = as recorded).</summary>
        public int CueGain => _cueGain;

        /// <summary>
        /// When <see cref="CueClip"/> is to sound, ms of the lamp's clock: the next turn of the breath for
        /// the voice and the tones (cued a half-breath ahead so the player can decode ahead), now for the
        /// dial's chime.
        /// </summary>
        public long CueAtMs => _cueAtMs;

        /// <summary>False when any sound still playing should fade out now (stopped, ended, sound off, no speaker).</summary>
        public bool SoundMayPlay
        {
            get
            {
                LampState s = _mode.State;
                return SpeakerFitted && _settings.AudioOn
                    && (s == LampState.Choosing || s == LampState.Breathing
                        || (s == LampState.Ending && _parts.SessionEnd - _clock.Now > Guidance.SilentTailMs - EndFadeMs));
            }
        }

        /// <summary>Sessions started since power-up.</summary>
        public int SessionCount => _parts.Sessions;

        /// <summary>The breath schedule (read-only use: timings, pace, count).</summary>
        public BreathPacer Pacer => _parts.Pacer;

        /// <summary>True while a hold is gliding the brightness.</summary>
        public bool Dimming => _parts.Dimmer.Gliding;

        /// <summary>True for the states in which a session breathes on the ring (<see cref="IsBreathing"/>), for a shell that reads states back from a trace.</summary>
        public static bool Breathes(LampState state) => state == LampState.Breathing || state == LampState.Ending;

        /// <summary>How long the start of a session of <paramref name="minutes"/> lasts when nothing is pressed: its 1, 2 or 3 pulses and the pause; the first breath begins then.</summary>
        public static int StartLengthMs(int minutes) => PulseScene.LengthMs(PulseScene.CountFor(minutes));

        /// <summary>Tells the lamp its choices were saved as they are now.</summary>
        public void MarkSaved() => _saved.CopyFrom(_settings);

        /// <summary>Starts the lamp at <paramref name="nowMs"/>; <paramref name="buttonDown"/> is the button's level at that moment.</summary>
        public void PowerUp(long nowMs, PowerUpKind kind, bool buttonDown)
        {
            _clock.Reset(nowMs);
            _parts.Decoder.Reset(nowMs, buttonDown);
            _parts.Held = buttonDown;
            _parts.Now = nowMs;
            _lastEventMs = nowMs;
            _linear = 0;
            _phase = BreathPhase.None;
            Change(_modes.Asleep, nowMs);
            if (kind == PowerUpKind.Cold)
            {
                _modes.Welcome.PowerUp(nowMs, buttonDown);
                Change(_modes.Welcome, nowMs);
            }
            else if (kind == PowerUpKind.ButtonWake)
            {
                Change(_modes.Choosing, nowMs);
                _parts.Decoder.IgnoreCurrentPress();
            }
        }

        /// <summary>
        /// One frame: takes the button edges queued since the last frame (and clears the queue), moves
        /// the lamp to <paramref name="nowMs"/>, and writes the ring's bytes into <paramref name="grb"/>
        /// (<see cref="FrameBytes"/> long, GRB per LED). <paramref name="edges"/> may be null when the
        /// button has no edges to give (the bench, a wake by timer).
        /// </summary>
        public void Step(long nowMs, EdgeQueue? edges, byte[] grb)
        {
            long now = _clock.Update(nowMs);
            _parts.Now = now;
            if (_mode == _modes.Asleep)
            {
                _clock.Forgive();
            }

            GestureDecoder decoder = _parts.Decoder;
            if (edges != null)
            {
                for (int i = 0; i < edges.Count; i++)
                {
                    decoder.Edge(edges.TimeAt(i), edges.DownAt(i));
                    Drain();
                }

                edges.Clear();
            }

            decoder.Advance(nowMs);
            Drain();
            Advance(now);
            Render(now, grb);
            NoteBreath();
            Cue(now);
        }

        // The one place where the mode changes.
        private void Change(Mode next, long t)
        {
            _mode = next;
            next.Enter(t);
        }

        private void Drain()
        {
            GestureDecoder decoder = _parts.Decoder;
            Gesture g = _gesture;
            while (decoder.Next(g))
            {
                // A debounced edge is reported a frame or two after it happened; its own time still
                // counts (a session starts at the press), but never earlier than that allows.
                long t = _clock.ToLamp(g.TimeMs, _lastEventMs - EventLagMs);
                Advance(t);
                if (g.Kind == GestureKind.Down)
                {
                    _parts.Held = true;
                }
                else if (g.Kind == GestureKind.Up)
                {
                    _parts.Held = false;
                }

                Mode? next = _mode.OnGesture(g, t);
                if (next != null)
                {
                    Change(next, t);
                }

                // What the gesture let happen happens at its own time (a release lets the first breath begin).
                Advance(t);

            }
        }

        private void Advance(long t)
        {
            if (t < _lastEventMs)
            {
                t = _lastEventMs;
            }

            _lastEventMs = t;
            for (int i = 0; i < MaxChanges; i++)
            {
                Mode? next = _mode.Advance(t);
                if (next == null)
                {
                    return;
                }

                Change(next, t);
            }
        }

        // The scene is drawn relative to the breath's top: its light times the top's light (what
        // Lightness.Times gives as a level). The whole ring shows one glow, every byte written.
        private void Render(long t, byte[] grb)
        {
            int relative = _mode.Scene(t);
            _phase = _mode.Phase(t);
            _linear = relative <= 0 ? 0 : (int)(((long)_parts.Dimmer.TopLinearAt(t) * Lightness.ToLinear(relative)) >> 24);
            _renderer.FillLinear(grb, 0, _renderer.LedCount, _linear);
        }

        // BreathBegan: a breath begins when the pacer's count moves (its schedule starts once a session,
        // from 1) and shows while a phase does; a new session counts again. Every frame: kept cheap.
        private void NoteBreath()
        {
            _breathBegan = false;
            if (_phase == BreathPhase.None)
            {
                return;
            }

            int session = _parts.Sessions;
            int count = _parts.Pacer.BreathCount;
            if (count != _begunBreath || session != _begunSession)
            {
                _begunBreath = count;
                _begunSession = session;
                _breathBegan = true;
            }
        }

        private void Cue(long t)
        {
            _cueClip = Clips.None;
            _cueGain = 0;
            _cueAtMs = t;
            LampParts p = _parts;
            if (p.ChimeClip != Clips.None)
            {
                // The dial's chime, at the volume just chosen.
                _cueClip = p.SpeakerFitted ? p.ChimeClip : Clips.None;
                _cueGain = p.SpeakerFitted ? p.ChimeGain : 0;
                p.ChimeClip = Clips.None;
                return;
            }

            LampState s = _mode.State;
            bool breathing = Breathes(s);
            int breath = p.Pacer.BreathCount;
            if (breathing && (breath != _cueBreath || _phase != _cuePhase) && p.SpeakerFitted && _settings.AudioOn
                && _phase != BreathPhase.None)
            {
                // At this turn, what starts at the next one: the out-breath after this in-breath (its
                // length known), or the next in-breath (about as long as this one).
                BreathPacer pacer = p.Pacer;
                bool inNow = _phase == BreathPhase.In;
                long next = inNow ? pacer.InEndMs : pacer.BreathEndMs;
                long half = inNow ? pacer.BreathEndMs - pacer.InEndMs : pacer.InEndMs - pacer.BreathStartMs;
                BreathPhase then = inNow ? BreathPhase.Out : BreathPhase.In;
                _cueClip = p.Cues.Next(then, next - p.SessionStart, p.SessionEnd - p.SessionStart, half, _settings.Volume, out _cueGain);
                _cueAtMs = next;
            }

            _cueBreath = breath;
            _cuePhase = _phase;
        }
    }
}
