using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace RelaxLamp.Bench;

/// <summary>Where the bench finds the repository and the nano build of the core.</summary>
public static class RepoPaths
{
    /// <summary>The configuration this bench was built in (Debug or Release).</summary>
    public static string Configuration =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Release";

    /// <summary>The repository's root: the nearest folder above the bench holding RelaxLamp.sln.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RelaxLamp.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("RelaxLamp.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The nano build of the core this bench was built with (its path, from the build: build/NanoBuildPaths.targets).</summary>
    public static string NanoCore =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NanoCore").Value!;
}
