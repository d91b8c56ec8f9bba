namespace RelaxLamp.Simulator.Audio
{
    /// <summary>The one sound format the simulator mixes and writes: the lamp's own, 16 kHz, 16-bit, mono.</summary>
    public static class AudioFormat
    {
        /// <summary>Samples a second (the clips' rate).</summary>
        public const int SampleRate = RelaxLamp.Core.Audio.ClipPlayer.SampleRate;

        /// <summary>Samples a millisecond, so a frame at t ms starts at sample t × 16 exactly.</summary>
        public const int SamplesPerMs = SampleRate / 1000;

        /// <summary>Bits a sample.</summary>
        public const int BitsPerSample = 16;

        /// <summary>Channels.</summary>
        public const int Channels = 1;

        /// <summary>Full scale, the reference of dBFS.</summary>
        public const double FullScale = 32768.0;

        /// <summary>The sample at <paramref name="ms"/> ms since the first press.</summary>
        public static long SampleAt(long ms) => ms * SamplesPerMs;

        /// <summary>Samples as ms, rounded down.</summary>
        public static long MsOf(long samples) => samples / SamplesPerMs;

        /// <summary>A level as dBFS (20·log10 of <paramref name="amplitude"/> over full scale); silence is -inf.</summary>
        public static double Dbfs(double amplitude) => amplitude <= 0 ? double.NegativeInfinity : 20.0 * System.Math.Log10(amplitude / FullScale);
    }
}
