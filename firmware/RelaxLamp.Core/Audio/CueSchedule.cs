using RelaxLamp.Core.Breath;

namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// When the optional speaker says what: decided at each turn of the breath, from the breath's
    /// number and the session's clock, so sound and light share one schedule.
    /// </summary>
    /// <remarks>
    /// The eight steps of the relaxation response are spoken on the out-breaths of breaths 1, 3, 5 …
    /// 15 (a phrase may run into the next in-breath, so the breath after one has no tone); then,
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

        /// <summary>Full gain (Q16).</summary>
        public const int FullGain = 65536;

        // Volume 1..3 as gain: -12 dB, -6 dB, 0 dB of the clips' own (already quiet) level.
        private static readonly int[] VolumeGain = { 0, 16384, 32768, 65536 };

        private bool _phraseOnLastOut;

        /// <summary>Speak the short body scan after the eight steps.</summary>
        public bool BodyScan { get; set; } = true;

        /// <summary>Mark the breath's turns with soft tones during the first minutes.</summary>
        public bool BreathTones { get; set; } = true;

        /// <summary>Forgets the last session.</summary>
        public void Reset() => _phraseOnLastOut = false;

        /// <summary>
        /// The clip to start at a turn of the breath, or <see cref="Clips.None"/>.
        /// </summary>
        /// <param name="breath">Number of the breath (1 = the first).</param>
        /// <param name="phase">The half that begins now.</param>
        /// <param name="sinceStartMs">Time since the press that started the session.</param>
        /// <param name="untilEndMs">Time until the session's end.</param>
        /// <param name="volume">Volume setting 1..3.</param>
        /// <param name="gain">The clip's gain, Q16 (65536 = the clip as recorded).</param>
        public int AtTurn(int breath, BreathPhase phase, long sinceStartMs, long untilEndMs, int volume, out int gain)
        {
            gain = 0;
            bool afterPhrase = _phraseOnLastOut;
            if (phase == BreathPhase.Out)
            {
                _phraseOnLastOut = false;
            }

            if (untilEndMs < SilentTailMs || breath < 1 || phase == BreathPhase.None)
            {
                return Clips.None;
            }

            int v = VolumeGain[volume < 1 ? 1 : volume > 3 ? 3 : volume];
            if (phase == BreathPhase.Out)
            {
                int phrase = PhraseFor(breath);
                if (phrase != Clips.None)
                {
                    _phraseOnLastOut = true;
                    gain = v;
                    return phrase;
                }
            }
            else if (afterPhrase)
            {
                return Clips.None; // the phrase may still be speaking
            }

            if (!BreathTones || sinceStartMs >= ToneFadeMs)
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
