using System;

namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// The one playback logic of the lamp, for the device's audio thread and the simulator's mixer alike:
    /// takes cues (clip, gain, when), decodes them ahead into a ring of 16-bit samples at a capped rate,
    /// and hands out the samples that sound at a given time — silence before, between and after, and a
    /// fade when a sound is cut short. Allocates only when constructed.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Why decode ahead: a µ-law sample costs about 23 IL instructions to expand on nanoCLR (measured;
    /// <see cref="MuLaw.ExpandInto"/>), 368,000 a second at 16 kHz, which with the light would pass the
    /// 400,000 IL a second the interpreter can give the lamp. So the decoder runs at
    /// <see cref="DecodeBlocksPerSecond"/> blocks a second, below the 31.25 the speaker plays, and starts
    /// <see cref="LeadUs"/> before the clip sounds; the ring (<see cref="RingSamples"/>, 1.28 s) covers the
    /// difference for clips up to <see cref="LongestUnbrokenSamples"/>. The samples then go to the
    /// speaker with no work a sample (<see cref="Read"/> is array copies).
    /// </para>
    /// <para>
    /// Two cues can be queued: the one sounding and the next (the lamp cues a half-breath ahead, while
    /// the current half's sound plays). A new cue replaces any cue that has not begun to sound; when a
    /// queued cue's time comes while the one before it still sounds, that one fades over
    /// <see cref="FadeSamples"/> (32 ms) and the new one starts on time. Clips are trusted to start and end
    /// at zero (the asset tool makes them so); the padding of a last block is never played.
    /// </para>
    /// </remarks>
    public sealed class ClipPlayer
    {
        /// <summary>Samples a second the player plays and accepts.</summary>
        public const int SampleRate = 16000;

        /// <summary>Samples in a block: the µ-law block size the player reads.</summary>
        public const int BlockSamples = ClipCodec.DefaultMuLawBlockSize;

        /// <summary>Blocks in the ring.</summary>
        public const int RingBlocks = 40;

        /// <summary>Samples in the ring: 20,480, 1.28 s, 40 KB of heap.</summary>
        public const int RingSamples = BlockSamples * RingBlocks;

        /// <summary>Samples a cut-short clip fades over (32 ms).</summary>
        public const int FadeSamples = BlockSamples;

        /// <summary>
        /// Blocks decoded a second: 24 (25 in the worst second, with the one block a late decoder may catch
        /// up) × 512 samples × about 24 IL, about 310,000 IL, which leaves the light and the ring driver
        /// their 25 frames a second within 400,000 (counted on nanoCLR: docs/performance.md, "Sound").
        /// </summary>
        public const int DecodeBlocksPerSecond = 24;

        /// <summary>Time the speaker takes to play one block, µs.</summary>
        public const int BlockUs = (int)(BlockSamples * 1000000L / SampleRate);

        /// <summary>Time between two decoded blocks at the capped rate, µs.</summary>
        public const int DecodeIntervalUs = 1000000 / DecodeBlocksPerSecond;

        /// <summary>The longest clip the ring carries without a gap at the capped decode rate (5.5 s).</summary>
        public const int LongestUnbrokenSamples = (int)((long)RingSamples * DecodeIntervalUs / (DecodeIntervalUs - BlockUs));

        /// <summary>
        /// Time a shell may hand samples out ahead of when they sound (the device's speaker queue is at most
        /// 152 ms): part of every clip's lead.
        /// </summary>
        public const int QueueAheadUs = 160000;

        /// <summary>Silence handed out after a sound ends, so the amplifier's input ends at zero.</summary>
        public const int TailSamples = BlockSamples;

        private readonly IClipSource _source;
        private readonly ClipHeader _header = new ClipHeader();
        private readonly int[] _lengths = new int[Clips.Count];
        private readonly byte[] _block = new byte[BlockSamples];
        private readonly byte[] _pcm = new byte[2 * BlockSamples];
        private readonly byte[] _ring = new byte[2 * RingSamples];
        private readonly byte[] _fade = new byte[2 * FadeSamples];
        private readonly byte[] _low = new byte[256];
        private readonly byte[] _high = new byte[256];

        // Queued cues: [0] sounds (or sounds next), [1] after it. Their samples follow each other in the ring.
        private readonly int[] _clip = new int[2];
        private readonly int[] _gain = new int[2];
        private readonly long[] _startUs = new long[2];
        private readonly int[] _count = new int[2];
        private readonly int[] _decoded = new int[2];
        private readonly int[] _played = new int[2];
        private int _queued;

        // The cue being decoded (its file open), or -1.
        private int _decoding = -1;
        private long _nextDecodeUs;

        private int _ringRead;
        private int _ringCount;
        private int _fadeRead;
        private int _fadeCount;
        private int _tailLeft;

        /// <summary>A player reading clips from <paramref name="source"/>.</summary>
        public ClipPlayer(IClipSource source)
        {
            if (source == null)
            {
                throw new ArgumentNullException("source");
            }

            _source = source;
        }

        /// <summary>The clip sounding or next to sound, or <see cref="Clips.None"/>.</summary>
        public int Clip => _queued > 0 ? _clip[0] : Clips.None;

        /// <summary>When <see cref="Clip"/>'s first sample sounds, µs of the lamp's clock.</summary>
        public long StartUs => _queued > 0 ? _startUs[0] : 0;

        /// <summary>Cues queued (0 to 2).</summary>
        public int Queued => _queued;

        /// <summary>True when the front cue has begun to sound (a new cue then lets it play on; one not begun is replaced).</summary>
        public bool FrontBegun => _queued > 0 && _played[0] > 0;

        /// <summary>When queued cue <paramref name="k"/> (0 = front) sounds, µs; 0 when there is no such cue.</summary>
        public long StartUsOf(int k) => k >= 0 && k < _queued ? _startUs[k] : 0;

        /// <summary>Times the ring ran dry while a clip still had samples to come (a gap was played).</summary>
        public int Underruns { get; private set; }

        /// <summary>Blocks decoded since construction.</summary>
        public int BlocksDecoded { get; private set; }

        /// <summary>Cues that have ended (played out or cut), since construction.</summary>
        public int Ended { get; private set; }

        /// <summary>True when the last cue to end was cut short by the next one's time or a stop.</summary>
        public bool LastEndWasCut { get; private set; }

        /// <summary>True while a queued clip still has blocks to decode.</summary>
        public bool Decoding => _decoding >= 0 || (_queued > 0 && _decoded[_queued - 1] < _count[_queued - 1]);

        /// <summary>True when the ring has room for another block (the decoder waits for the speaker otherwise).</summary>
        public bool HasRoom => RingSamples - _ringCount >= BlockSamples;

        /// <summary>When the next block may be decoded under the capped rate, µs.</summary>
        public long NextDecodeUs => _nextDecodeUs;

        /// <summary>True while anything is still to be heard: a fade, a clip, or the silence after them.</summary>
        public bool Sounding => _fadeCount > 0 || _queued > 0 || _tailLeft > 0;

        /// <summary>
        /// Time the decoder must start before a clip of <paramref name="samples"/> sounds, so that the ring
        /// never runs dry at the capped rate, µs: what the ring must gain on the speaker, the shell's
        /// queue and two decode intervals of margin.
        /// </summary>
        public static long LeadUs(int samples)
        {
            int blocks = (samples + BlockSamples - 1) / BlockSamples;
            long lead = (long)(blocks - 1) * (DecodeIntervalUs - BlockUs);
            long full = (long)RingBlocks * DecodeIntervalUs;
            return (lead > full ? full : lead) + QueueAheadUs + (2L * DecodeIntervalUs);
        }

        /// <summary>
        /// Reads every clip's header once (at start-up, before any cue), keeping the lengths of those the
        /// player can play; the others are left out. Returns how many can play.
        /// </summary>
        public int Scan()
        {
            int playable = 0;
            for (int i = 0; i < Clips.Count; i++)
            {
                _lengths[i] = 0;
                if (Open(i) == ClipStatus.Ok)
                {
                    _lengths[i] = _header.SampleCount;
                    playable++;
                }

                _source.Close();
            }

            return playable;
        }

        /// <summary>Tells <paramref name="cues"/> every clip's length as <see cref="Scan"/> found it (0 leaves its lines out).</summary>
        public void TellLengths(Guidance cues)
        {
            for (int i = 0; i < Clips.Count; i++)
            {
                cues.SetLength(i, LengthMsOf(i));
            }
        }

        /// <summary>The length of clip <paramref name="clip"/> in ms as <see cref="Scan"/> found it (0 when it cannot play).</summary>
        public int LengthMsOf(int clip)
        {
            return clip < 0 || clip >= Clips.Count ? 0 : (int)((long)_lengths[clip] * 1000 / SampleRate);
        }

        /// <summary>
        /// Cues clip <paramref name="clip"/> at <paramref name="gainQ8"/>/256 to sound at
        /// <paramref name="atUs"/>; one asked for now (at or before <paramref name="nowUs"/>) sounds as soon
        /// as its lead allows. Any cue that has not begun to sound is replaced; one that sounds plays on
        /// until this one's time.
        /// </summary>
        /// <returns><see cref="ClipStatus.Ok"/>; <see cref="ClipStatus.Missing"/> for a clip <see cref="Scan"/> did not
        /// find playable; <see cref="ClipStatus.TooLate"/> when it could not sound at its time.</returns>
        public ClipStatus Cue(int clip, int gainQ8, long atUs, long nowUs)
        {
            DropUnstarted();
            if (clip < 0 || clip >= Clips.Count || _lengths[clip] <= 0)
            {
                return ClipStatus.Missing;
            }

            if (_queued == 2)
            {
                // Both begun? Impossible: only [0] can have begun; [1] was dropped above.
                return ClipStatus.BadArgument;
            }

            // The decoder is free once the cues before this one are decoded; the lead counts from then.
            int k = _queued;
            long backlog = 0;
            for (int i = 0; i < k; i++)
            {
                backlog += (long)((_count[i] - _decoded[i] + BlockSamples - 1) / BlockSamples) * DecodeIntervalUs;
            }

            long earliest = nowUs + backlog + LeadUs(_lengths[clip]);
            if (atUs > nowUs && earliest > atUs)
            {
                // A cue for a turn of the breath sounds at that turn or not at all: late, it would mark
                // the wrong moment or run into the next half.
                return ClipStatus.TooLate;
            }

            _clip[k] = clip;
            _gain[k] = gainQ8;
            _startUs[k] = atUs > earliest ? atUs : earliest;
            _count[k] = _lengths[clip];
            _decoded[k] = 0;
            _played[k] = 0;
            _queued++;
            if (_decoding < 0 && _nextDecodeUs < nowUs)
            {
                _nextDecodeUs = nowUs;
            }

            return ClipStatus.Ok;
        }

        /// <summary>
        /// Ends all sound: a clip that has begun to sound fades over <see cref="FadeSamples"/>, the rest is
        /// dropped; then silence.
        /// </summary>
        public void Stop(long nowUs)
        {
            DropUnstarted();
            if (_queued > 0)
            {
                CutFront();
            }

            CloseDecoding();
        }

        /// <summary>
        /// Decodes the next block into the ring if one is due at <paramref name="nowUs"/> under the capped
        /// rate and there is room. Call it often; it does nothing when nothing is due.
        /// </summary>
        /// <returns>True when a block was decoded.</returns>
        public bool DecodeStep(long nowUs)
        {
            if (nowUs < _nextDecodeUs || RingSamples - _ringCount < BlockSamples)
            {
                return false;
            }

            if (_decoding < 0 && !OpenNext())
            {
                return false;
            }

            // No bursts: a decoder that fell behind catches up at most one block early.
            long from = _nextDecodeUs > nowUs - DecodeIntervalUs ? _nextDecodeUs : nowUs - DecodeIntervalUs;
            _nextDecodeUs = from + DecodeIntervalUs;

            int k = _decoding;
            if (ReadFully(_block, BlockSamples) != BlockSamples)
            {
                // The file ends early: what was decoded plays, then the clip ends.
                _count[k] = _decoded[k];
                CloseDecoding();
                return false;
            }

            MuLaw.ExpandInto(_block, 0, BlockSamples, _low, _high, _pcm, 0);
            int left = _count[k] - _decoded[k];
            int valid = left < BlockSamples ? left : BlockSamples;
            int write = (_ringRead + _ringCount) % RingSamples;
            int run = RingSamples - write;
            if (run >= valid)
            {
                Array.Copy(_pcm, 0, _ring, 2 * write, 2 * valid);
            }
            else
            {
                Array.Copy(_pcm, 0, _ring, 2 * write, 2 * run);
                Array.Copy(_pcm, 2 * run, _ring, 0, 2 * (valid - run));
            }

            _ringCount += valid;
            _decoded[k] += valid;
            BlocksDecoded++;
            if (_decoded[k] >= _count[k])
            {
                CloseDecoding();
            }

            return true;
        }

        /// <summary>
        /// Writes the <paramref name="samples"/> 16-bit little-endian samples that sound from
        /// <paramref name="atUs"/> on into <paramref name="output"/>: fades, silence and clips.
        /// Calls must follow each other in time (each <paramref name="atUs"/> where the last one ended).
        /// </summary>
        /// <returns>The samples written (always <paramref name="samples"/>, silence included).</returns>
        public int Read(byte[] output, int offset, int samples, long atUs)
        {
            int done = 0;
            while (done < samples)
            {
                int left = samples - done;
                int o = offset + (2 * done);
                if (_fadeCount > 0)
                {
                    int f = _fadeCount < left ? _fadeCount : left;
                    Array.Copy(_fade, 2 * _fadeRead, output, o, 2 * f);
                    _fadeRead += f;
                    _fadeCount -= f;
                    done += f;
                    continue;
                }

                if (_queued == 0)
                {
                    Array.Clear(output, o, 2 * left);
                    _tailLeft = _tailLeft > left ? _tailLeft - left : 0;
                    return samples;
                }

                long hereUs = atUs + ((long)done * 1000000 / SampleRate);
                if (_queued == 2 && hereUs >= _startUs[1])
                {
                    // The next cue's time: what still sounds gives way, faded.
                    CutFront();
                    continue;
                }

                if (hereUs < _startUs[0])
                {
                    int wait = SamplesUntil(_startUs[0], hereUs, left);
                    Array.Clear(output, o, 2 * wait);
                    done += wait;
                    continue;
                }

                int ready = _decoded[0] - _played[0];
                if (ready == 0)
                {
                    if (_played[0] >= _count[0])
                    {
                        EndFront(false);
                        continue;
                    }

                    // Ran dry: a gap of silence; the clip goes on when the decoder catches up.
                    Underruns++;
                    Array.Clear(output, o, 2 * left);
                    return samples;
                }

                int take = ready < left ? ready : left;
                if (_queued == 2)
                {
                    int until = SamplesUntil(_startUs[1], hereUs, left);
                    take = take < until ? take : until;
                }

                int run = RingSamples - _ringRead;
                take = take < run ? take : run;
                Array.Copy(_ring, 2 * _ringRead, output, o, 2 * take);
                _ringRead = (_ringRead + take) % RingSamples;
                _ringCount -= take;
                _played[0] += take;
                done += take;
            }

            return samples;
        }

        // Samples from hereUs to the first sample at or after untilUs (at least 1: hereUs is before it).
        private static int SamplesUntil(long untilUs, long hereUs, int most)
        {
            long n = (((untilUs - hereUs) * SampleRate) + 999999) / 1000000;
            return n < 1 ? 1 : (n > most ? most : (int)n);
        }

        // Drops queued cues that have not begun to sound, newest first, with any samples they hold.
        private void DropUnstarted()
        {
            while (_queued > 0 && _played[_queued - 1] == 0)
            {
                int k = _queued - 1;
                if (_decoding == k)
                {
                    CloseDecoding();
                }

                _ringCount -= _decoded[k];
                _queued--;
            }
        }

        // Fades what the front cue has ready, drops the rest of it and ends it.
        private void CutFront()
        {
            int ready = _decoded[0] - _played[0];
            int n = ready < FadeSamples ? ready : FadeSamples;
            int last = n - 1;
            for (int i = 0; i < n; i++)
            {
                int at = 2 * ((_ringRead + i) % RingSamples);
                int v = (short)(_ring[at] | (_ring[at + 1] << 8));
                v = last > 0 ? (v * (last - i)) / last : 0;
                _fade[2 * i] = (byte)v;
                _fade[(2 * i) + 1] = (byte)(v >> 8);
            }

            _fadeRead = 0;
            _fadeCount = n;
            _ringRead = (_ringRead + ready) % RingSamples;
            _ringCount -= ready;
            if (_decoding == 0)
            {
                CloseDecoding();
            }

            EndFront(true);
        }

        // The front cue is over: the next moves up.
        private void EndFront(bool cut)
        {
            if (_decoding == 0)
            {
                CloseDecoding();
            }

            if (_queued == 2)
            {
                _clip[0] = _clip[1];
                _gain[0] = _gain[1];
                _startUs[0] = _startUs[1];
                _count[0] = _count[1];
                _decoded[0] = _decoded[1];
                _played[0] = _played[1];
                if (_decoding == 1)
                {
                    _decoding = 0;
                }
            }

            _queued--;
            _tailLeft = TailSamples;
            Ended++;
            LastEndWasCut = cut;
        }

        // Opens the first queued cue with blocks left to decode; false when there is none or it cannot be read.
        private bool OpenNext()
        {
            for (int k = 0; k < _queued; k++)
            {
                if (_decoded[k] >= _count[k])
                {
                    continue;
                }

                // A clip that changed or broke since the scan ends here, having played what it had.
                if (_decoded[k] > 0 || Open(_clip[k]) != ClipStatus.Ok || _header.SampleCount != _count[k])
                {
                    _source.Close();
                    _count[k] = _decoded[k];
                    continue;
                }

                MuLaw.BuildTable(_gain[k], _low, _high);
                _decoding = k;
                return true;
            }

            return false;
        }

        private void CloseDecoding()
        {
            if (_decoding >= 0)
            {
                _source.Close();
                _decoding = -1;
            }
        }

        private ClipStatus Open(int clip)
        {
            int length = _source.Open(clip);
            if (length < 0)
            {
                return (ClipStatus)length;
            }

            if (ReadFully(_block, ClipCodec.HeaderSize) != ClipCodec.HeaderSize)
            {
                return ClipStatus.TooShort;
            }

            ClipStatus status = ClipCodec.ParseHeader(_block, 0, ClipCodec.HeaderSize, _header);
            if (status == ClipStatus.Ok)
            {
                status = ClipCodec.CheckFileLength(_header, length);
            }

            if (status != ClipStatus.Ok)
            {
                return status;
            }

            if (_header.Codec != ClipCodec.CodecMuLaw)
            {
                return ClipStatus.NotPlayable;
            }

            if (_header.SampleRate != SampleRate)
            {
                return ClipStatus.WrongRate;
            }

            return _header.BlockSize != BlockSamples ? ClipStatus.BlockTooBig : ClipStatus.Ok;
        }

        private int ReadFully(byte[] buffer, int count)
        {
            int got = 0;
            while (got < count)
            {
                int n = _source.Read(buffer, got, count - got);
                if (n <= 0)
                {
                    break;
                }

                got += n;
            }

            return got;
        }
    }
}
