using RelaxLamp.Core.Breath;

namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// When the optional speaker says what: decided at each turn of the breath, from the breath's
    /// number and the session's clock, so sound and light share one schedule.
    /// </summary>
    /// <remarks>
    /// The eight steps of the relaxation response are spoken on the out-breaths of breaths 1, 3, 5 …
    /// 15 (a phrase may run on into the next breath, so no tone starts within <see cref="PhraseGuardMs"/>
    /// of a phrase: a tone never cuts a phrase short); then,
    /// if <see cref="BodyScan"/>, four body-scan phrases on breaths 17 … 23. Soft breath tones mark
    /// the other turns and fade away over <see cref="ToneFadeMs"/>, leaving the person with the light.
    /// Nothing starts in the last <see cref="SilentTailMs"/>: the light's fade closes the session in
    /// silence. No beeps, no alarm.
    /// </remarks>
    public sealed class CueSchedule
    {
        /// <summary>Breath tones fade out over the session's first this-many ms.</summary>
        public const int ToneFadeMs = 180000;

        /// <summary>No cue starts in the session's last this-many ms.</summary>
        public const int SilentTailMs = 120000;

        /// <summary>No tone starts this long after a phrase began: longer than the longest phrase (8.6 s).</summary>
        public const int PhraseGuardMs = 9000;

        /// <summary>Full gain, Q8: the clip as recorded (the decoder's own unit).</summary>
        public const int FullGain = 256;

        // Volume 1..3 as gain: -12 dB, -6 dB, 0 dB of the clips' own (already quiet) level.
        private static readonly int[] VolumeGain = { 0, 64, 128, 256 };

        private long _phraseAtMs = long.MinValue / 2;

        /// <summary>Speak the short body scan after the eight steps.</summary>
        public bool BodyScan { get; set; } = true;

        /// <summary>Mark the breath's turns with soft tones during the first minutes.</summary>
        public bool BreathTones { get; set; } = true;

        /// <summary>The gain (Q8) of volume <paramref name="volume"/> (1..3, clamped): what a chime at that volume plays at.</summary>
        public static int GainOf(int volume) => VolumeGain[volume < 1 ? 1 : volume > 3 ? 3 : volume];

        /// <summary>Forgets the last session.</summary>
        public void Reset() => _phraseAtMs = long.MinValue / 2;

        /// <summary>
        /// The clip to start at a turn of the breath, or <see cref="Clips.None"/>.
        /// </summary>
        /// <param name="breath">Number of the breath (1 = the first).</param>
        /// <param name="phase">The half that begins now.</param>
        /// <param name="sinceStartMs">Time since the press that started the session.</param>
        /// <param name="untilEndMs">Time until the session's end.</param>
        /// <param name="volume">Volume setting 1..3.</param>
        /// <param name="gain">The clip's gain, Q8 (256 = the clip as recorded).</param>
        public int AtTurn(int breath, BreathPhase phase, long sinceStartMs, long untilEndMs, int volume, out int gain)
        {
            gain = 0;
            if (untilEndMs < SilentTailMs || breath < 1 || phase == BreathPhase.None)
            {
                return Clips.None;
            }

            int v = GainOf(volume);
            if (phase == BreathPhase.Out)
            {
                int phrase = PhraseFor(breath);
                if (phrase != Clips.None)
                {
                    _phraseAtMs = sinceStartMs;
                    gain = v;
                    return phrase;
                }
            }

            if (!BreathTones || sinceStartMs >= ToneFadeMs || sinceStartMs - _phraseAtMs < PhraseGuardMs)
            {
                return Clips.None;
            }

            gain = (int)(v * (ToneFadeMs - sinceStartMs) / ToneFadeMs);
            return phase == BreathPhase.In ? Clips.ToneIn : Clips.ToneOut;
        }

        private int PhraseFor(int breath)
        {
            if ((breath & 1) == 0)
            {
                return Clips.None;
            }

            int k = (breath - 1) / 2;
            if (k < Clips.Steps)
            {
                return Clips.FirstStep + k;
            }

            k -= Clips.Steps;
            return BodyScan && k < Clips.Scans ? Clips.FirstScan + k : Clips.None;
        }
    }
}
