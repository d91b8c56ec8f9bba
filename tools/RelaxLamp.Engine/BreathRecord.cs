using RelaxLamp.Core;

namespace RelaxLamp.Engine
{
    /// <summary>One breath as the core's pacer scheduled it, in exact µs of lamp time.</summary>
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

        /// <summary>The breath <paramref name="lamp"/>'s pacer runs now (read it on a frame where <see cref="Lamp.BreathBegan"/>).</summary>
        public static BreathRecord Of(Lamp lamp)
        {
            System.ArgumentNullException.ThrowIfNull(lamp);
            var p = lamp.Pacer;
            return new BreathRecord(p.BreathCount, p.BreathStartMicros, p.InEndMicros, p.BreathEndMicros, p.BreathPace);
        }
    }
}
