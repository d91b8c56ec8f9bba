namespace RelaxLamp.Engine
{
    /// <summary>The button going down (<paramref name="Down"/> true) or up at <paramref name="TimeMs"/>.</summary>
    /// <param name="TimeMs">When, in ms since the first press.</param>
    /// <param name="Down">True for a press, false for a release.</param>
    public readonly record struct ButtonEdge(long TimeMs, bool Down);
}
