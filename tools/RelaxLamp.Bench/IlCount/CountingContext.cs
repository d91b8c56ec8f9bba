using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench.IlCount;

/// <summary>
/// A collectible load context holding the instrumented core and bench side by side: the bench copy's
/// session driver then runs the counted core, and both report to the bench copy's counter.
/// </summary>
public sealed class CountingContext : AssemblyLoadContext
{
    private readonly InstrumentedAssemblies _images;
    private Assembly? _core;
    private Assembly? _bench;
    private Assembly? _engine;

    /// <summary>Creates the context for <paramref name="images"/>; nothing loads until asked for.</summary>
    public CountingContext(InstrumentedAssemblies images)
        : base("RelaxLamp.Bench IL count", isCollectible: true)
    {
        _images = images;
    }

    /// <summary>The instrumented bench.</summary>
    public Assembly Bench => _bench ??= LoadFromStream(new MemoryStream(_images.Bench));

    /// <summary>The instrumented core.</summary>
    public Assembly Core => LoadFromAssemblyName(new AssemblyName("RelaxLamp.Core"));

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        switch (assemblyName.Name)
        {
            case "RelaxLamp.Core":
                return _core ??= LoadFromStream(new MemoryStream(_images.Core));
            case "RelaxLamp.Bench":
                return Bench;
            case "RelaxLamp.Engine":
                // The shared frame loop, loaded here too so that it steps the counted core, not the default one.
                return _engine ??= LoadFromAssemblyPath(typeof(RelaxLamp.Engine.FrameLoop).Assembly.Location);
            default:
                return null; // everything else is shared with the default context
        }
    }
}
