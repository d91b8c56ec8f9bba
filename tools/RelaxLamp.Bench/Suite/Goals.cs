namespace RelaxLamp.Bench.Suite;

/// <summary>The goals of issue #6, as numbers; the CI tests and the report both check against these.</summary>
public static class Goals
{
    /// <summary>P1: the lamp's largest step at most this many times the floor.</summary>
    public const double SmoothnessRatio = 1.10;

    /// <summary>P2: phase error after the session, below this many ms.</summary>
    public const double DriftMs = 1.0;

    /// <summary>P3: bytes allocated per frame.</summary>
    public const double BytesPerFrame = 0;

    /// <summary>P4: IL instructions per frame (mean while breathing), at most.</summary>
    public const double IlPerFrame = 3000;

    /// <summary>Low end of the estimated cost of one simple IL instruction in nanoCLR on an ESP32 at 240 MHz, µs.</summary>
    public const double Esp32MicrosPerIlLow = 0.5;

    /// <summary>High end of that estimate, µs.</summary>
    public const double Esp32MicrosPerIlHigh = 1.5;
}
