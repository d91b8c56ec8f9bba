namespace RelaxLamp.Simulator.Output
{
    /// <summary>One breath as the core's pacer scheduled it, in exact µs.</summary>
    /// <param name="Number">Its number in the session, from 1.</param>
    /// <param name="StartUs">When the in-breath began.</param>
    /// <param name="InEndUs">When the in-breath ended and the out-breath began.</param>
    /// <param name="EndUs">When the out-breath ended.</param>
    /// <param name="Pace">The pace it was given, milli-breaths a minute.</param>
    public readonly record struct BreathRecord(int Number, long StartUs, long InEndUs, long EndUs, int Pace)
    {
        /// <summary>Length of the in-breath, ms.</summary>
        public double InMs => (InEndUs - StartUs) / 1000.0;

        /// <summary>Length of the out-breath, ms.</summary>
        public double OutMs => (EndUs - InEndUs) / 1000.0;
    }
}
