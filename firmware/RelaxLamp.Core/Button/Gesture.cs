namespace RelaxLamp.Core.Button
{
    /// <summary>One decoded gesture.</summary>
    public struct Gesture
    {
        /// <summary>What it is.</summary>
        public GestureKind Kind;

        /// <summary>Presses in a <see cref="GestureKind.Click"/>; 1 otherwise.</summary>
        public int Count;

        /// <summary>When it happened, on the clock the edges were stamped with.</summary>
        public long TimeMs;
    }
}
