namespace RelaxLamp.Core.Session
{
    /// <summary>What the lamp is doing.</summary>
    public enum LampState
    {
        /// <summary>Dark; the device may deep-sleep until the next press (a few seconds after a session, a press does nothing).</summary>
        Asleep = 0,

        /// <summary>After a cold power-up: one soft breath to show the lamp is alive (and the power-up gestures: colour, factory settings).</summary>
        Welcome = 1,

        /// <summary>The start of a session: the length as 1, 2 or 3 slow pulses, then a dark pause; a press steps the length, a hold turns the sound dial.</summary>
        Choosing = 2,

        /// <summary>The light breathes; a press stops, a hold glides the brightness.</summary>
        Breathing = 3,

        /// <summary>The last minute or so: the breathing goes on while the light fades to black.</summary>
        Ending = 4,

        /// <summary>Stopped by a press: the light fades to black over a few seconds; a press during the fade undoes the stop.</summary>
        Stopping = 5,
    }
}
