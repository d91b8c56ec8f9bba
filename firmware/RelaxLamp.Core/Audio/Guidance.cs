using RelaxLamp.Core.Breath;

namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// What the voice says when: a script of short lines spread over the first two thirds of the
    /// session, each starting as an out-breath starts and ending before the next in-breath, and
    /// silence after. Asked at every turn of the breath about the turn after it, so the player has the
    /// whole half-breath to decode ahead (<see cref="ClipPlayer.LeadUs"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The script follows the relaxation response: lie down, close the eyes, breathe slowly and low,
    /// the abdomen's rise and fall, the longer out-breath, letting go, "feel, don't think", the breath
    /// as the attention's place; a body scan from the feet to the crown over about four minutes (in a
    /// 15-minute session); then two gentle returns to the breath. Each line is due at a point of the
    /// guided span (per mille), so a 10- or 20-minute session scales it; lines marked
    /// <see cref="Full"/> are left out of sessions under 15 minutes and those marked
    /// <see cref="Long"/> are said only from 20 minutes, so the short session is not crowded and
    /// the long one not bare.
    /// </para>
    /// <para>
    /// A line waits for an out-breath long enough to hold it with <see cref="EndMarginMs"/> to spare
    /// (the breath slows over the first minutes, so a longer line waits for a slower breath); lines keep
    /// their order; whatever is not said by the end of the guided span is left out, and nothing starts in
    /// the last <see cref="SilentTailMs"/>. Soft breath tones may mark the turns without a line during the
    /// first <see cref="ToneFadeMs"/>, fading away. No beeps, no alarm.
    /// </para>
    /// </remarks>
    public sealed class Guidance
    {
        /// <summary>The voice speaks during this share of the session, per mille (two thirds).</summary>
        public const int GuidedPerMille = 667;

        /// <summary>No cue starts in the session's last this-many ms.</summary>
        public const int SilentTailMs = 120000;

        /// <summary>Breath tones fade out over the session's first this-many ms.</summary>
        public const int ToneFadeMs = 180000;

        /// <summary>A line ends at least this long before the in-breath that follows its out-breath.</summary>
        public const int EndMarginMs = 250;

        /// <summary>
        /// A line that has found no out-breath long enough this long after it was due (per mille of the
        /// guided span: 60 s in 15 minutes, scaled with the pace's ramp) is left out, so a fast pace or a
        /// long recording never holds up the rest of the script.
        /// </summary>
        public const int MaxWaitPerMille = 100;

        /// <summary>Full gain, Q8: the clip as recorded.</summary>
        public const int FullGain = 256;

        /// <summary>Flag of a line said only in sessions of 15 minutes or more.</summary>
        public const int Full = 1;

        /// <summary>Flag of a line said only in sessions of 20 minutes or more.</summary>
        public const int Long = 2;

        private const long FullFromMs = 15 * 60000L;
        private const long LongFromMs = 20 * 60000L;

        // The script: clip, due point of the guided span (per mille), flags. In order of due point.
        private static readonly short[] Script = new short[]
        {
            3, 0, 0,        // Lie down, and get comfortable.
            4, 13, 0,       // Let your eyes close.
            5, 30, 0,       // Breathe slowly, through your nose.
            6, 47, 0,       // Let the breath sink down low.
            7, 67, 0,       // Breathing in, your belly rises.
            8, 77, 0,       // Breathing out, it falls.
            9, 100, 0,      // Let each breath out be longer.
            10, 113, 0,     // A little longer than the breath in.
            11, 142, 0,     // Let go of the day.
            12, 167, Full,  // There is nothing to do now.
            13, 192, 0,     // Feel, don't think.
            14, 208, 0,     // Just feel the breath, coming and going.
            15, 233, 0,     // Rest your attention on the breath.
            16, 258, Full,  // Breathing out, silently say: one.
            9, 275, Full,   // Let each breath out be longer.
            17, 300, 0,     // Now let your attention go to your feet.
            18, 325, 0,     // Let your feet grow heavy, and warm.
            19, 358, 0,     // Your ankles, your calves, your knees, letting go.
            20, 392, 0,     // Your thighs and hips, heavy on the bed.
            21, 425, 0,     // Let your belly relax completely.
            22, 458, Full,  // Your back, sinking softly down.
            23, 492, 0,     // Your chest, rising and falling on its own.
            24, 525, 0,     // Your hands, your arms, loose and still.
            25, 558, 0,     // Let your shoulders drop.
            26, 592, Full,  // Your neck, soft. Your jaw, loose.
            27, 625, 0,     // Your face, your eyes, your forehead, smooth.
            28, 658, Full,  // And the top of your head.
            29, 683, 0,     // Your whole body, resting, heavy and warm.
            14, 717, Full,  // Just feel the breath, coming and going.
            30, 767, 0,     // If your mind wanders, that is fine.
            31, 783, 0,     // Gently come back to the breath.
            32, 833, Full,  // Breathing in, and a long breath out.
            33, 858, Full,  // Your belly soft, rising and falling.
            13, 883, Full,  // Feel, don't think.
            31, 900, Full,  // Gently come back to the breath.
            15, 917, Full,  // Rest your attention on the breath.
            34, 933, 0,     // Let the light breathe with you.
            33, 945, Long,  // Your belly soft, rising and falling.
            32, 958, Long,  // Breathing in, and a long breath out.
            35, 983, 0,     // Rest now.
        };

        // Volume 1..3 as gain: -12 dB, -6 dB, 0 dB of the clips' own (already quiet) level.
        private static readonly int[] VolumeGain = { 0, 64, 128, 256 };

        private readonly int[] _lengthMs = new int[Clips.Count];
        private int _next;
        private bool _lastWasLine;

        /// <summary>Speak the body scan (lines 17–29).</summary>
        public bool BodyScan { get; set; } = true;

        /// <summary>Mark the breath's turns without a line with soft tones during the first minutes.</summary>
        public bool BreathTones { get; set; } = true;

        /// <summary>Number of entries in the script (a line said twice counts twice).</summary>
        public static int ScriptLength => Script.Length / 3;

        /// <summary>The clip of script entry <paramref name="i"/>.</summary>
        public static int ClipOf(int i) => Script[3 * i];

        /// <summary>The due point of script entry <paramref name="i"/>, per mille of the guided span.</summary>
        public static int DueOf(int i) => Script[(3 * i) + 1];

        /// <summary>The flags of script entry <paramref name="i"/> (<see cref="Full"/>, <see cref="Long"/>).</summary>
        public static int FlagsOf(int i) => Script[(3 * i) + 2];

        /// <summary>The gain (Q8) of volume <paramref name="volume"/> (1..3, clamped).</summary>
        public static int GainOf(int volume) => VolumeGain[volume < 1 ? 1 : volume > 3 ? 3 : volume];

        /// <summary>Tells the script how long clip <paramref name="clip"/> lasts (from its header); 0 = missing: its lines are left out.</summary>
        public void SetLength(int clip, int ms)
        {
            if (clip >= 0 && clip < Clips.Count)
            {
                _lengthMs[clip] = ms < 0 ? 0 : ms;
            }
        }

        /// <summary>The length given for <paramref name="clip"/>, ms (0 when not known).</summary>
        public int LengthOf(int clip) => clip >= 0 && clip < Clips.Count ? _lengthMs[clip] : 0;

        /// <summary>A new session: the script starts from its first line.</summary>
        public void Reset()
        {
            _next = 0;
            _lastWasLine = false;
        }

        /// <summary>
        /// The clip to start at the next turn of the breath, or <see cref="Clips.None"/>.
        /// </summary>
        /// <param name="phase">The half that begins at that turn.</param>
        /// <param name="sinceStartMs">Time from the session's start to that turn.</param>
        /// <param name="lengthMs">The session's length.</param>
        /// <param name="halfMs">How long the half that begins then lasts.</param>
        /// <param name="volume">Volume setting 1..3.</param>
        /// <param name="gain">The clip's gain, Q8.</param>
        public int Next(BreathPhase phase, long sinceStartMs, long lengthMs, long halfMs, int volume, out int gain)
        {
            gain = 0;
            long untilEndMs = lengthMs - sinceStartMs;
            if (untilEndMs < SilentTailMs || sinceStartMs < 0 || phase == BreathPhase.None)
            {
                return Clips.None;
            }

            bool wasLine = _lastWasLine;
            _lastWasLine = false;
            int v = GainOf(volume);
            long spanMs = lengthMs * GuidedPerMille / 1000;
            if (phase == BreathPhase.Out && sinceStartMs <= spanMs)
            {
                int line = NextLine(sinceStartMs, lengthMs, spanMs, halfMs);
                if (line != Clips.None)
                {
                    _lastWasLine = true;
                    gain = v;
                    return line;
                }
            }

            // A tone never follows a line at once (the in-breath after a line stays quiet), nor comes just
            // before one: an in-breath whose out-breath will bring a line keeps the decoder free for it.
            int tone = phase == BreathPhase.In ? Clips.ToneIn : Clips.ToneOut;
            int toneMs = _lengthMs[tone];
            if (!BreathTones || wasLine || sinceStartMs >= ToneFadeMs || toneMs <= 0 || toneMs > halfMs
                || (phase == BreathPhase.In && LineDueBy(sinceStartMs + halfMs, lengthMs, spanMs)))
            {
                return Clips.None;
            }

            gain = (int)(v * (ToneFadeMs - sinceStartMs) / ToneFadeMs);
            return tone;
        }

        // True when the next line the session says is due by sinceStartMs.
        private bool LineDueBy(long sinceStartMs, long lengthMs, long spanMs)
        {
            SkipLeftOut(lengthMs);
            return _next < ScriptLength && sinceStartMs <= spanMs && DueOf(_next) * spanMs / 1000 <= sinceStartMs;
        }

        private void SkipLeftOut(long lengthMs)
        {
            while (_next < ScriptLength && (LeftOut(_next, lengthMs) || _lengthMs[ClipOf(_next)] <= 0))
            {
                _next++;
            }
        }

        // The next line due by now that fits this out-breath, skipping the lines this session leaves out or lacks.
        private int NextLine(long sinceStartMs, long lengthMs, long spanMs, long halfMs)
        {
            SkipLeftOut(lengthMs);
            while (_next < ScriptLength && ((DueOf(_next) + MaxWaitPerMille) * spanMs / 1000) < sinceStartMs)
            {
                _next++;
                SkipLeftOut(lengthMs);
            }

            if (_next >= ScriptLength || DueOf(_next) * spanMs / 1000 > sinceStartMs)
            {
                return Clips.None;
            }

            int clip = ClipOf(_next);
            if (_lengthMs[clip] + EndMarginMs > halfMs)
            {
                return Clips.None;
            }

            _next++;
            return clip;
        }

        private bool LeftOut(int i, long lengthMs)
        {
            int flags = FlagsOf(i);
            int clip = ClipOf(i);
            return ((flags & Full) != 0 && lengthMs < FullFromMs)
                || ((flags & Long) != 0 && lengthMs < LongFromMs)
                || (!BodyScan && clip >= Clips.FirstScan && clip <= Clips.LastScan);
        }
    }
}
