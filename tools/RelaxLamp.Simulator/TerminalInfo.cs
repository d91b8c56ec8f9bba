namespace RelaxLamp.Simulator
{
    /// <summary>What the process is attached to.</summary>
    /// <param name="Interactive">Keys can be read and the screen redrawn: both input and output are a terminal.</param>
    /// <param name="OutputIsTerminal">Output goes to a terminal, so a progress bar can show.</param>
    public sealed record TerminalInfo(bool Interactive, bool OutputIsTerminal)
    {
        /// <summary>No terminal at all: pipes or files.</summary>
        public static TerminalInfo None { get; } = new TerminalInfo(false, false);
    }
}
