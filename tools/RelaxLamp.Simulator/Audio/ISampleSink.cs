using System;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>Something that takes the session's sound in order: a WAV file, a level meter, a player.</summary>
    public interface ISampleSink
    {
        /// <summary>The next samples (16 kHz mono); the span is only valid during the call.</summary>
        void Write(ReadOnlySpan<short> samples);
    }
}
