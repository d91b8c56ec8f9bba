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
    }

    /// <summary>One clip of the default set. Ids and names are fixed: the core's cue schedule refers to them by number.</summary>
    /// <param name="Id">Number used by the cue schedule.</param>
    /// <param name="Name">File stem, e.g. <c>00-lie-down</c>.</param>
    /// <param name="Kind">Phrase or tone.</param>
    /// <param name="Text">The words of a phrase; empty for tones.</param>
    public sealed record ClipSpec(int Id, string Name, ClipKind Kind, string Text)
    {
        /// <summary>Words in <see cref="Text"/>.</summary>
        public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>The default clip set.</summary>
    public static class ClipSet
    {
        /// <summary>File extension of device clips.</summary>
        public const string Extension = ".rla";

        /// <summary>All clips in id order.</summary>
        public static IReadOnlyList<ClipSpec> Default { get; } = new[]
        {
            new ClipSpec(0, "00-lie-down", ClipKind.Phrase, "Lie down comfortably, and let the bed hold you."),
            new ClipSpec(1, "01-close-eyes", ClipKind.Phrase, "Gently close your eyes."),
            new ClipSpec(2, "02-breathe-low", ClipKind.Phrase, "Breathe slowly, down into your belly."),
            new ClipSpec(3, "03-belly-soft", ClipKind.Phrase, "Let your belly rise and fall, soft and loose."),
            new ClipSpec(4, "04-long-out", ClipKind.Phrase, "Let each breath out be a little longer than the breath in."),
            new ClipSpec(5, "05-let-go", ClipKind.Phrase, "Let go of any tension, wherever you find it."),
            new ClipSpec(6, "06-feel", ClipKind.Phrase, "There is nothing to do. Just feel, rather than think."),
            new ClipSpec(7, "07-rest-on-breath", ClipKind.Phrase, "Rest your attention on your breath. When your mind wanders, gently come back."),
            new ClipSpec(8, "08-tone-in", ClipKind.ToneIn, string.Empty),
            new ClipSpec(9, "09-tone-out", ClipKind.ToneOut, string.Empty),
            new ClipSpec(10, "10-scan-feet", ClipKind.Phrase, "Feel your feet and legs grow heavy and warm."),
            new ClipSpec(11, "11-scan-hands", ClipKind.Phrase, "Let your hands and arms rest."),
            new ClipSpec(12, "12-scan-shoulders", ClipKind.Phrase, "Soften your shoulders, your jaw, and your face."),
            new ClipSpec(13, "13-scan-whole", ClipKind.Phrase, "Let your whole body rest."),
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
