using RelaxLamp.Core.Audio;

namespace NanoBoard.Story
{
    /// <summary>
    /// Puts a short stand-in for every sound clip on the virtual flash, where the device keeps them
    /// (<c>I:\audio\NN.rla</c>, see the firmware README): one PCM block (505 samples, 31.6 ms) of a
    /// quiet square wave each, in the core's clip format, so the audio thread opens, decodes and writes
    /// real blocks to the I2S stand-in. The content does not matter; that writes happen, and stop, does.
    /// </summary>
    internal static class StoryClips
    {
        private const int Samples = 505;
        private const int Amplitude = 2000;

        /// <summary>Stores the clips (they survive boots, as files on flash do).</summary>
        public static void Store()
        {
            var header = new ClipHeader();
            ClipCodec.InitHeader(header, ClipCodec.CodecPcm16, 16000, Samples, 0);
            for (int clip = 0; clip < Clips.Count; clip++)
            {
                var file = new byte[ClipCodec.HeaderSize + header.BlockSize];
                ClipCodec.WriteHeader(header, file, 0);
                for (int i = 0; i < Samples; i++)
                {
                    int v = (i / 8) % 2 == 0 ? Amplitude : -Amplitude;
                    int at = ClipCodec.HeaderSize + (2 * i);
                    file[at] = (byte)v;
                    file[at + 1] = (byte)(v >> 8);
                }

                Board.Store("I:\\audio\\" + (clip < 10 ? "0" : string.Empty) + clip.ToString() + ".rla", file);
            }
        }
    }
}
