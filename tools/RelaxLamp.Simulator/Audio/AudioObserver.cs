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
            RenderTo(AudioFormat.SampleAt(sim.NowMs));
            Lamp lamp = sim.Lamp;
            if (!lamp.SoundMayPlay)
            {
                _mixer.FadeOut();
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
                TurnMs = lamp.Phase == BreathPhase.In ? p.BreathStartMs : p.InEndMs,
                StartSample = _mixer.Position,
                ClipSamples = _mixer.Clips[clip].SampleCount,
            };
            _cues.Add(cue);
            _mixer.Start(cue);
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
