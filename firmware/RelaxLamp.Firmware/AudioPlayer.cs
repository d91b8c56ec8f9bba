using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// Plays the core's sound cues: streams clip files from the internal flash to the speaker on a
    /// thread of its own, one clip at a time. The frame loop only posts commands (<see cref="Play"/>,
    /// <see cref="FadeOut"/>), which never wait and never allocate, so a light frame never waits for sound.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Per clip the thread opens <c>I:\audio\NN.rla</c>, checks its header, then reads one block at a
    /// time into one buffer and decodes it (volume included) into one I2S buffer, keeping the
    /// amplifier's queue short (<see cref="SpeakerOutput"/>). A new command while a clip plays: the
    /// block already decoded is faded to zero over its length (31.6 ms at 505 samples), then the new
    /// clip starts, or, after a fade-out or the clip's end, a block of zeros follows, so the amplifier's
    /// input does not stop on a non-zero level. A missing or damaged clip is logged once and skipped;
    /// nothing thrown on the thread ends it.
    /// </para>
    /// <para>
    /// Commands travel in one int through <see cref="Interlocked.Exchange(ref int, int)"/>: the newest
    /// wins (a fade-out posted after a play in the same frame cancels it). nano mscorlib 1.17.11 has no
    /// <c>IsVolatile</c> modifier type, so <c>volatile</c> fields do not compile there.
    /// </para>
    /// </remarks>
    internal sealed class AudioPlayer
    {
        private const int NoCommand = 0;
        private const int FadeCommand = 1;

        // A play command is PlayBase + clip × GainSpan + gain (Q8, 0 to MaxGainQ8).
        private const int PlayBase = 2;
        private const int GainSpan = 2048;
        private const int MaxGainQ8 = 1024;

        // The largest block the player takes: the default PCM block (1010 bytes, 505 samples), which
        // also holds the default ADPCM block (256 bytes, 505 samples). Bigger blocks are refused.
        private const int BlockBytes = ClipCodec.DefaultPcmBlockSize;

        // Statuses of our own, next to ClipCodec's negative ones.
        private const int WrongRate = -100;
        private const int BlockTooBig = -101;

        private readonly SpeakerOutput _speaker;
        private readonly string[] _paths = new string[Clips.Count];
        private readonly bool[] _reported = new bool[Clips.Count];
        private readonly ClipHeader _header = new ClipHeader();
        private readonly byte[] _block = new byte[BlockBytes];
        private readonly byte[] _pcm = new byte[BlockBytes];
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly ManualResetEvent _idle = new ManualResetEvent(true);
        private readonly Thread _thread;

        // Shared with the audio thread: only through Interlocked.
        private int _command;

        // Set once by Release: the audio thread ends at its next look.
        private int _stopping;

        // Frame thread only: something may be sounding (a play was posted since the last fade-out).
        private bool _mayBeSounding;

        // Audio thread only: sound was written since the last silence.
        private bool _dirty;

        /// <summary>Starts the speaker's I2S bus and the audio thread (idle until the first <see cref="Play"/>).</summary>
        public AudioPlayer()
        {
            _speaker = new SpeakerOutput();
            for (int i = 0; i < Clips.Count; i++)
            {
                _paths[i] = ClipFiles.PathOf(i);
            }

            _thread = new Thread(Run);
            _thread.Start();
            Debug.WriteLine("audio: MAX98357A on I2S1 (BCLK " + LampConfig.I2sBitClockPin.ToString()
                + ", LRC " + LampConfig.I2sWordSelectPin.ToString() + ", DIN " + LampConfig.I2sDataOutPin.ToString()
                + "), " + SpeakerOutput.SampleRate.ToString() + " Hz, clips from " + ClipFiles.Folder);
        }

        /// <summary>
        /// Starts clip <paramref name="clip"/> at <paramref name="gainQ8"/> (256 = as recorded), fading
        /// out whatever plays. Returns at once; a clip number outside the set is ignored.
        /// </summary>
        public void Play(int clip, int gainQ8)
        {
            if (clip < 0 || clip >= Clips.Count)
            {
                return;
            }

            int gain = gainQ8;
            gain = gain < 0 ? 0 : gain > MaxGainQ8 ? MaxGainQ8 : gain;
            Interlocked.Exchange(ref _command, PlayBase + (clip * GainSpan) + gain);
            _mayBeSounding = true;
            _wake.Set();
        }

        /// <summary>Fades out whatever plays, then silence. Returns at once; cheap to call every frame.</summary>
        public void FadeOut()
        {
            if (!_mayBeSounding)
            {
                return;
            }

            _mayBeSounding = false;
            Interlocked.Exchange(ref _command, FadeCommand);
            _wake.Set();
        }

        /// <summary>
        /// Waits up to <paramref name="timeoutMs"/> until the thread is idle and the amplifier has played
        /// everything written (after <see cref="FadeOut"/>: the fade and its silence).
        /// </summary>
        /// <returns>True when silent.</returns>
        public bool WaitSilent(int timeoutMs)
        {
            return _idle.WaitOne(timeoutMs, false);
        }

        /// <summary>
        /// Before the amplifier's rail goes off: fades out, waits up to <paramref name="timeoutMs"/> for
        /// the silence to play out, ends the audio thread and stops the I2S bus (its clocks stop).
        /// </summary>
        public void Release(int timeoutMs)
        {
            FadeOut();
            WaitSilent(timeoutMs);
            Interlocked.Exchange(ref _stopping, 1);
            _wake.Set();
            if (!_thread.Join(timeoutMs))
            {
                Debug.WriteLine("audio: thread did not end; stopping the bus anyway");
            }

            _speaker.Dispose();
        }

        private bool Stopping => Interlocked.CompareExchange(ref _stopping, 0, 0) != 0;

        private void Run()
        {
            while (true)
            {
                _wake.WaitOne();
                if (Stopping)
                {
                    _idle.Set();
                    return;
                }

                // Busy before the command is taken, so WaitSilent after a FadeOut never sees a stale "idle".
                _idle.Reset();
                try
                {
                    Serve();
                }
                catch (Exception ex)
                {
                    Debug.WriteLine("audio: " + ex.Message);
                    EndWithSilence();
                }

                _idle.Set();
            }
        }

        /// <summary>Runs commands until none is left, ends the sound with silence and waits for it to play out.</summary>
        private void Serve()
        {
            while (true)
            {
                int command = TakeCommand();
                while (command != NoCommand)
                {
                    command = command >= PlayBase
                        ? PlayClip((command - PlayBase) / GainSpan, (command - PlayBase) % GainSpan)
                        : TakeCommand(); // a fade-out: PlayClip has already faded what played
                }

                if (_dirty)
                {
                    WriteSilence();
                }

                // Idle only once the amplifier has played it all; a command meanwhile is served at once.
                if (!_speaker.WaitDrained(_wake) || Stopping)
                {
                    return;
                }
            }
        }

        /// <summary>Plays one clip to its end or until a command arrives.</summary>
        /// <returns>The command that ended it, or <see cref="NoCommand"/>.</returns>
        private int PlayClip(int clip, int gainQ8)
        {
#if DEBUG
            Debug.WriteLine("audio: play " + clip.ToString());
#endif
            string path = _paths[clip];
            if (!File.Exists(path))
            {
                Report(clip, "missing");
                return TakeCommand();
            }

            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            }
            catch (Exception ex)
            {
                Report(clip, ex.Message);
                return TakeCommand();
            }

            using (stream)
            {
                int status = OpenClip(stream);
                if (status != ClipCodec.Ok)
                {
                    Report(clip, StatusText(status));
                    return TakeCommand();
                }

                ClipHeader h = _header;
                for (int b = 0; b < h.BlockCount; b++)
                {
                    if (ReadFully(stream, _block, h.BlockSize) != h.BlockSize)
                    {
                        Report(clip, "shorter than its header says");
                        break;
                    }

                    int samples = ClipCodec.DecodeBlockToPcm16Le(h, b, _block, 0, h.BlockSize, gainQ8, _pcm, 0);
                    if (samples < 0)
                    {
                        Report(clip, "bad block");
                        break;
                    }

                    // Decode first, then wait: a command that arrives meanwhile fades this very block.
                    _speaker.WaitForRoom(_wake);
                    int command = TakeCommand();
                    if (command != NoCommand)
                    {
                        RampDown(samples);
                        _speaker.Write(_pcm, samples);
                        _dirty = true;
                        return command;
                    }

                    _speaker.Write(_pcm, samples);
                    _dirty = true;
                }
            }

            return TakeCommand();
        }

        /// <summary>Reads and checks the header (into the block buffer: no other buffer is needed).</summary>
        private int OpenClip(FileStream stream)
        {
            if (ReadFully(stream, _block, ClipCodec.HeaderSize) != ClipCodec.HeaderSize)
            {
                return ClipCodec.ErrorTooShort;
            }

            int status = ClipCodec.ParseHeader(_block, 0, ClipCodec.HeaderSize, _header);
            if (status == ClipCodec.Ok)
            {
                status = ClipCodec.CheckFileLength(_header, stream.Length);
            }

            if (status != ClipCodec.Ok)
            {
                return status;
            }

            // The bus runs at one rate for the program's life; another rate would play at the wrong pitch.
            if (_header.SampleRate != SpeakerOutput.SampleRate)
            {
                return WrongRate;
            }

            return _header.BlockSize > _block.Length || 2 * _header.SamplesPerBlock > _pcm.Length ? BlockTooBig : ClipCodec.Ok;
        }

        /// <summary>A straight-line fade over the decoded block, from its level to zero at its last sample.</summary>
        private void RampDown(int samples)
        {
            if (samples < 2)
            {
                Array.Clear(_pcm, 0, 2 * samples);
                return;
            }

            // Q15 gain: step × (samples − 1) ≤ 32767, so the last sample is exactly zero.
            int step = 32767 / (samples - 1);
            byte[] pcm = _pcm;
            for (int i = 0; i < samples; i++)
            {
                int at = 2 * i;
                int v = (short)(pcm[at] | (pcm[at + 1] << 8));
                v = (v * (step * (samples - 1 - i))) >> 15;
                pcm[at] = (byte)v;
                pcm[at + 1] = (byte)(v >> 8);
            }
        }

        private void WriteSilence()
        {
            int samples = _speaker.SilenceSamples(_pcm.Length / 2);
            Array.Clear(_pcm, 0, 2 * samples);
            _speaker.WaitForRoom();
            _speaker.Write(_pcm, samples);
            _dirty = false;
        }

        private void EndWithSilence()
        {
            try
            {
                WriteSilence();
            }
            catch (Exception)
            {
                // The bus itself failed: nothing more to try; the next command tries again.
            }
        }

        private int TakeCommand()
        {
            return Interlocked.Exchange(ref _command, NoCommand);
        }

        /// <summary>Logs a bad clip once, not every time it is cued.</summary>
        private void Report(int clip, string problem)
        {
            if (_reported[clip])
            {
                return;
            }

            _reported[clip] = true;
            Debug.WriteLine("audio: " + _paths[clip] + ": " + problem + ", skipped");
        }

        private static string StatusText(int status)
        {
            if (status == WrongRate)
            {
                return "not " + SpeakerOutput.SampleRate.ToString() + " Hz";
            }

            if (status == BlockTooBig)
            {
                return "blocks over " + BlockBytes.ToString() + " bytes";
            }

            return status == ClipCodec.ErrorTruncated ? "truncated" : "not a clip (status " + status.ToString() + ")";
        }

        private static int ReadFully(FileStream stream, byte[] buffer, int count)
        {
            int got = 0;
            while (got < count)
            {
                int n = stream.Read(buffer, got, count - got);
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
