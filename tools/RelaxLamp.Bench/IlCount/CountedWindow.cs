using RelaxLamp.Scenarios;

namespace RelaxLamp.Bench.IlCount;

/// <summary>Runs inside the counting context: one <see cref="FrameCost"/> window, returning the core's IL it took.</summary>
public static class CountedWindow
{
    /// <summary>IL instructions the instrumented core ran for <paramref name="window"/> on <paramref name="leds"/> LEDs.</summary>
    public static long Run(int window, int leds, bool measure, int methods)
    {
        IlCounter.Reset(methods);
        FrameCost.Run(window, leds, measure);
        return IlCounter.Instructions;
    }
}
