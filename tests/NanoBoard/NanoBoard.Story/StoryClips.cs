using RelaxLamp.Core.Audio;

namespace NanoBoard.Story
{
    /// <summary>
    /// Puts a short stand-in for every sound clip on the virtual flash, where the device keeps them
    /// (<c>I:\audio\NN.rla</c>, see the firmware README): one µ-law block (512 samples, 32 ms) of a
    /// quiet square wave (±1980) each, in the core's clip format, so the audio thread opens, decodes and writes
    /// real blocks to the I2S stand-in. The content does not matter; that writes happen, and stop, does.
    /// </summary>
    internal static class StoryClips
    {
        private const int Samples = 512;

        /// <summary>Each clip's length as the player reports it, ms.</summary>
        public const int LengthMs = Samples * 1000 / 16000;

        // µ-law codes of +1980 and -1980.
        private const byte High = 0xBF;
        private const byte Low = 0x3F;

        /// <summary>Stores the clips (they survive boots, as files on flash do).</summary>
        public static void Store()
        {
            var header = new ClipHeader();
            ClipCodec.InitHeader(header, ClipCodec.CodecMuLaw, ClipPlayer.SampleRate, Samples, 0);
            for (int clip = 0; clip < Clips.Count; clip++)
            {
                var file = new byte[ClipCodec.HeaderSize + header.BlockSize];
                ClipCodec.WriteHeader(header, file, 0);
                for (int i = 0; i < Samples; i++)
                {
                    file[ClipCodec.HeaderSize + i] = (i / 8) % 2 == 0 ? High : Low;
                }

                Board.Store("I:\\audio\\" + (clip < 10 ? "0" : string.Empty) + clip.ToString() + ".rla", file);
            }
        }
    }
}
