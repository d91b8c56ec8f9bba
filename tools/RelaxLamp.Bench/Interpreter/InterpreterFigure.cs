using System.Collections.Generic;

namespace RelaxLamp.Bench.Interpreter;

/// <summary>One window of frames measured on nanoCLR itself and, beside it, by the Cecil counter.</summary>
public sealed class InterpreterFigure
{
    /// <summary>The window: welcome, choosing, breathing, press, ending.</summary>
    public string Window { get; set; } = "";

    /// <summary>LEDs on the ring.</summary>
    public int Leds { get; set; }

    /// <summary>Frames in the window.</summary>
    public int Frames { get; set; }

    /// <summary>The lamp's state at the window's start and end, as nanoCLR ran it (e.g. 3-3).</summary>
    public string States { get; set; } = "";

    /// <summary>IL instructions per frame that nanoCLR dispatched: everything, the frame loop and mscorlib's managed code included.</summary>
    public double InterpreterIl { get; set; }

    /// <summary>IL instructions per frame in the core alone, counted by the Cecil instrumenter on the host.</summary>
    public double CecilIl { get; set; }
}

/// <summary>Everything the interpreter told: the windows, and the heap probe's answer.</summary>
public sealed class InterpreterResults
{
    /// <summary>One row per window and ring size.</summary>
    public List<InterpreterFigure> Windows { get; } = new List<InterpreterFigure>();

    /// <summary>The heap probe's line for the 20-minute session, and for its allocating control.</summary>
    public string HeapSession { get; set; } = "";

    /// <summary>The control's line.</summary>
    public string HeapControl { get; set; } = "";

    /// <summary>Host microseconds per frame nanoCLR took over the heap probe's 20-minute session (host time, not ESP32 time).</summary>
    public double HostMicrosPerFrame { get; set; }

    /// <summary>The ring driver's IL per 24-LED frame on nanoCLR: encode and send (tests/RelaxLamp.Ring.Nano).</summary>
    public double RingIl { get; set; }

    /// <summary>The ring driver's heap probe line (3,000 frames in a squeezed heap), and its control's.</summary>
    public string RingHeap { get; set; } = "";

    /// <summary>The ring driver's control line.</summary>
    public string RingHeapControl { get; set; } = "";

    /// <summary>Why nothing was measured, or null.</summary>
    public string? Skipped { get; set; }
}
