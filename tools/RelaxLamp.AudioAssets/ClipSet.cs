using System;
using System.Collections.Generic;

namespace RelaxLamp.AudioAssets
{
    /// <summary>What a clip is made from.</summary>
    public enum ClipKind
    {
        /// <summary>A spoken phrase.</summary>
        Phrase,

        /// <summary>The synthesised in-breath tone.</summary>
        ToneIn,

        /// <summary>The synthesised out-breath tone.</summary>
        ToneOut,

        /// <summary>The short chime that confirms a new volume.</summary>
        Chime,
    }

    /// <summary>One clip of the default set. Ids and names are fixed: the core's cue schedule refers to them by number.</summary>
    /// <param name="Id">Number used by the cue schedule.</param>
    /// <param name="Name">File stem, e.g. <c>03-lie-down</c>.</param>
    /// <param name="Kind">Phrase or tone.</param>
    /// <param name="Text">The words of a phrase; empty for tones.</param>
    public sealed record ClipSpec(int Id, string Name, ClipKind Kind, string Text)
    {
        /// <summary>Words in <see cref="Text"/>.</summary>
        public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

        /// <summary>True for the synthesised sounds (tones and chime).</summary>
        public bool IsTone => Kind != ClipKind.Phrase;

        /// <summary>
        /// Longest this clip may last, in ms. A phrase starts as an out-breath starts and must end before the next
        /// in-breath: out-breaths last about 3.6 s at the session's start (10 breaths a minute, in:out 1:1.5), so the
        /// guidance of the first minutes (03–16) gets 3.3 s; the body scan and later phrases (17–35) come when the
        /// breath has slowed toward 6 a minute (6 s out-breaths) and get 5 s. The chime stays under 0.8 s.
        /// </summary>
        public int MaxDurationMs => Kind switch
        {
            ClipKind.Phrase => Id <= ClipSet.LastShortPhrase ? ClipSet.ShortPhraseMaxMs : ClipSet.LongPhraseMaxMs,
            ClipKind.Chime => ClipSet.ChimeMaxMs,
            _ => ClipSet.ToneMaxMs,
        };
    }

    /// <summary>The default clip set.</summary>
    public static class ClipSet
    {
        /// <summary>File extension of device clips.</summary>
        public const string Extension = ".rla";

        /// <summary>The last phrase of the early group (03–16), which must fit a 3.6 s out-breath.</summary>
        public const int LastShortPhrase = 16;

        /// <summary>Longest early phrase (03–16).</summary>
        public const int ShortPhraseMaxMs = 3300;

        /// <summary>Longest later phrase (17–35).</summary>
        public const int LongPhraseMaxMs = 5000;

        /// <summary>Longest chime.</summary>
        public const int ChimeMaxMs = 800;

        /// <summary>Longest breath tone (an in-breath at 6 a minute lasts 4 s).</summary>
        public const int ToneMaxMs = 4000;

        /// <summary>All clips in id order.</summary>
        public static IReadOnlyList<ClipSpec> Default { get; } = new[]
        {
            new ClipSpec(0, "00-tone-in", ClipKind.ToneIn, string.Empty),
            new ClipSpec(1, "01-tone-out", ClipKind.ToneOut, string.Empty),
            new ClipSpec(2, "02-chime", ClipKind.Chime, string.Empty),
            new ClipSpec(3, "03-lie-down", ClipKind.Phrase, "Lie down, and get comfortable."),
            new ClipSpec(4, "04-close-eyes", ClipKind.Phrase, "Let your eyes close."),
            new ClipSpec(5, "05-breathe-nose", ClipKind.Phrase, "Breathe slowly, through your nose."),
            new ClipSpec(6, "06-breathe-low", ClipKind.Phrase, "Let the breath sink down low."),
            new ClipSpec(7, "07-belly-rise", ClipKind.Phrase, "Breathing in, your belly rises."),
            new ClipSpec(8, "08-belly-fall", ClipKind.Phrase, "Breathing out, it falls."),
            new ClipSpec(9, "09-long-out", ClipKind.Phrase, "Let each breath out be longer."),
            new ClipSpec(10, "10-longer-than-in", ClipKind.Phrase, "A little longer than the breath in."),
            new ClipSpec(11, "11-let-go", ClipKind.Phrase, "Let go of the day."),
            new ClipSpec(12, "12-nothing-to-do", ClipKind.Phrase, "There is nothing to do now."),
            new ClipSpec(13, "13-feel", ClipKind.Phrase, "Feel, don't think."),
            new ClipSpec(14, "14-just-feel", ClipKind.Phrase, "Just feel the breath, coming and going."),
            new ClipSpec(15, "15-rest-attention", ClipKind.Phrase, "Rest your attention on the breath."),
            new ClipSpec(16, "16-say-one", ClipKind.Phrase, "Breathing out, silently say: one."),
            new ClipSpec(17, "17-scan-begin", ClipKind.Phrase, "Now let your attention go to your feet."),
            new ClipSpec(18, "18-scan-feet", ClipKind.Phrase, "Let your feet grow heavy, and warm."),
            new ClipSpec(19, "19-scan-legs", ClipKind.Phrase, "Your calves and knees, letting go."),
            new ClipSpec(20, "20-scan-hips", ClipKind.Phrase, "Your thighs and hips, heavy on the bed."),
            new ClipSpec(21, "21-scan-belly", ClipKind.Phrase, "Let your belly relax completely."),
            new ClipSpec(22, "22-scan-back", ClipKind.Phrase, "Your back, sinking softly down."),
            new ClipSpec(23, "23-scan-chest", ClipKind.Phrase, "Your chest, rising and falling on its own."),
            new ClipSpec(24, "24-scan-hands", ClipKind.Phrase, "Your hands, your arms, loose and still."),
            new ClipSpec(25, "25-scan-shoulders", ClipKind.Phrase, "Let your shoulders drop."),
            new ClipSpec(26, "26-scan-neck", ClipKind.Phrase, "Your neck, soft. Your jaw, loose."),
            new ClipSpec(27, "27-scan-face", ClipKind.Phrase, "Your face, your eyes, your forehead, smooth."),
            new ClipSpec(28, "28-scan-crown", ClipKind.Phrase, "And the top of your head."),
            new ClipSpec(29, "29-scan-whole", ClipKind.Phrase, "Your whole body, resting, heavy and warm."),
            new ClipSpec(30, "30-wander", ClipKind.Phrase, "If your mind wanders, that is fine."),
            new ClipSpec(31, "31-come-back", ClipKind.Phrase, "Gently come back to the breath."),
            new ClipSpec(32, "32-in-out", ClipKind.Phrase, "Breathing in, and a long breath out."),
            new ClipSpec(33, "33-belly-soft", ClipKind.Phrase, "Your belly soft, rising and falling."),
            new ClipSpec(34, "34-light-with-you", ClipKind.Phrase, "Let the light breathe with you."),
            new ClipSpec(35, "35-rest-now", ClipKind.Phrase, "Rest now."),
        };

        /// <summary>The default clip whose name is <paramref name="name"/>, or null.</summary>
        public static ClipSpec? Find(string name)
        {
            foreach (ClipSpec c in Default)
            {
                if (string.Equals(c.Name, name, StringComparison.Ordinal))
                {
                    return c;
                }
            }

            return null;
        }
    }
}
