namespace RelaxLamp.Simulator.Audio
{
    /// <summary>How a cue's clip stopped sounding.</summary>
    public enum CueEnd
    {
        /// <summary>Still playing when the run ended.</summary>
        Playing,

        /// <summary>Played to its last sample.</summary>
        Finished,

        /// <summary>Cut short by the next cue, with <see cref="RelaxLamp.Core.Audio.ClipPlayer.FadeSamples"/> of fade.</summary>
        Cut,

        /// <summary>Faded over <see cref="RelaxLamp.Core.Audio.ClipPlayer.FadeSamples"/> because the lamp said sound may not play (stopped, ended, sound off).</summary>
        FadedOut,

        /// <summary>Replaced by a newer cue before it began to sound: never heard.</summary>
        Replaced,
    }
}
