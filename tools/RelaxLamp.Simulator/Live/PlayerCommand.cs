using System;
using System.Collections.Generic;
using System.IO;

namespace RelaxLamp.Simulator.Live
{
    /// <summary>A sound player that takes raw 16 kHz 16-bit mono samples on its standard input.</summary>
    /// <param name="Name">Its name, e.g. <c>aplay</c>.</param>
    /// <param name="Path">Where it was found.</param>
    /// <param name="Arguments">What tells it the format and to read standard input.</param>
    public sealed record PlayerCommand(string Name, string Path, IReadOnlyList<string> Arguments)
    {
        // Linux players in order of preference: PulseAudio/PipeWire first (they share the desktop's
        // output), then plain ALSA, then ffplay. Each buffers about 200 ms, so the sound trails the light
        // by about that much.
        private static readonly (string Name, string[] Arguments)[] Known =
        {
            ("pacat", new[] { "--playback", "--format=s16le", "--rate=16000", "--channels=1", "--latency-msec=200" }),
            ("aplay", new[] { "-q", "-t", "raw", "-f", "S16_LE", "-r", "16000", "-c", "1", "-B", "200000", "-" }),
            ("ffplay", new[] { "-nodisp", "-autoexit", "-loglevel", "error", "-f", "s16le", "-ar", "16000", "-ch_layout", "mono", "-i", "-" }),
        };

        /// <summary>The names looked for, in order.</summary>
        public static IEnumerable<string> Names
        {
            get
            {
                foreach ((string name, _) in Known)
                {
                    yield return name;
                }
            }
        }

        /// <summary>The first known player on <paramref name="pathVariable"/> (a PATH value), or null; always null off Linux and macOS.</summary>
        public static PlayerCommand? Find(string? pathVariable)
        {
            if (string.IsNullOrEmpty(pathVariable) || OperatingSystem.IsWindows())
            {
                return null;
            }

            string[] dirs = pathVariable.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
            foreach ((string name, string[] args) in Known)
            {
                foreach (string dir in dirs)
                {
                    string candidate = System.IO.Path.Combine(dir, name);
                    if (IsExecutable(candidate))
                    {
                        return new PlayerCommand(name, candidate, args);
                    }
                }
            }

            return null;
        }

        private static bool IsExecutable(string path)
        {
            if (OperatingSystem.IsWindows() || !File.Exists(path))
            {
                return false;
            }

            const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            return (File.GetUnixFileMode(path) & anyExecute) != 0;
        }
    }
}
