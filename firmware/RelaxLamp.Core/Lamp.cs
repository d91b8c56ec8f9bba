using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Core.Time;

namespace RelaxLamp.Core
{
    /// <summary>
    /// The whole lamp without its hardware: a step function of (its state, the time, the button's
    /// timestamped edges) that renders the ring's bytes into a caller-owned buffer. The device, the
    /// simulator and the bench all drive this one class.
    /// </summary>
    /// <remarks>
    /// Call <see cref="PowerUp"/> once, then <see cref="Step"/> once a frame at any rate from 20 to
    /// 100 frames a second. Nothing in <see cref="Step"/> allocates. Times are milliseconds of any
    /// 64-bit clock that counts up (it may stall or jump back; see <see cref="LampClock"/>).
    /// </remarks>
    public sealed class Lamp
    {
        /// <summary>Pace at the start of every session, in milli-breaths a minute.</summary>
        public const int StartPace = 10000;

        /// <summary>Share of the session over which the pace glides to its target, in percent.</summary>
        public const int RampPercent = 40;

        /// <summary>The choice window stays open this long after the last press.</summary>
        public const int ChoiceWindowMs = 3000;

        /// <summary>The choice window never stays open longer than this after the start press.</summary>
        public const int ChoiceWindowMaxMs = 12000;

        /// <summary>The length arc rises from black over this long.</summary>
        public const int ArcRiseMs = 1500;

        /// <summary>LEDs joining or leaving the arc glide over this long.</summary>
        public const int ArcStepMs = 400;

        /// <summary>The arc fades to black over this long before the first breath.</summary>
        public const int ArcFadeMs = 1500;

        /// <summary>The light fades to black over the session's last this-many ms.</summary>
        public const int EndFadeMs = 75000;

        /// <summary>A stop by the button fades to black over this long.</summary>
        public const int StopFadeMs = 4000;

        /// <summary>A change of brightness glides over this long.</summary>
        public const int GlideMs = 1500;

        /// <summary>A confirmation arc rises over this long.</summary>
        public const int ConfirmRiseMs = 600;

        /// <summary>A confirmation arc stays this long.</summary>
        public const int ConfirmHoldMs = 1200;

        /// <summary>A confirmation arc falls over this long.</summary>
        public const int ConfirmFallMs = 600;

        /// <summary>In-breath of a welcome breath.</summary>
        public const int WelcomeInMs = 3000;

        /// <summary>Out-breath of a welcome breath.</summary>
        public const int WelcomeOutMs = 4500;

        /// <summary>The bottom of a breath, as a share (of 65535) of the top's level: the light ebbs but does not go out.</summary>
        public const int BreathFloor = 8000;

        private const int ConfirmMs = ConfirmRiseMs + ConfirmHoldMs + ConfirmFallMs;

        // How far back a gesture's own time may lie behind the last handled moment.
        private const int EventLagMs = 200;

        private readonly RingRenderer _renderer;
        private readonly GestureDecoder _decoder = new GestureDecoder();
        private readonly Gesture _gesture = new Gesture();
        private readonly LampClock _clock = new LampClock();
        private readonly BreathPacer _pacer = new BreathPacer();
        private readonly LampSettings _settings = new LampSettings();
        private readonly LampSettings _saved = new LampSettings();
        private readonly CueSchedule _cues = new CueSchedule();

        private LampState _state = LampState.Asleep;
        private long _lastEventMs;
        private long _sessionStart;
        private long _sessionEnd;
        private long _windowEnd;
        private long _firstBreath;
        private long _firstInEnd;
        private long _stopAt;

        private int _arcLeds;
        private int _arcFromLeds;
        private long _arcChangedAt;

        private bool _confirming;
        private long _confirmAt;
        private int _confirmLeds;

        private int _topFrom;
        private int _topTo;
        private long _topSince;

        private long _welcomeStart;
        private int _welcomeBreaths;
        private bool _bootPress;

        private int _level;
        private BreathPhase _phase;
        private int _sessions;

