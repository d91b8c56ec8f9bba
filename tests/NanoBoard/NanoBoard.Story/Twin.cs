using RelaxLamp.Core;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Ring;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace NanoBoard.Story
{
    /// <summary>
    /// The core run beside the firmware on the same inputs (the button input's rules: edges only when
    /// they change the believed level, a pin check each frame), so every RMT buffer the firmware sends
    /// can be decoded and compared with the frame the core renders.
    /// </summary>
    internal sealed class Twin
    {
        private readonly Lamp _lamp;
        private readonly EdgeQueue _edges = new EdgeQueue();
        private readonly EdgeQueue _pending = new EdgeQueue();
        private readonly byte[] _frame;
        private readonly byte[] _decoded;
        private readonly LedTiming _timing;
        private bool _believedDown;
        private int _zeroWord;
        private int _oneWord;
        private bool _haveZero;
        private bool _haveOne;

        public Twin(LampSettings settings, long powerUpMs, PowerUpKind kind, bool down)
        {
            _lamp = new Lamp(RelaxLamp.Firmware.LampConfig.RingLedCount, settings);
            _lamp.SpeakerFitted = RelaxLamp.Firmware.LampConfig.SpeakerFitted;
            for (int clip = 0; clip < RelaxLamp.Core.Audio.Clips.Count; clip++)
            {
                // What the firmware's audio thread reads from the story's clips at start (StoryClips).
                _lamp.Cues.SetLength(clip, StoryClips.LengthMs);
            }

            _lamp.PowerUp(powerUpMs, kind, down);
            _believedDown = down;
            _frame = new byte[_lamp.FrameBytes];
            _decoded = new byte[_lamp.FrameBytes];
            _timing = LedTiming.Of(RelaxLamp.Firmware.LampConfig.RingLedType);
        }

        public Lamp Lamp => _lamp;

        /// <summary>The firmware's handler stamped an edge.</summary>
        public void Edge(long ms, bool down)
        {
            _pending.Add(ms, down);
        }

        /// <summary>One frame at <paramref name="nowMs"/> with the pin at <paramref name="pinDown"/>.</summary>
        public void Step(long nowMs, bool pinDown)
        {
            for (int i = 0; i < _pending.Count; i++)
            {
                Take(_pending.TimeAt(i), _pending.DownAt(i));
            }

            _pending.Clear();
            if (pinDown != _believedDown)
            {
                Take(nowMs, pinDown);
            }

            _lamp.Step(nowMs, _edges, _frame);
        }

        public byte[] Frame => _frame;

        /// <summary>Decodes <paramref name="symbols"/> into GRB, checking every pulse against the timing's windows; null when malformed.</summary>
        public byte[]? Decode(byte[] symbols)
        {
            int bytes = _decoded.Length;
            if (symbols.Length != ((bytes * 8) + 1) * RmtWord.Size)
            {
                return null;
            }

            for (int i = 0; i < bytes; i++)
            {
                int value = 0;
                for (int bit = 0; bit < 8; bit++)
                {
                    int at = ((i * 8) + bit) * RmtWord.Size;

                    // A symbol identical to one already checked against the windows is that bit again
                    // (the same durations and levels): one word compare instead of a decode.
                    int word = symbols[at] | (symbols[at + 1] << 8) | (symbols[at + 2] << 16) | (symbols[at + 3] << 24);
                    if (_haveZero && word == _zeroWord)
                    {
                        continue;
                    }

                    if (_haveOne && word == _oneWord)
                    {
                        value |= 0x80 >> bit;
                        continue;
                    }

                    if (!RmtWord.Level0(symbols, at) || RmtWord.Level1(symbols, at))
                    {
                        return null;
                    }

                    int high = RmtWord.Duration0(symbols, at) * LedTiming.TickNs;
                    int low = RmtWord.Duration1(symbols, at) * LedTiming.TickNs;
                    if (high >= _timing.OneHighMinNs && high <= _timing.OneHighMaxNs && low >= _timing.OneLowMinNs && low <= _timing.OneLowMaxNs)
                    {
                        value |= 0x80 >> bit;
                        _oneWord = word;
                        _haveOne = true;
                    }
                    else if (high >= _timing.ZeroHighMinNs && high <= _timing.ZeroHighMaxNs && low >= _timing.ZeroLowMinNs && low <= _timing.ZeroLowMaxNs)
                    {
                        _zeroWord = word;
                        _haveZero = true;
                    }
                    else
                    {
                        return null;
                    }
                }

                _decoded[i] = (byte)value;
            }

            int last = bytes * 8 * RmtWord.Size;
            if (RmtWord.Level0(symbols, last) || RmtWord.Level1(symbols, last)
                || (RmtWord.Duration0(symbols, last) + RmtWord.Duration1(symbols, last)) * LedTiming.TickNs < 280000)
            {
                return null;
            }

            return _decoded;
        }

        private void Take(long ms, bool down)
        {
            if (down == _believedDown)
            {
                return;
            }

            _believedDown = down;
            _edges.Add(ms, down);
        }
    }
}
