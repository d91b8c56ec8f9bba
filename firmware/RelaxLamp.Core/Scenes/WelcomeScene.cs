using RelaxLamp.Core.Breath;

namespace RelaxLamp.Core.Scenes
{
    /// <summary>
    /// The welcome after plugging in: soft breaths of the whole ring (one to say it is alive, two to
    /// confirm the factory settings), in lightness relative to the breath's top.
    /// </summary>
    public static class WelcomeScene
    {
        /// <summary>In-breath of a welcome breath.</summary>
        public const int InMs = 3000;

        /// <summary>Out-breath of a welcome breath.</summary>
        public const int OutMs = 4500;

        /// <summary>One welcome breath.</summary>
        public const int BreathMs = InMs + OutMs;

        /// <summary>The relative lightness <paramref name="sinceMs"/> into <paramref name="breaths"/> welcome breaths (0 after them).</summary>
        public static int At(long sinceMs, int breaths)
        {
            if (sinceMs <= 0 || sinceMs >= (long)breaths * BreathMs)
            {
                return 0;
            }

            long into = sinceMs % BreathMs;
            return into < InMs ? Ease.Progress(into, 0, InMs) : Ease.One - Ease.Progress(into, InMs, OutMs);
        }

        /// <summary>The half of the welcome breath at <paramref name="sinceMs"/>.</summary>
        public static BreathPhase PhaseAt(long sinceMs, int breaths)
        {
            if (sinceMs < 0 || sinceMs >= (long)breaths * BreathMs)
            {
                return BreathPhase.None;
            }

            return sinceMs % BreathMs < InMs ? BreathPhase.In : BreathPhase.Out;
        }
    }
}
