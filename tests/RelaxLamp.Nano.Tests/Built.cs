using System.Linq;
using System.Reflection;

namespace RelaxLamp.Nano.Tests;

/// <summary>What the build told this assembly: the nano builds' paths and where ../shared is.</summary>
internal static class Built
{
    /// <summary>The value the project file gave <paramref name="key"/>.</summary>
    public static string Get(string key) =>
        typeof(Built).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