        private int _cueClip = Clips.None;
        private int _cueGain;
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
            _topTo = Brightness.TopLevel(_settings.Brightness);
            _topFrom = _topTo;
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
        public LampState State => _state;

        /// <summary>The breath's half running now, <see cref="BreathPhase.None"/> when no breath is.</summary>
        public BreathPhase Phase => _phase;

        /// <summary>The lightness the renderer was last asked for, 0..65535 (the brightest zone, after fades and brightness).</summary>
        public int Level => _level;

        /// <summary>True when the lamp is dark and idle: the device may save settings and deep-sleep.</summary>
        public bool MaySleep => _state == LampState.Asleep && !_decoder.IsBusy;

        /// <summary>The lamp's own time, ms.</summary>
        public long Now => _clock.Now;

        /// <summary>When the current (or last) session started: the start press, lamp time.</summary>
        public long SessionStartMs => _sessionStart;

        /// <summary>When the current (or last) session ends (or ended), lamp time.</summary>
        public long SessionEndMs => _sessionEnd;

        /// <summary>Time left in the session, ms; 0 outside one.</summary>
        public long TimeLeftMs
        {
            get
            {
                if (_state == LampState.Stopping)
                {
                    long left = _stopAt + StopFadeMs - _clock.Now;
                    return left > 0 ? left : 0;
                }

                bool inSession = _state == LampState.Choosing || _state == LampState.Breathing || _state == LampState.Ending;
                return inSession && _sessionEnd > _clock.Now ? _sessionEnd - _clock.Now : 0;
            }
        }

        /// <summary>True when the optional I2S speaker is fitted; without it no cue is ever given.</summary>
        public bool SpeakerFitted { get; set; }

        /// <summary>The sound cues' timing rules (body scan and breath tones can be switched off).</summary>
        public CueSchedule Cues => _cues;

        /// <summary>The clip to start in this frame (see <see cref="Clips"/>), or <see cref="Clips.None"/>.</summary>
        public int CueClip => _cueClip;

        /// <summary>Gain of <see cref="CueClip"/>, Q8 (256 = as recorded; the clip decoder's unit).</summary>
        public int CueGain => _cueGain;

        /// <summary>False when any sound still playing should fade out now (stopped, ended, sound off, no speaker).</summary>
        public bool SoundMayPlay =>
            SpeakerFitted && _settings.AudioOn
            && (_state == LampState.Choosing || _state == LampState.Breathing || (_state == LampState.Ending && _sessionEnd - _clock.Now > CueSchedule.SilentTailMs - EndFadeMs));

        /// <summary>Sessions started since power-up.</summary>
        public int SessionCount => _sessions;

        /// <summary>The breath schedule (read-only use: timings, pace, count).</summary>
        public BreathPacer Pacer => _pacer;

        /// <summary>Number of LEDs the arc for a session length lights: a third, two thirds or the whole ring.</summary>
        public int LengthArcLeds(int minutes) => ThirdsArc(minutes == LampSettings.Length10 ? 1 : minutes == LampSettings.Length15 ? 2 : 3);

        /// <summary>Number of LEDs the arc for a target pace lights: short = slow (5.5/min a quarter, 7/min the whole ring).</summary>
        public int PaceArcLeds(int pace)
        {
            int leds = (LedCount * (pace - 5000)) / 2000;
            return leds < 1 ? 1 : leds > LedCount ? LedCount : leds;
        }

        /// <summary>Tells the lamp its choices were saved as they are now.</summary>
        public void MarkSaved() => _saved.CopyFrom(_settings);

