namespace RelaxLamp.Core.Modes
{
    /// <summary>Every mode of one lamp, made once (nothing is allocated when the mode changes).</summary>
    internal sealed class ModeSet
    {
        public ModeSet(LampParts parts)
        {
            Asleep = new AsleepMode(parts, this);
            Welcome = new WelcomeMode(parts, this);
            Choosing = new ChoosingMode(parts, this);
            Breathing = new BreathingMode(parts, this);
            Ending = new EndingMode(parts, this);
            Stopping = new StoppingMode(parts, this);
        }

        public AsleepMode Asleep { get; }

        public WelcomeMode Welcome { get; }

        public ChoosingMode Choosing { get; }

        public BreathingMode Breathing { get; }

        public EndingMode Ending { get; }

        public StoppingMode Stopping { get; }
    }
}
