using System;
using System.Globalization;
using System.IO;
using RelaxLamp.Bench.Session;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Bench.Trace;

/// <summary>Writes frames in the simulator's trace format (<see cref="TraceFormat"/>): states as the core names them, phases in, out or none.</summary>
public static class TraceWriter
{
    /// <summary>Writes <paramref name="frames"/> as a trace.</summary>
    public static void Write(FrameSeries frames, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(TraceFormat.Header);
        writer.Write('\n');
        for (int i = 0; i < frames.Count; i++)
        {
            writer.Write(frames.TimeAt(i).ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(LampStateNames.Of(frames.StateAt(i)));
            writer.Write(',');
            writer.Write(TraceFormat.PhaseName(frames.PhaseAt(i)));
            writer.Write(',');
            writer.Write(frames.LevelAt(i).ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Convert.ToHexStringLower(frames.FrameAt(i)));
            writer.Write('\n');
        }
    }
}
