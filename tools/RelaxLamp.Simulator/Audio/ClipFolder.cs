using System;
using System.IO;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>Where the default clips live: <c>assets/audio</c> of the repo the simulator runs in.</summary>
    public static class ClipFolder
    {
        /// <summary>The clips' folder relative to the repo root.</summary>
        public static readonly string Relative = Path.Combine("assets", "audio");

        /// <summary>
        /// <c>assets/audio</c> of the repository this simulator was built in (the build's <c>RepoRoot</c>),
        /// or null when that folder is gone.
        /// </summary>
        public static string? FindDefault()
        {
            string folder = RelaxLamp.Build.BuildInfo.PathOf("assets/audio");
            return Directory.Exists(folder) ? folder : null;
        }

        /// <summary>The folder to read clips from: <paramref name="given"/> (--audio-dir) if set, else <see cref="FindDefault"/>.</summary>
        /// <exception cref="IOException">Neither: not inside the repo and no folder given.</exception>
        public static string Resolve(string? given) =>
            given ?? FindDefault() ?? throw new IOException("no clip folder: run inside the RelaxLamp repo or give --audio-dir DIR");
    }
}
