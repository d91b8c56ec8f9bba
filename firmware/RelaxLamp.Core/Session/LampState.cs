namespace RelaxLamp.Core.Session
{
    /// <summary>What the lamp is doing.</summary>
    public enum LampState
    {
        /// <summary>Dark; the device may deep-sleep until the next press.</summary>
        Asleep = 0,

        /// <summary>After a cold power-up: one soft breath to show the lamp is alive.</summary>
        Welcome = 1,

        /// <summary>The first seconds of a session: an arc shows the length; presses change it.</summary>
        Choosing = 2,

        /// <summary>The light breathes.</summary>
        Breathing = 3,

        /// <summary>The last minute or so: the breathing goes on while the light fades to black.</summary>
        Ending = 4,

        /// <summary>Stopped by a hold: the light fades to black over a few seconds.</summary>
        Stopping = 5,
    }
}
