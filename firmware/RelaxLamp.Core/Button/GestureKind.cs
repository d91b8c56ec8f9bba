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

        /// <summary>The button came up after a <see cref="Hold"/> (the press started at <see cref="GestureDecoder.DownAtMs"/>).</summary>
        HoldEnd = 6,

        /// <summary>The button came up (debounced), after any <see cref="Tap"/> or <see cref="HoldEnd"/> of the same release; sent for ignored presses too.</summary>
        Up = 7,
    }
}
