namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// The clip numbers of the default sound set (assets/audio/NN-name.rla): two breath tones, the
    /// dial's chime and the spoken lines of <see cref="Guidance"/>'s script.
    /// </summary>
    public static class Clips
    {
        /// <summary>No clip.</summary>
        public const int None = -1;

        /// <summary>A soft swell for an in-breath.</summary>
        public const int ToneIn = 0;

        /// <summary>A softer fall for an out-breath.</summary>
        public const int ToneOut = 1;

        /// <summary>The sound dial's confirmation, played at the volume just chosen.</summary>
        public const int Chime = 2;

        /// <summary>First spoken line (3): "Lie down, and get comfortable."</summary>
        public const int FirstLine = 3;

        /// <summary>First line of the body scan (17), feet to crown.</summary>
        public const int FirstScan = 17;

        /// <summary>Last line of the body scan (29).</summary>
        public const int LastScan = 29;

        /// <summary>Number of clips in the set.</summary>
        public const int Count = 36;
    }
}
