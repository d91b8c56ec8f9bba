namespace RelaxLamp.Core
{
    /// <summary>Temporary probe.</summary>
    public static class Probe
    {
        /// <summary>Adds.</summary>
        public static int Add(int a, int b) => a + b;
    }
}
