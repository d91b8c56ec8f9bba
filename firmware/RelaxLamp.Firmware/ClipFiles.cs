namespace RelaxLamp.Firmware
{
    /// <summary>
    /// Where the sound clips live on the device: <c>I:\audio\NN.rla</c>, NN the two-digit clip number
    /// of <c>RelaxLamp.Core.Audio.Clips</c>. No resource compiler runs here, so the clips are not in the
    /// program: <c>nanoff</c>'s file deployment copies them onto the internal flash file system (drive
    /// <c>I:</c>), with the JSON written by <c>tools/RelaxLamp.AudioAssets deploy-json</c> (docs/flashing.md).
    /// The tool writes the same names: change both together.
    /// </summary>
    internal static class ClipFiles
    {
        /// <summary>The folder on the internal flash file system.</summary>
        public const string Folder = "I:\\audio\\";

        /// <summary>The file of clip <paramref name="clip"/> (0 to 99), e.g. <c>I:\audio\08.rla</c>. Allocates: call it at start-up.</summary>
        public static string PathOf(int clip)
        {
            return Folder + (clip < 10 ? "0" : string.Empty) + clip.ToString() + ".rla";
        }
    }
}
