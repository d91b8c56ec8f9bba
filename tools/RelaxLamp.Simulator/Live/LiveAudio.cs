using System;
using System.Globalization;
using RelaxLamp.Simulator.Audio;
using RelaxLamp.Simulator.Engine;

namespace RelaxLamp.Simulator.Live
{
    /// <summary>
    /// Sound in the live view: the session's sound goes to the WAV file, and at 1x also to a player
    /// when the machine has one. Faster than 1x the player is muted (the file still gets everything).
    /// </summary>
    public sealed class LiveAudio : IDisposable
    {
        private readonly WavWriter _wav;
        private readonly SoundPlayer? _player;
        private readonly string? _playerProblem;
        private int _speed = 1;

        private LiveAudio(Simulation sim, ClipBank clips, WavWriter wav, SoundPlayer? player, string? playerProblem)
        {
            _wav = wav;
            _player = player;
            _playerProblem = playerProblem;
            Observer = player != null ? new AudioObserver(new CueMixer(clips), wav, player) : new AudioObserver(new CueMixer(clips), wav);
            sim.AddObserver(Observer);
        }

        /// <summary>The speaker, stepped with the simulation.</summary>
        public AudioObserver Observer { get; }

        /// <summary>The player, or null when none was found or it did not start.</summary>
        public SoundPlayer? Player => _player;

        /// <summary>What the status panel says about sound.</summary>
        public string Status
        {
            get
            {
                string file = System.IO.Path.GetFileName(_wav.FinalPath);
                if (_player == null)
                {
                    return (_playerProblem ?? "no player found") + $"; writing {file}";
                }

                if (_player.Problem is string problem)
                {
                    return $"{problem}; writing {file}";
                }

                if (_speed != 1)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"muted at {_speed}x ({_player.Command.Name})");
                }

                CueRecord? playing = Observer.Mixer.Playing;
                return (playing != null ? "playing " + playing.Name : "quiet") + $" ({_player.Command.Name})";
            }
        }

        /// <summary>
        /// Wires sound into <paramref name="sim"/>: the file bound for <paramref name="wavPath"/>, and
        /// <paramref name="player"/> if not null (a player that will not start is reported in <see cref="Status"/>),
        /// queueing up to <paramref name="queueChunks"/> frames of sound for it.
        /// </summary>
        public static LiveAudio Open(Simulation sim, ClipBank clips, string wavPath, PlayerCommand? player, int queueChunks = SoundPlayer.QueueChunks)
        {
            ArgumentNullException.ThrowIfNull(sim);
            ArgumentNullException.ThrowIfNull(clips);
            var wav = new WavWriter(wavPath);
            string? problem = null;
            SoundPlayer? started = player != null ? SoundPlayer.Start(player, out problem, queueChunks) : null;
            return new LiveAudio(sim, clips, wav, started, problem);
        }

        /// <summary>Tells the player how fast virtual time runs: it plays only at 1x.</summary>
        public void SetSpeed(int speed)
        {
            _speed = speed;
            if (_player != null)
            {
                _player.Muted = speed != 1;
            }
        }

        /// <summary>Stops the player and moves the WAV file into place; returns its path.</summary>
        public string Commit()
        {
            _player?.Dispose();
            _wav.Commit();
            return _wav.FinalPath;
        }

        /// <summary>Stops the player; the file is dropped unless committed.</summary>
        public void Dispose()
        {
            _player?.Dispose();
            _wav.Dispose();
        }
    }
}
