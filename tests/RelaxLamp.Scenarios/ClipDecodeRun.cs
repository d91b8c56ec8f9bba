using RelaxLamp.Core.Audio;

namespace RelaxLamp.Scenarios
{
    /// <summary>
    /// The sound path's integer work, hashed: IMA-ADPCM blocks of pseudo-random codes (every step
    /// index and sign, clipping at both rails) decoded and scaled to 16-bit PCM at each volume gain.
    /// </summary>
    public static class ClipDecodeRun
    {
        private const int BlockBytes = 256;

        /// <summary>Decodes the blocks; returns the line: samples and hash.</summary>
        public static string Run()
        {
            var block = new byte[BlockBytes];
            var samples = new short[1 + (BlockBytes - 4) * 2];
            var pcm = new byte[samples.Length * 2];
            var hash = new FrameHash();
            uint seed = 12345;
            int total = 0;
            for (int b = 0; b < 89; b++)
            {
                for (int i = 0; i < BlockBytes; i++)
                {
                    seed = seed * 1664525 + 1013904223;
                    block[i] = (byte)(seed >> 24);
                }

                block[2] = (byte)b;
                block[3] = 0;
                int n = ClipCodec.DecodeAdpcmBlock(block, 0, BlockBytes, samples, 0, samples.Length);
                hash.Add(n);
                for (int gain = 64; gain <= 256; gain *= 2)
                {
                    int bytes = ClipCodec.WritePcm16Le(samples, 0, n, gain, pcm, 0);
                    hash.Add(bytes);
                    hash.Add(pcm, bytes > 0 ? bytes : 0);
                }

                total += n;
            }

            // A block with a step index out of range is refused, the same on both.
            block[2] = 89;
            hash.Add(ClipCodec.DecodeAdpcmBlock(block, 0, BlockBytes, samples, 0, samples.Length));
            return "clip-decode samples=" + total.ToString() + " hash=" + FrameHash.Hex(hash.Value);
        }
    }
}
