namespace RelaxLamp.Core.Session
{
    /// <summary>The states' names, as traces and screens show them (nanoCLR has no reliable enum names).</summary>
    public static class LampStateNames
    {
        private static readonly string[] Names = { "Asleep", "Welcome", "Choosing", "Breathing", "Ending", "Stopping" };

        /// <summary>The name of <paramref name="state"/>.</summary>
        public static string Of(LampState state)
        {
            int i = (int)state;
            return i >= 0 && i < Names.Length ? Names[i] : "Unknown";
        }
    }
}
