using System;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>
    /// One clip playing, decoded block by block with the device's decoder into one reused buffer (as the
    /// device reads its flash), with an optional linear fade to silence.
    /// </summary>
    internal sealed class Voice
    {
        private const int Unity = 1 << 16;

        private readonly ClipData _clip;
        private readonly int _gainQ8;
        private readonly byte[] _pcm;
        private int _block;
        private int _count;
        private int _pos;
        private int _factor = Unity;
        private int _step;

        public Voice(ClipData clip, int gainQ8, CueRecord cue)
        {
            _clip = clip;
            _gainQ8 = gainQ8;
            _pcm = new byte[2 * clip.Header.SamplesPerBlock];
            Cue = cue;
        }

        public CueRecord Cue { get; }

        public bool Done { get; private set; }

        public bool Fading => _step > 0;

        /// <summary>Ramps to silence over the next <paramref name="samples"/> from the level it has now; never slows a faster fade already running.</summary>
        public void BeginFade(int samples)
        {
            if (samples <= 0)
            {
                Done = true;
                return;
            }

            // Rounded up so the ramp ends within the length: 320 samples from full take steps of 205/65536.
            int step = (_factor + samples - 1) / samples;
            _step = Math.Max(_step, step);
        }

        /// <summary>The next sample; sets <see cref="Done"/> (and gives 0) once the clip or its fade has ended.</summary>
        public int Next()
        {
            if (Done || (_step > 0 && _factor <= 0))
            {
                Done = true;
                return 0;
            }

            while (_pos == _count)
            {
                ClipHeader h = _clip.Header;
                if (_block >= h.BlockCount)
                {
                    Done = true;
                    return 0;
                }

                _count = ClipCodec.DecodeBlockToPcm16Le(h, _block, _clip.Bytes, ClipCodec.HeaderSize + (_block * h.BlockSize), h.BlockSize, _gainQ8, _pcm, 0);
                if (_count < 0)
                {
                    throw new InvalidOperationException($"{_clip.Name}: block {_block} did not decode ({_count})"); // checked at load
                }

                _block++;
                _pos = 0;
            }

            int s = (short)(_pcm[2 * _pos] | (_pcm[(2 * _pos) + 1] << 8));
            _pos++;
            if (_step > 0)
            {
                // Factors 1, 1 - step, ... down to the last above 0: a linear ramp of exactly the fade's length.
                s = (int)(((long)s * _factor) >> 16);
                _factor -= _step;
            }

            return s;
        }
    }
}
