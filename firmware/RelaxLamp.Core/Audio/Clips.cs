namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// The clip numbers of the default sound set (assets/audio/NN-name.*): the eight steps of the
    /// relaxation response, two breath tones and a short body scan.
    /// </summary>
    public static class Clips
    {
        /// <summary>No clip.</summary>
        public const int None = -1;

        /// <summary>First of the eight spoken steps (0..7): lie down … rest the attention on the breath.</summary>
        public const int FirstStep = 0;

        /// <summary>Number of spoken steps.</summary>
        public const int Steps = 8;

        /// <summary>A low swell for an in-breath.</summary>
        public const int ToneIn = 8;

        /// <summary>A softer fall for an out-breath.</summary>
        public const int ToneOut = 9;

        /// <summary>First of the body-scan phrases (10..13).</summary>
        public const int FirstScan = 10;

        /// <summary>Number of body-scan phrases.</summary>
        public const int Scans = 4;

        /// <summary>Number of clips in the set.</summary>
        public const int Count = 14;

        /// <summary>
        /// A clip cut short (by a new cue, or because sound must stop) fades to silence over this many
        /// samples: one default block (505 samples, 31.6 ms at 16 kHz), the block the device has decoded.
        /// </summary>
        public const int FadeSamples = 505;
    }
}
