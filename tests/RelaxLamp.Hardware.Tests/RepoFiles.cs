using RelaxLamp.Build;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>Finds files of the repository, wherever the test binaries run from (the build says where it is: <see cref="BuildInfo"/>).</summary>
    internal static class RepoFiles
    {
        /// <summary>The repository's root folder.</summary>
        public static string RepoRoot => BuildInfo.RepoRoot;

        /// <summary>The full path of a file given relative to the repository root with '/' separators.</summary>
        public static string PathOf(string relativePath) => BuildInfo.PathOf(relativePath);
    }
}
