using System.Collections.Generic;

namespace RelaxLamp.Bench.IlCount;

/// <summary>Instrumented copies of the core and of the bench, and the names of the methods counted (index = method id).</summary>
/// <param name="Core">The core's instrumented image.</param>
/// <param name="Bench">The bench's image with its baselines instrumented.</param>
/// <param name="Methods">"Type::Method" per method id.</param>
public sealed record InstrumentedAssemblies(byte[] Core, byte[] Bench, IReadOnlyList<string> Methods);