        /// <summary>Starts the lamp at <paramref name="nowMs"/>; <paramref name="buttonDown"/> is the button's level at that moment.</summary>
        public void PowerUp(long nowMs, PowerUpKind kind, bool buttonDown)
        {
            _clock.Reset(nowMs);
            _decoder.Reset(nowMs, buttonDown);
            _lastEventMs = nowMs;
            _level = 0;
            _phase = BreathPhase.None;
            _state = LampState.Asleep;
            if (kind == PowerUpKind.Cold)
            {
                StartWelcome(nowMs, 1);
                _bootPress = buttonDown;
            }
            else if (kind == PowerUpKind.ButtonWake)
            {
                StartSession(nowMs);
                _decoder.IgnoreCurrentPress();
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
            if (_state == LampState.Asleep)
            {
                _clock.Forgive();
            }

            if (edges != null)
            {
                for (int i = 0; i < edges.Count; i++)
                {
                    _decoder.Edge(edges.TimeAt(i), edges.DownAt(i));
                    Drain();
                }

                edges.Clear();
            }

            _decoder.Advance(nowMs);
            Drain();
            Advance(now);
            Render(now, grb);
            Cue(now);
        }

        private void Cue(long t)
        {
            _cueClip = Clips.None;
            _cueGain = 0;
            bool breathing = _state == LampState.Breathing || _state == LampState.Ending;
            int breath = _pacer.BreathCount;
            if (breathing && (breath != _cueBreath || _phase != _cuePhase) && SpeakerFitted && _settings.AudioOn)
            {
                _cueClip = _cues.AtTurn(breath, _phase, t - _sessionStart, _sessionEnd - t, _settings.Volume, out _cueGain);
            }

            _cueBreath = breath;
            _cuePhase = _phase;
        }

        private void Drain()
        {
            Gesture g = _gesture;
            while (_decoder.Next(g))
            {
                // A debounced edge is reported a frame or two after it happened; its own time still
                // counts (a session starts at the press), but never earlier than that allows.
                long t = _clock.ToLamp(g.TimeMs, _lastEventMs - EventLagMs);
                Advance(t);
                Handle(g, t);
            }
        }

        private void Handle(Gesture g, long t)
        {
            switch (_state)
            {
                case LampState.Asleep:
                    if (g.Kind == GestureKind.Down)
                    {
                        StartSession(t);
                        _decoder.IgnoreCurrentPress();
                    }

                    break;

                case LampState.Welcome:
                    if (g.Kind == GestureKind.Down)
                    {
                        _bootPress = false;
                        StartSession(t);
                        _decoder.IgnoreCurrentPress();
                    }
                    else if (g.Kind == GestureKind.LongHold && _bootPress)
                    {
                        _bootPress = false;
                        _settings.ResetToDefaults();
                        _renderer.Palette = Palette.Of(_settings.Palette);
                        SetTop(Brightness.TopLevel(_settings.Brightness), t, false);
                        StartWelcome(t, 2);
                    }

                    break;

                case LampState.Choosing:
                    if (g.Kind == GestureKind.Tap)
                    {
                        _settings.LengthMinutes = LampSettings.NextLength(_settings.LengthMinutes);
                        _sessionEnd = _sessionStart + (_settings.LengthMinutes * 60000L);
                        ExtendWindow(t + ChoiceWindowMs);
                        _confirming = false;
                        SetArc(LengthArcLeds(_settings.LengthMinutes), t);
                    }
                    else if (g.Kind == GestureKind.Hold)
                    {
                        _settings.AudioOn = !_settings.AudioOn;
                        Confirm(_settings.AudioOn ? LedCount : 1, t);
                        SetArc(_confirmLeds, t);
                        ExtendWindow(t + ConfirmMs + ChoiceWindowMs);
                    }

                    break;

                case LampState.Breathing:
                case LampState.Ending:
                    if (g.Kind == GestureKind.Click && g.Count == 1)
                    {
                        _settings.Brightness = (_settings.Brightness % LampSettings.MaxBrightness) + 1;
                        SetTop(Brightness.TopLevel(_settings.Brightness), t, true);
                        Confirm(ThirdsArc(_settings.Brightness), t);
                    }
                    else if (g.Kind == GestureKind.Click)
                    {
                        _settings.PaceTarget = LampSettings.NudgePace(_settings.PaceTarget, g.Count >= 3);
                        _pacer.SetTarget(_settings.PaceTarget);
                        Confirm(PaceArcLeds(_settings.PaceTarget), t);
                    }
                    else if (g.Kind == GestureKind.Hold)
                    {
                        _state = LampState.Stopping;
                        _stopAt = t;
                    }

                    break;
            }
        }

        private void Advance(long t)
        {
            if (t < _lastEventMs)
            {
                t = _lastEventMs;
            }

            _lastEventMs = t;
            if (_confirming && t >= _confirmAt + ConfirmMs)
            {
                _confirming = false;
                if (_state == LampState.Choosing)
                {
                    SetArc(LengthArcLeds(_settings.LengthMinutes), _confirmAt + ConfirmMs);
                }
            }

            switch (_state)
            {
                case LampState.Welcome:
                    if (t >= _welcomeStart + ((long)_welcomeBreaths * (WelcomeInMs + WelcomeOutMs)) && !_decoder.IsDown)
                    {
                        _state = LampState.Asleep;
                        _bootPress = false;
                    }

                    break;

                case LampState.Choosing:
                    if (t >= _windowEnd + ArcFadeMs)
                    {
                        _firstBreath = _windowEnd + ArcFadeMs;
                        long length = _settings.LengthMinutes * 60000L;
                        _pacer.Start(_sessionStart, _firstBreath, _sessionEnd, length * RampPercent / 100, StartPace, _settings.PaceTarget, _settings.Ratio);
                        _firstInEnd = _pacer.InEndMs;
                        _decoder.CancelClicks();
                        _confirming = false;
                        _state = LampState.Breathing;
                        _pacer.Advance(t);
                    }

                    break;

                case LampState.Breathing:
                    _pacer.Advance(t);
                    if (t >= _sessionEnd - EndFadeMs)
                    {
                        _state = LampState.Ending;
                    }

                    break;

                case LampState.Ending:
                    _pacer.Advance(t);
                    if (t >= _sessionEnd)
                    {
                        _state = LampState.Asleep;
                    }

                    break;

                case LampState.Stopping:
                    _pacer.Advance(t);
                    if (t >= _stopAt + StopFadeMs || t >= _sessionEnd)
                    {
                        _state = LampState.Asleep;
                    }

                    break;
            }
        }

        // Each state's renderer writes every byte of the frame, so nothing is cleared twice.
        private void Render(long t, byte[] grb)
        {
            _level = 0;
            _phase = BreathPhase.None;
            int top = TopAt(t);
            switch (_state)
            {
                case LampState.Welcome:
                    RenderWelcome(t, top, grb);
                    break;

                case LampState.Choosing:
                    RenderArc(t, top, grb);
                    break;

                case LampState.Breathing:
                case LampState.Ending:
                case LampState.Stopping:
                    RenderBreath(t, top, grb);
                    break;

                default:
                    _renderer.Clear(grb);
                    break;
            }
        }

        private void RenderWelcome(long t, int top, byte[] grb)
        {
            long into = (t - _welcomeStart) % (WelcomeInMs + WelcomeOutMs);
            bool done = t - _welcomeStart >= (long)_welcomeBreaths * (WelcomeInMs + WelcomeOutMs);
            if (done)
            {
                _renderer.Clear(grb);
                return;
            }

            int fullness;
            if (into < WelcomeInMs)
            {
                _phase = BreathPhase.In;
                fullness = Ease.Progress(into, 0, WelcomeInMs);
            }
            else
            {
                _phase = BreathPhase.Out;
                fullness = Ease.One - Ease.Progress(into, WelcomeInMs, WelcomeOutMs);
            }

            _level = Lightness.Scale(top, fullness);
            _renderer.Fill(grb, 0, LedCount, _level);
        }

        private void RenderArc(long t, int top, byte[] grb)
        {
            int rise = Ease.Progress(t, _sessionStart, ArcRiseMs);
            int fall = Ease.One - Ease.Progress(t, _windowEnd, ArcFadeMs);
            int level = Lightness.Scale(top, Lightness.Scale(rise, fall));
            int step = Ease.Progress(t, _arcChangedAt, ArcStepMs);
            int common = _arcLeds < _arcFromLeds ? _arcLeds : _arcFromLeds;
            int changing = _arcLeds < _arcFromLeds ? _arcFromLeds : _arcLeds;
            int glide = _arcLeds > _arcFromLeds ? step : Ease.One - step;
            int changingLevel = Lightness.Scale(level, glide);
            _renderer.Fill(grb, 0, common, level);
            _renderer.Fill(grb, common, changing - common, changingLevel);
            _renderer.Fill(grb, changing, LedCount - changing, 0);
            _level = common > 0 ? level : changingLevel;
        }

        private void RenderBreath(long t, int top, byte[] grb)
        {
            _phase = _pacer.PhaseAt(t);
            int shape = BreathFloor + Lightness.Scale(Ease.One - BreathFloor, _pacer.FullnessAt(t));
            int env = Ease.Progress(t, _firstBreath, _firstInEnd - _firstBreath);
            env = Lightness.Scale(env, Ease.One - Ease.Progress(t, _sessionEnd - EndFadeMs, EndFadeMs));
            if (_state == LampState.Stopping)
            {
                env = Lightness.Scale(env, Ease.One - Ease.Progress(t, _stopAt, StopFadeMs));
            }

            if (_phase == BreathPhase.None)
            {
                env = 0;
            }

            int breath = Lightness.Scale(top, Lightness.Scale(shape, env));
            _level = breath;
            if (!_confirming)
            {
                _renderer.Fill(grb, 0, LedCount, breath);
                return;
            }

            // A confirmation arc glows at the top level (faded like the session) while the rest of
            // the ring dims; both blend from and back to the breath, so nothing jumps.
            int c = ConfirmEnvelope(t);
            int arcTop = Lightness.Scale(top, env);
            int arc = breath + Lightness.Scale(arcTop > breath ? arcTop - breath : 0, c);
            int rest = Lightness.Scale(breath, Ease.One - c);
            _renderer.Fill(grb, 0, _confirmLeds, arc);
            _renderer.Fill(grb, _confirmLeds, LedCount - _confirmLeds, rest);
            _level = arc > rest ? arc : rest;
        }

        private int ConfirmEnvelope(long t)
        {
            long fallAt = _confirmAt + ConfirmRiseMs + ConfirmHoldMs;
            return t < fallAt ? Ease.Progress(t, _confirmAt, ConfirmRiseMs) : Ease.One - Ease.Progress(t, fallAt, ConfirmFallMs);
        }

        private void StartWelcome(long t, int breaths)
        {
            _state = LampState.Welcome;
            _welcomeStart = t;
            _welcomeBreaths = breaths;
        }

        private void StartSession(long t)
        {
            _sessions++;
            _cues.Reset();
            _cueBreath = 0;
            _cuePhase = BreathPhase.None;
            _state = LampState.Choosing;
            _sessionStart = t;
            _sessionEnd = t + (_settings.LengthMinutes * 60000L);
            _windowEnd = t + ChoiceWindowMs;
            _confirming = false;
            _arcLeds = LengthArcLeds(_settings.LengthMinutes);
            _arcFromLeds = _arcLeds;
            _arcChangedAt = t;
            _renderer.Palette = Palette.Of(_settings.Palette);
            SetTop(Brightness.TopLevel(_settings.Brightness), t, false);
        }

        private void ExtendWindow(long until)
        {
            long max = _sessionStart + ChoiceWindowMaxMs;
            _windowEnd = until > max ? max : until;
        }

        private void SetArc(int leds, long t)
        {
            // Glide from whatever the arc shows now: a half-finished step counts as done.
            _arcFromLeds = _arcLeds;
            _arcLeds = leds;
            _arcChangedAt = t;
        }

        private void Confirm(int leds, long t)
        {
            _confirming = true;
            _confirmAt = t;
            _confirmLeds = leds;
        }

        private void SetTop(int level, long t, bool glide)
        {
            _topFrom = glide ? TopAt(t) : level;
            _topTo = level;
            _topSince = t;
        }

        private int TopAt(long t)
        {
            int p = Ease.Progress(t, _topSince, GlideMs);
            return _topFrom + (int)(((long)(_topTo - _topFrom) * p) / Ease.One);
        }

        private int ThirdsArc(int thirds) => ((LedCount * thirds) + 1) / 3;
    }
}
