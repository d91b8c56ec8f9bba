namespace RelaxLamp.Core.Button
{
    /// <summary>
    /// One decoded gesture, filled in by <see cref="GestureDecoder.Next"/>. A class the caller keeps
    /// and reuses, not a struct: nanoCLR keeps every value-type local and copy on the managed heap,
    /// so a struct returned each frame was garbage each frame (found by the heap probe on nanoCLR).
    /// </summary>
    public sealed class Gesture
    {
        /// <summary>What it is.</summary>
        public GestureKind Kind;

        /// <summary>Presses in a <see cref="GestureKind.Click"/>; 1 otherwise.</summary>
        public int Count;

        /// <summary>When it happened, on the clock the edges were stamped with.</summary>
        public long TimeMs;
    }
}
