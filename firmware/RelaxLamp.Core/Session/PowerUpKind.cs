namespace RelaxLamp.Core.Session
{
    /// <summary>How the program came to start.</summary>
    public enum PowerUpKind
    {
        /// <summary>Plugged in: one welcome breath, then sleep; a 10 s hold from now resets the settings.</summary>
        Cold = 0,

        /// <summary>Woken from deep sleep by the button: the press that woke it starts a session.</summary>
        ButtonWake = 1,

        /// <summary>Start dark and wait for a press (the simulator; a wake by timer).</summary>
        Idle = 2,
    }
}
