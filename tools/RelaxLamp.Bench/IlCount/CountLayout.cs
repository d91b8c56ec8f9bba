namespace RelaxLamp.Bench.IlCount;

/// <summary>
/// How <see cref="CountedSession.Run"/> lays out its answer in one <c>long[]</c> (only runtime types
/// cross between the counting context and the default one): a header, a row per frame, then per
/// method the IL and calls summed over the breathing frames.
/// </summary>
internal static class CountLayout
{
    public const int HeaderFrames = 0;
    public const int HeaderMethods = 1;
    public const int HeaderPressAt = 2;
    public const int HeaderLength = 3;

    public const int Time = 0;
    public const int State = 1;
    public const int StepIl = 2;
    public const int StepCalls = 3;
    public const int RenderIl = 4;
    public const int RenderCalls = 5;
    public const int LinearIl = 6;
    public const int LinearCalls = 7;
    public const int GammaIl = 8;
    public const int GammaCalls = 9;
    public const int RowLength = 10;
}
