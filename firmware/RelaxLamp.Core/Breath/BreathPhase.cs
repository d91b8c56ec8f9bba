namespace RelaxLamp.Core.Breath
{
    /// <summary>Which half of a breath is running.</summary>
    public enum BreathPhase
    {
        /// <summary>No breath is running.</summary>
        None = 0,

        /// <summary>The in-breath: the light swells.</summary>
        In = 1,

        /// <summary>The out-breath: the light ebbs, for longer.</summary>
        Out = 2,
    }
}
