namespace RelaxLamp.Core.Settings
{
    /// <summary>The light's colours. Neither has any blue.</summary>
    public enum PaletteId
    {
        /// <summary>Warm amber, the default.</summary>
        Warm = 0,

        /// <summary>Deep red, for those who want no green either.</summary>
        Red = 1,
    }
}
