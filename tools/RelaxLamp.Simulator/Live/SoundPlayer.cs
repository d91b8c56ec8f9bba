using System;
using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using RelaxLamp.Simulator.Audio;

namespace RelaxLamp.Simulator.Live
{
    /// <summary>
    /// Streams the sound into a player process's standard input from a background task, so a slow,
    /// stuck or dead player never holds up the frame loop: what does not fit in the queue is dropped.
    /// </summary>
    public sealed class SoundPlayer : ISampleSink, IDisposable
    {
        /// <summary>Chunks the queue holds by default: a chunk is one frame's samples, so about a second; the pipe holds about two more.</summary>
        public const int QueueChunks = 64;

        /// <summary>How long closing waits for the player to take what is queued, and then to exit, before it is killed.</summary>
        public const int GraceMs = 500;

        private readonly Process _process;
        private readonly Stream _input;
        private readonly Channel<byte[]> _queue;
        private readonly Task _pump;
        private long _dropped;
        private volatile bool _broken;
        private bool _disposed;

        private SoundPlayer(PlayerCommand command, Process process, int queueChunks)
        {
            Command = command;
            _process = process;

            // Wait mode, written only with TryWrite: a full queue refuses (and the drop is counted) rather than blocks.
            _queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(queueChunks) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true, SingleWriter = true });
            _input = process.StandardInput.BaseStream;
            _pump = Task.Run(PumpAsync);
        }

        /// <summary>The player.</summary>
        public PlayerCommand Command { get; }

        /// <summary>The player process's id.</summary>
        public int ProcessId => _process.Id;

        /// <summary>When true, samples are dropped instead of played (time runs faster than real time).</summary>
        public bool Muted { get; set; }

        /// <summary>Samples dropped because the player fell behind.</summary>
        public long DroppedSamples => Interlocked.Read(ref _dropped);

        /// <summary>Null while the player plays; else what went wrong, e.g. <c>aplay stopped (exit 1)</c>.</summary>
        public string? Problem
        {
            get
            {
                if (_disposed || (!_broken && !_process.HasExited))
                {
                    return null;
                }

                return _process.HasExited
                    ? string.Create(CultureInfo.InvariantCulture, $"{Command.Name} stopped (exit {_process.ExitCode})")
                    : $"{Command.Name} stopped taking sound";
            }
        }

        /// <summary>Starts <paramref name="command"/> with a queue of <paramref name="queueChunks"/> chunks; null (and <paramref name="problem"/> set) when it cannot be started.</summary>
        public static SoundPlayer? Start(PlayerCommand command, out string? problem, int queueChunks = QueueChunks)
        {
            ArgumentNullException.ThrowIfNull(command);
            ArgumentOutOfRangeException.ThrowIfLessThan(queueChunks, 1);
            var info = new ProcessStartInfo(command.Path)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true, // kept off the terminal, where the live view draws
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in command.Arguments)
            {
                info.ArgumentList.Add(a);
            }

            try
            {
                Process p = Process.Start(info) ?? throw new Win32Exception("no process");
                p.OutputDataReceived += (_, _) => { };
                p.ErrorDataReceived += (_, _) => { };
                p.BeginOutputReadLine();
                p.BeginErrorReadLine();
                problem = null;
                return new SoundPlayer(command, p, queueChunks);
            }
            catch (Win32Exception ex)
            {
                problem = $"{command.Name} did not start ({ex.Message})";
                return null;
            }
        }

        /// <inheritdoc/>
        public void Write(ReadOnlySpan<short> samples)
        {
            if (Muted || _broken || _disposed || samples.Length == 0)
            {
                return;
            }

            var bytes = new byte[2 * samples.Length];
            for (int i = 0; i < samples.Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), samples[i]);
            }

            if (!_queue.Writer.TryWrite(bytes))
            {
                Interlocked.Add(ref _dropped, samples.Length);
            }
        }

        /// <summary>Hands over what is queued, closes the player's input and ends it, killing it if it lingers; at most about 1.5 s.</summary>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _queue.Writer.TryComplete();
            bool drained = Wait(_pump);
            if (drained)
            {
                Close(); // end of input: the player plays its last buffer and exits
            }

            if (!drained || !_process.WaitForExit(GraceMs))
            {
                try
                {
                    _process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited meanwhile.
                }

                _process.WaitForExit(GraceMs);
                Wait(_pump);
                Close();
            }

            _process.Dispose();
        }

        private static bool Wait(Task task)
        {
            try
            {
                return task.Wait(GraceMs);
            }
            catch (AggregateException)
            {
                return true;
            }
        }

        private void Close()
        {
            try
            {
                _input.Dispose();
            }
            catch (IOException)
            {
                // The player is gone already.
            }
        }

        private async Task PumpAsync()
        {
            try
            {
                await foreach (byte[] chunk in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
                {
                    await _input.WriteAsync(chunk).ConfigureAwait(false);
                    await _input.FlushAsync().ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                _broken = true;
            }
        }
    }
}
