using System;
using System.Collections.Generic;
using RelaxLamp.Simulator.Audio;

namespace RelaxLamp.Simulator.Tests;

/// <summary>Keeps every sample it is given.</summary>
internal sealed class MemorySink : ISampleSink
{
    private readonly List<short> _samples = new List<short>();

    public short[] Samples => _samples.ToArray();

    public void Write(ReadOnlySpan<short> samples)
    {
        foreach (short s in samples)
        {
            _samples.Add(s);
        }
    }
}
