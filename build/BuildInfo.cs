using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace RelaxLamp.Build
{
    /// <summary>
    /// What the build told this assembly, as <c>[AssemblyMetadata]</c>: the repository's root and the
    /// configuration (Directory.Build.targets), the nano builds' paths and where ../shared is
    /// (build/NanoBuildPaths.targets). The one way a host project finds the repository: linked into
    /// a project that sets <c>UsesBuildInfo</c>, so nothing walks up folders looking for a marker file.
    /// </summary>
    internal static class BuildInfo
    {
        /// <summary>The repository's root folder, as the build saw it.</summary>
        public static string RepoRoot => Get("RepoRoot");

        /// <summary>The configuration this assembly was built in (Debug or Release).</summary>
        public static string Configuration => Get("Configuration");

        /// <summary>The value the build gave <paramref name="key"/>.</summary>
        /// <exception cref="KeyNotFoundException">The build gave no such value.</exception>
        public static string Get(string key) =>
            typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
                ?? throw new KeyNotFoundException("the build gave this assembly no '" + key + "'");

        /// <summary>The full path of <paramref name="relativePath"/> (with '/' separators) under the repository's root.</summary>
        public static string PathOf(string relativePath) =>
            Path.GetFullPath(Path.Combine(RepoRoot, relativePath.Replace('/', Path.DirectorySeparatorChar)));
    }
}
