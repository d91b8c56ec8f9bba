using System;
using System.IO;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>Where the default clips live: <c>assets/audio</c> of the repo the simulator runs in.</summary>
    public static class ClipFolder
    {
        /// <summary>The clips' folder relative to the repo root.</summary>
        public static readonly string Relative = Path.Combine("assets", "audio");

        private const string RootMarker = "RelaxLamp.sln";

        /// <summary>
        /// <c>assets/audio</c> under the first folder holding <c>RelaxLamp.sln</c>, walking up from the
        /// working folder, then from the program's own; null when neither is inside the repo.
        /// </summary>
        public static string? FindDefault()
        {
            return Under(Directory.GetCurrentDirectory()) ?? Under(AppContext.BaseDirectory);
        }

        /// <summary>The folder to read clips from: <paramref name="given"/> (--audio-dir) if set, else <see cref="FindDefault"/>.</summary>
        /// <exception cref="IOException">Neither: not inside the repo and no folder given.</exception>
        public static string Resolve(string? given) =>
            given ?? FindDefault() ?? throw new IOException("no clip folder: run inside the RelaxLamp repo or give --audio-dir DIR");

        /// <summary>The clips' folder of the repo holding <paramref name="start"/>, or null.</summary>
        public static string? Under(string start)
        {
            ArgumentNullException.ThrowIfNull(start);
            for (DirectoryInfo? d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, RootMarker)))
                {
                    return Path.Combine(d.FullName, Relative);
                }
            }

            return null;
        }
    }
}
