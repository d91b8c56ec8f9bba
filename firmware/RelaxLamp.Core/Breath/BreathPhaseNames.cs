namespace RelaxLamp.Core.Breath
{
    /// <summary>The phases' names as traces write them: in, out, none (nanoCLR has no reliable enum names).</summary>
    public static class BreathPhaseNames
    {
        /// <summary>The name of <paramref name="phase"/>.</summary>
        public static string Of(BreathPhase phase) => phase == BreathPhase.In ? "in" : phase == BreathPhase.Out ? "out" : "none";

        /// <summary>The phase named <paramref name="name"/>; false when the name is none of in, out, none.</summary>
        public static bool TryParse(string name, out BreathPhase phase)
        {
            phase = name == "in" ? BreathPhase.In : name == "out" ? BreathPhase.Out : BreathPhase.None;
            return phase != BreathPhase.None || name == "none";
        }
    }
}
