using System;
using System.Collections.Generic;
using RelaxLamp.Core;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Simulator.Engine;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>
    /// The speaker, frame by frame: renders the sound up to each frame's time, then acts on what the lamp
    /// said in that frame (a cue starts at the frame's own sample, t_ms × 16; sound that may not play
    /// fades out), and hands every sample to the sinks.
    /// </summary>
    public sealed class AudioObserver : IFrameObserver
    {
        private readonly CueMixer _mixer;
        private readonly ISampleSink[] _sinks;
        private readonly short[] _buffer = new short[4096];
        private readonly List<CueRecord> _cues = new List<CueRecord>();
        private bool _toldLengths;
        private readonly List<(long From, long To)> _inBreaths = new List<(long From, long To)>();
        private int _lastInBreath = -1;

        /// <summary>Plays through <paramref name="mixer"/> into <paramref name="sinks"/>.</summary>
        public AudioObserver(CueMixer mixer, params ISampleSink[] sinks)
        {
            _mixer = mixer ?? throw new ArgumentNullException(nameof(mixer));
            _sinks = sinks ?? throw new ArgumentNullException(nameof(sinks));
        }

        /// <summary>The mixer played through.</summary>
        public CueMixer Mixer => _mixer;

        /// <summary>Every cue started, in order.</summary>
        public IReadOnlyList<CueRecord> Cues => _cues;

        /// <summary>Samples rendered so far (the sound's length).</summary>
        public long Samples => _mixer.Position;

        /// <inheritdoc/>
        public void OnFrame(Simulation sim)
        {
            ArgumentNullException.ThrowIfNull(sim);
            if (!_toldLengths)
            {
                // As the device's audio thread does at start: the script learns which clips it has and how long they are.
                _mixer.TellLengths(sim.Lamp.Cues);
                _toldLengths = true;
            }

            RenderTo(AudioFormat.SampleAt(sim.NowMs));
            Lamp lamp = sim.Lamp;
            NoteBreath(lamp);
            if (!lamp.SoundMayPlay)
            {
                _mixer.FadeOut();
                _cues.RemoveAll(c => c.End == CueEnd.Replaced);
                return;
            }

            int clip = lamp.CueClip;
            if (clip == Clips.None)
            {
                return;
            }

            BreathPacer p = lamp.Pacer;
            var cue = new CueRecord
            {
                Clip = clip,
                Name = _mixer.Clips[clip].Name,
                GainQ8 = CueMixer.GainQ8(lamp.CueGain),
                TimeMs = sim.NowMs,
                Phase = lamp.Phase,
                Breath = p.BreathCount,
                TurnMs = lamp.CueAtMs,
                ClipSamples = _mixer.Clips[clip].SampleCount,
            };
            ClipStatus status = _mixer.Start(cue, lamp.CueAtMs);
            if (status == ClipStatus.Ok)
            {
                _cues.Add(cue);
            }
            else
            {
                Refused++;
            }

            _cues.RemoveAll(c => c.End == CueEnd.Replaced);
        }

        /// <summary>Cues the player refused (missing clip, or one that could not sound at its time).</summary>
        public int Refused { get; private set; }

        /// <summary>The in-breaths so far, as sample ranges from the breath schedule itself.</summary>
        public IReadOnlyList<(long From, long To)> InBreaths => _inBreaths;

        private void NoteBreath(Lamp lamp)
        {
            BreathPacer p = lamp.Pacer;
            if (lamp.Phase == BreathPhase.In && p.BreathCount != _lastInBreath)
            {
                _lastInBreath = p.BreathCount;
                _inBreaths.Add((AudioFormat.SampleAt(p.BreathStartMs), AudioFormat.SampleAt(p.InEndMs)));
            }
        }

        /// <summary>Renders and hands on every sample before <paramref name="sample"/>.</summary>
        public void RenderTo(long sample)
        {
            while (_mixer.Position < sample)
            {
                int n = (int)Math.Min(_buffer.Length, sample - _mixer.Position);
                Span<short> chunk = _buffer.AsSpan(0, n);
                _mixer.Render(chunk);
                foreach (ISampleSink sink in _sinks)
                {
                    sink.Write(chunk);
                }
            }
        }
    }
}
