namespace RelaxLamp.Core.Audio
{
    /// <summary>What a <see cref="ClipStatus"/> means, in a few words: for the device's log and the host tools' errors alike.</summary>
    public static class ClipStatusText
    {
        /// <summary>The words for <paramref name="status"/> (a status's int value, as the decoders return it).</summary>
        public static string Of(int status)
        {
            switch ((ClipStatus)status)
            {
                case ClipStatus.Ok: return "ok";
                case ClipStatus.TooShort: return "too short";
                case ClipStatus.BadMagic: return "no RLAC magic";
                case ClipStatus.BadVersion: return "unknown version";
                case ClipStatus.BadCodec: return "unknown codec";
                case ClipStatus.BadLayout: return "not mono";
                case ClipStatus.BadSampleRate: return "bad sample rate";
                case ClipStatus.BadSampleCount: return "bad sample count";
                case ClipStatus.BadBlockSize: return "bad block size";
                case ClipStatus.BadChecksum: return "header checksum wrong";
                case ClipStatus.Truncated: return "truncated";
                case ClipStatus.BadArgument: return "bad argument";
                case ClipStatus.BadBlock: return "bad block";
                case ClipStatus.NotPlayable: return "not µ-law";
                case ClipStatus.WrongRate: return "not 16 kHz";
                case ClipStatus.BlockTooBig: return "blocks not 512 bytes";
                case ClipStatus.Missing: return "missing";
                case ClipStatus.TooLate: return "too late for its turn";
                default: return "status " + status.ToString();
            }
        }
    }
}
