using RelaxLamp.Build;

namespace RelaxLamp.Nano.Tests;

/// <summary>The old name of <see cref="BuildInfo.Get"/>, kept so that tests written against it on other branches still compile; new code calls <see cref="BuildInfo"/>.</summary>
internal static class Built
{
    /// <summary>The value the project file gave <paramref name="key"/>.</summary>
    public static string Get(string key) => BuildInfo.Get(key);
}
