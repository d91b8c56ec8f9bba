using System;
using System.Diagnostics;
using System.Threading;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// Plays the core's sound cues on a thread of its own through the core's <see cref="ClipPlayer"/>,
    /// the same playback logic the simulator mixes with. The frame loop only posts commands
    /// (<see cref="Play"/>, <see cref="FadeOut"/>), which never wait and never allocate, so a light frame
    /// never waits for sound.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The thread decodes ahead at the player's capped rate (<see cref="ClipPlayer.DecodeBlocksPerSecond"/>)
    /// and hands the speaker one block of ready samples whenever its queue is short
    /// (<see cref="SpeakerOutput"/>): the I2S write never blocks, because the queue is kept short
    /// enough for the DMA buffers to take a block at once. At start it reads every clip's header and
    /// tells <see cref="Guidance"/> their lengths, so a line is only cued into an out-breath that holds it.
    /// A missing or damaged clip is logged once and skipped; nothing thrown on the thread ends it.
    /// </para>
    /// <para>
    /// Commands travel under one lock held for a few field writes: the newest wins (a fade-out posted
    /// after a play in the same frame cancels it).
    /// </para>
    /// </remarks>
    internal sealed class AudioPlayer
    {
        private const int NoCommand = 0;
        private const int PlayCommand = 1;
        private const int FadeCommand = 2;

        private readonly SpeakerOutput _speaker;
        private readonly ClipPlayer _player;
        private readonly Guidance _cues;
        private readonly bool[] _reported = new bool[Clips.Count];
        private readonly byte[] _pcm = new byte[2 * ClipPlayer.BlockSamples];
        private readonly object _lock = new object();
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly ManualResetEvent _idle = new ManualResetEvent(true);
        private readonly Thread _thread;

        // Shared with the audio thread: only under _lock.
        private int _command;
        private int _clip;
        private int _gain;
        private long _atUs;
        private bool _stopping;

        // Frame thread only: something may be sounding (a play was posted since the last fade-out).
        private bool _mayBeSounding;

        /// <summary>Starts the speaker's I2S bus and the audio thread, which first reads the clips' lengths into <paramref name="cues"/>.</summary>
        public AudioPlayer(Guidance cues)
        {
            _cues = cues;
            _speaker = new SpeakerOutput();
            _player = new ClipPlayer(new FlashClipSource());
            _thread = new Thread(Run);
            _thread.Start();
            Debug.WriteLine("audio: MAX98357A on I2S1 (BCLK " + LampConfig.I2sBitClockPin.ToString()
                + ", LRC " + LampConfig.I2sWordSelectPin.ToString() + ", DIN " + LampConfig.I2sDataOutPin.ToString()
                + "), " + ClipPlayer.SampleRate.ToString() + " Hz, clips from " + ClipFiles.Folder);
        }

        /// <summary>
        /// Cues clip <paramref name="clip"/> at <paramref name="gainQ8"/> (256 = as recorded) to sound at
        /// <paramref name="atMs"/> of the device clock, fading out whatever plays. Returns at once.
        /// </summary>
        public void Play(int clip, int gainQ8, long atMs)
        {
            if (clip < 0 || clip >= Clips.Count)
            {
                return;
            }

            lock (_lock)
            {
                _command = PlayCommand;
                _clip = clip;
                _gain = gainQ8;
                _atUs = atMs * 1000;
            }

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
            lock (_lock)
            {
                _command = FadeCommand;
            }

            _wake.Set();
        }

        /// <summary>Waits up to <paramref name="timeoutMs"/> until the player is silent and the amplifier has played everything written.</summary>
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
            lock (_lock)
            {
                _stopping = true;
            }

            _wake.Set();
            if (!_thread.Join(timeoutMs))
            {
                Debug.WriteLine("audio: thread did not end; stopping the bus anyway");
            }

            _speaker.Dispose();
        }

        private void Run()
        {
            ReadLengths();
            while (true)
            {
                try
                {
                    if (!Serve())
                    {
                        _idle.Set();
                        return;
                    }
                }
                catch (Exception ex)
                {
                    Debug.WriteLine("audio: " + ex.Message);
                    _player.Stop(DeviceClock.NowMicros);
                }
            }
        }

        /// <summary>One turn of the thread: a command, a block decoded, a block written, or a wait.</summary>
        /// <returns>False when the player is being released.</returns>
        private bool Serve()
        {
            if (!TakeCommand())
            {
                return false;
            }

            long now = DeviceClock.NowMicros;
            ClipPlayer player = _player;
            if (player.DecodeStep(now))
            {
                return true;
            }

            if (!player.Sounding)
            {
                // Idle once the amplifier has played it all; a command meanwhile is served at once.
                if (_speaker.WaitDrained(_wake))
                {
                    return true;
                }

                _idle.Set();
                _wake.WaitOne();
                _idle.Reset();
                return true;
            }

            long ahead = _speaker.AheadMicros(now);
            if (ahead <= SpeakerOutput.LeadMicros)
            {
                player.Read(_pcm, 0, ClipPlayer.BlockSamples, now + ahead);
                _speaker.Write(_pcm, ClipPlayer.BlockSamples);
                return true;
            }

            // Sleep until a block may be decoded or the speaker wants more, whichever is first.
            long untilRoom = ahead - SpeakerOutput.LeadMicros;
            long untilDecode = player.Decoding && player.HasRoom ? player.NextDecodeUs - now : untilRoom;
            long waitUs = untilDecode < untilRoom ? untilDecode : untilRoom;
            _wake.WaitOne(waitUs <= 0 ? 0 : (int)(waitUs / 1000) + 1, false);
            return true;
        }

        /// <summary>Applies the newest command, if any.</summary>
        /// <returns>False when the player is being released.</returns>
        private bool TakeCommand()
        {
            int command;
            int clip;
            int gain;
            long atUs;
            lock (_lock)
            {
                if (_stopping)
                {
                    return false;
                }

                command = _command;
                clip = _clip;
                gain = _gain;
                atUs = _atUs;
                _command = NoCommand;
            }

            long now = DeviceClock.NowMicros;
            if (command == FadeCommand)
            {
                _player.Stop(now);
            }
            else if (command == PlayCommand)
            {
                _idle.Reset();
                ClipStatus status = _player.Cue(clip, gain, atUs, now);
                if (status != ClipStatus.Ok)
                {
                    Report(clip, status);
                }
            }

            return true;
        }

        /// <summary>Tells the script every clip's length (0 for a clip that cannot play, whose lines are then left out).</summary>
        private void ReadLengths()
        {
            int found = _player.Scan();
            _player.TellLengths(_cues);

            Debug.WriteLine("audio: " + found.ToString() + " of " + Clips.Count.ToString() + " clips playable");
        }

        /// <summary>Logs a bad clip once, not every time it is cued.</summary>
        private void Report(int clip, ClipStatus status)
        {
            if (clip < 0 || clip >= Clips.Count || _reported[clip])
            {
                return;
            }

            _reported[clip] = true;
            Debug.WriteLine("audio: " + ClipFiles.PathOf(clip) + ": " + ClipStatusText.Of((int)status) + ", skipped");
        }
    }
}
