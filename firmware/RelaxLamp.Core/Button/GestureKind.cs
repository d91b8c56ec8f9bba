namespace RelaxLamp.Core.Button
{
    /// <summary>What the button said, decoded from its debounced edges.</summary>
    public enum GestureKind
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary>The button went down (debounced); sent at once, before the press is classified.</summary>
        Down = 1,

        /// <summary>A short press ended (sent on release, before any multi-press is known).</summary>
        Tap = 2,

        /// <summary>A run of short presses ended; <see cref="Gesture.Count"/> says how many (1, 2, 3…).</summary>
        Click = 3,

        /// <summary>The button has been held for <see cref="GestureDecoder.HoldMs"/>.</summary>
        Hold = 4,

        /// <summary>The button has been held for <see cref="GestureDecoder.LongHoldMs"/>.</summary>
        LongHold = 5,
    }
}
