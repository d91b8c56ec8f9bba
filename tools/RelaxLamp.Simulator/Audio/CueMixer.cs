using System;
using System.Collections.Generic;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>
    /// The speaker as the device drives it: one clip at a time. A new cue cuts the one playing with a
    /// short fade; when sound may no longer play, whatever plays fades out. Samples come out in order,
    /// from sample 0 (the first press) on.
    /// </summary>
    /// <remarks>
    /// During a cut the fading clip and the new one overlap for <see cref="CutFadeSamples"/>, summed. The
    /// phrases begin with at least 78 ms of digital silence and the tones with 14 to 22 ms, so the fade
    /// meets silence (at most the first 6 ms of a tone's swell), and a one-voice player that fades the
    /// old clip first and then starts the new one makes nearly the same sound, one fade (31.6 ms) later.
    /// </remarks>
    public sealed class CueMixer
    {
        /// <summary>A clip cut by the next cue fades out over this many samples: the core's rule, as the device plays it.</summary>
        public const int CutFadeSamples = RelaxLamp.Core.Audio.Clips.FadeSamples;

        /// <summary>Sound fades out over this many samples when the lamp says it may not play (a stop, sound off, the end).</summary>
        public const int StopFadeSamples = RelaxLamp.Core.Audio.Clips.FadeSamples;

        private readonly ClipBank _clips;
        private readonly int _cutFade;
        private readonly int _stopFade;
        private readonly List<Voice> _fading = new List<Voice>();
        private Voice? _current;

        /// <summary>Plays <paramref name="clips"/> with the standard fades.</summary>
        public CueMixer(ClipBank clips)
            : this(clips, CutFadeSamples, StopFadeSamples)
        {
        }

        /// <summary>Plays <paramref name="clips"/> with fades of the given lengths in samples (0: a hard cut; tests use it to show what a click looks like).</summary>
        public CueMixer(ClipBank clips, int cutFadeSamples, int stopFadeSamples)
        {
            _clips = clips ?? throw new ArgumentNullException(nameof(clips));
            _cutFade = cutFadeSamples >= 0 ? cutFadeSamples : throw new ArgumentOutOfRangeException(nameof(cutFadeSamples));
            _stopFade = stopFadeSamples >= 0 ? stopFadeSamples : throw new ArgumentOutOfRangeException(nameof(stopFadeSamples));
        }

        /// <summary>The clips played from.</summary>
        public ClipBank Clips => _clips;

        /// <summary>Samples rendered so far: the index of the next one.</summary>
        public long Position { get; private set; }

        /// <summary>The cue playing now (not one fading after a cut or stop), or null.</summary>
        public CueRecord? Playing => _current?.Cue;

        /// <summary>True when no clip sounds, fading or not.</summary>
        public bool IsSilent => _current == null && _fading.Count == 0;

        /// <summary>The device decoder's gain (Q8, 256 = unity, at most 1024) for the lamp's cue gain (also Q8), clamped.</summary>
        public static int GainQ8(int gain) => Math.Clamp(gain, 0, 1024);

        /// <summary>Starts <paramref name="cue"/>'s clip at <see cref="Position"/>, cutting whatever plays.</summary>
        public void Start(CueRecord cue)
        {
            ArgumentNullException.ThrowIfNull(cue);
            if (_current != null)
            {
                Retire(_current, _cutFade, CueEnd.Cut);
            }

            _current = new Voice(_clips[cue.Clip], cue.GainQ8, cue);
        }

        /// <summary>Fades out whatever sounds over <see cref="StopFadeSamples"/>.</summary>
        public void FadeOut()
        {
            if (_current != null)
            {
                Retire(_current, _stopFade, CueEnd.FadedOut);
                _current = null;
            }

            foreach (Voice v in _fading)
            {
                v.BeginFade(_stopFade);
            }

            Sweep();
        }

        /// <summary>Renders the next <paramref name="into"/>.Length samples: the clips summed and clamped to 16 bits.</summary>
        public void Render(Span<short> into)
        {
            if (IsSilent)
            {
                into.Clear();
                Position += into.Length;
                return;
            }

            for (int i = 0; i < into.Length; i++)
            {
                int sum = 0;
                if (_current != null)
                {
                    sum = _current.Next();
                    if (_current.Done)
                    {
                        _current.Cue.StopSample = Position;
                        _current.Cue.EndSample = Position;
                        _current.Cue.End = CueEnd.Finished;
                        _current = null;
                    }
                }

                for (int k = _fading.Count - 1; k >= 0; k--)
                {
                    Voice v = _fading[k];
                    sum += v.Next();
                    if (v.Done)
                    {
                        v.Cue.EndSample = Position;
                        _fading.RemoveAt(k);
                    }
                }

                into[i] = (short)Math.Clamp(sum, short.MinValue, short.MaxValue);
                Position++;
            }
        }

        private void Retire(Voice v, int fadeSamples, CueEnd how)
        {
            v.Cue.StopSample = Position;
            v.Cue.End = how;
            v.BeginFade(fadeSamples);
            if (v.Done)
            {
                v.Cue.EndSample = Position;
            }
            else
            {
                _fading.Add(v);
            }
        }

        private void Sweep()
        {
            for (int k = _fading.Count - 1; k >= 0; k--)
            {
                if (_fading[k].Done)
                {
                    _fading[k].Cue.EndSample = Position;
                    _fading.RemoveAt(k);
                }
            }
        }
    }
}
