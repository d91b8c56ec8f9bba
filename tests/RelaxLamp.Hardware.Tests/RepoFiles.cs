using System;
using System.IO;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>Finds files of the repository, wherever the test binaries run from.</summary>
    internal static class RepoFiles
    {
        private static readonly Lazy<string> Root = new Lazy<string>(FindRoot);

        /// <summary>The folder that holds RelaxLamp.sln.</summary>
        public static string RepoRoot => Root.Value;

        /// <summary>The full path of a file given relative to the repository root with '/' separators.</summary>
        public static string PathOf(string relativePath)
        {
            string[] parts = relativePath.Split('/');
            string path = RepoRoot;
            foreach (string part in parts)
            {
                path = Path.Combine(path, part);
            }

            return path;
        }

        private static string FindRoot()
        {
            DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RelaxLamp.sln")))
                {
                    return dir.FullName;
                }

                dir = dir.Parent;
            }

            throw new InvalidOperationException(
                "RelaxLamp.sln not found in any folder above " + AppContext.BaseDirectory);
        }
    }
}
