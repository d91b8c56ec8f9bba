using RelaxLamp.Build;

namespace RelaxLamp.Bench;

/// <summary>What the build told the bench (<see cref="BuildInfo"/>): its configuration and the nano build of the core.</summary>
public static class RepoPaths
{
    /// <summary>The configuration this bench was built in (Debug or Release).</summary>
    public static string Configuration => BuildInfo.Configuration;

    /// <summary>The nano build of the core this bench was built with (its path, from the build: build/NanoBuildPaths.targets).</summary>
    public static string NanoCore => BuildInfo.Get("NanoCore");
}
