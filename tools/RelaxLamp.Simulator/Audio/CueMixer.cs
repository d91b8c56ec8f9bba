using System;
using System.Collections.Generic;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>
    /// The simulator's speaker: the core's <see cref="ClipPlayer"/> — the device's own playback logic,
    /// decode rate cap, lead, queue, fades and silence included — stepped on the simulated clock, with a
    /// record of every cue (when asked, when it sounded, how it ended).
    /// </summary>
    /// <remarks>
    /// Per block of output (32 ms) the player first decodes whatever block is due under its cap at that
    /// time, then hands out the block's samples, as the device's audio thread does.
    /// </remarks>
    public sealed class CueMixer
    {
        private readonly ClipBank _clips;
        private readonly ClipPlayer _player;
        private readonly byte[] _block = new byte[2 * ClipPlayer.BlockSamples];
        private readonly List<CueRecord> _queued = new List<CueRecord>();
        private int _ended;

        /// <summary>A mixer playing from <paramref name="clips"/> (their headers read once, as the device does at start).</summary>
        public CueMixer(ClipBank clips)
        {
            _clips = clips ?? throw new ArgumentNullException(nameof(clips));
            _player = new ClipPlayer(clips.Source());
            _player.Scan();
        }

        /// <summary>The clips.</summary>
        public ClipBank Clips => _clips;

        /// <summary>The core player (for its counters: blocks decoded, underruns).</summary>
        public ClipPlayer Player => _player;

        /// <summary>Samples rendered so far.</summary>
        public long Position { get; private set; }

        /// <summary>The cue sounding or next to sound, if any.</summary>
        public CueRecord? Playing => _queued.Count > 0 ? _queued[0] : null;

        /// <summary>True when nothing is left to hear.</summary>
        public bool IsSilent => !_player.Sounding;

        /// <summary>Clamps a gain to the player's range (0 to 256, Q8).</summary>
        public static int GainQ8(int gain) => Math.Clamp(gain, 0, 256);

        /// <summary>The lengths of the clips the player can play, told to the lamp's script as the device does at start.</summary>
        public void TellLengths(Guidance cues)
        {
            ArgumentNullException.ThrowIfNull(cues);
            _player.TellLengths(cues);
        }

        /// <summary>
        /// Cues <paramref name="cue"/>'s clip to sound at <paramref name="atMs"/>. Cues not yet sounding are
        /// replaced (marked <see cref="CueEnd.Replaced"/>); the one sounding gives way at the new one's time.
        /// </summary>
        public ClipStatus Start(CueRecord cue, long atMs)
        {
            ArgumentNullException.ThrowIfNull(cue);
            DropUnstarted();
            ClipStatus status = _player.Cue(cue.Clip, cue.GainQ8, atMs * 1000, NowUs);
            if (status == ClipStatus.Ok)
            {
                cue.StartSample = _player.StartUsOf(_player.Queued - 1) * AudioFormat.SampleRate / 1000000;
                _queued.Add(cue);
            }

            return status;
        }

        /// <summary>Fades out whatever sounds over the player's fade; what has not begun is dropped.</summary>
        public void FadeOut()
        {
            DropUnstarted();
            if (_queued.Count > 0)
            {
                _queued[0].End = CueEnd.FadedOut;
            }

            _player.Stop(NowUs);
            Settle();
        }

        /// <summary>Renders the next <paramref name="into"/>.Length samples.</summary>
        public void Render(Span<short> into)
        {
            int done = 0;
            while (done < into.Length)
            {
                int n = Math.Min(ClipPlayer.BlockSamples, into.Length - done);
                long now = NowUs;
                _player.DecodeStep(now);
                _player.Read(_block, 0, n, now);
                for (int i = 0; i < n; i++)
                {
                    into[done + i] = (short)(_block[2 * i] | (_block[(2 * i) + 1] << 8));
                }

                Position += n;
                done += n;
                Settle();
            }
        }

        private long NowUs => Position * 1000000 / AudioFormat.SampleRate;

        // Records the cues the player has ended since the last look (sample resolution: the block).
        private void Settle()
        {
            while (_ended < _player.Ended && _queued.Count > 0)
            {
                _ended++;
                CueRecord c = _queued[0];
                _queued.RemoveAt(0);
                c.StopSample = Position;
                c.EndSample = Position + (_player.LastEndWasCut ? ClipPlayer.FadeSamples : 0);
                if (c.End == CueEnd.Playing)
                {
                    c.End = _player.LastEndWasCut ? CueEnd.Cut : CueEnd.Finished;
                }
            }

            _ended = _player.Ended;
        }

        // Mirrors the player: every cue but a front that has begun to sound is dropped by a new cue or a stop.
        private void DropUnstarted()
        {
            int keep = _player.FrontBegun ? 1 : 0;
            for (int k = _queued.Count - 1; k >= keep; k--)
            {
                _queued[k].End = CueEnd.Replaced;
                _queued.RemoveAt(k);
            }
        }
    }
}
