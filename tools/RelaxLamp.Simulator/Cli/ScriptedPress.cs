namespace RelaxLamp.Simulator.Cli
{
    /// <summary>One press asked for on the command line: down at <see cref="AtMs"/>, released <see cref="HeldMs"/> later.</summary>
    /// <param name="AtMs">When the button goes down, ms since the first press.</param>
    /// <param name="HeldMs">How long it stays down.</param>
    /// <param name="Flag">The flag as typed, for error messages.</param>
    public readonly record struct ScriptedPress(long AtMs, long HeldMs, string Flag);
}
