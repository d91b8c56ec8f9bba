using RelaxLamp.Core.Audio;

namespace RelaxLamp.Scenarios
{
    /// <summary>
    /// The sound path's integer work, hashed: the player (<see cref="ClipPlayer"/>) playing pseudo-random
    /// µ-law clips at each volume's gain, a cue queued behind a sounding one and cutting it, a stop's
    /// fade, a missing clip; and IMA-ADPCM blocks of pseudo-random codes at every step index, the
    /// codec the host tools still read.
    /// </summary>
    public static class ClipDecodeRun
    {
        private const int AdpcmBlockBytes = 256;

        /// <summary>Plays and decodes; returns the line: blocks, samples and hash.</summary>
        public static string Run()
        {
            var hash = new FrameHash();
            uint seed = 12345;
            var files = new byte[Clips.Count][];
            files[Clips.ToneIn] = SoundCost.Clip(20000, ref seed);
            files[Clips.FirstLine] = SoundCost.Clip(48000, ref seed);
            files[Clips.FirstLine + 1] = SoundCost.Clip(777, ref seed);
            var player = new ClipPlayer(new MemoryClips(files));
            hash.Add(player.Scan());
            var pcm = new byte[2 * ClipPlayer.BlockSamples];
            long t = 0;
            int samples = 0;
            for (int round = 0; round < 3; round++)
            {
                int gain = 64 << round;
                hash.Add((int)player.Cue(Clips.FirstLine, gain, t + 2000000, t));
                hash.Add((int)player.Cue(Clips.FirstLine + 1, gain, t + 4000000, t + 100000));
                hash.Add((int)player.Cue(Clips.FirstLine + 5, gain, t, t));
                for (int b = 0; b < 200; b++)
                {
                    if (b == 75)
                    {
                        // Queued behind the line that sounds: it cuts it at its time.
                        hash.Add((int)player.Cue(Clips.ToneIn, gain, t + 300000, t));
                    }

                    if (b == 150)
                    {
                        player.Stop(t);
                    }

                    player.DecodeStep(t);
                    player.Read(pcm, 0, ClipPlayer.BlockSamples, t);
                    hash.Add(pcm, pcm.Length);
                    samples += ClipPlayer.BlockSamples;
                    t += ClipPlayer.BlockUs;
                }
            }

            hash.Add(player.Underruns);
            hash.Add(player.Ended);
            int adpcm = Adpcm(hash, ref seed);
            return "clip-play blocks=" + player.BlocksDecoded.ToString() + " samples=" + samples.ToString()
                + " adpcm=" + adpcm.ToString() + " hash=" + FrameHash.Hex(hash.Value);
        }

        private static int Adpcm(FrameHash hash, ref uint seed)
        {
            var block = new byte[AdpcmBlockBytes];
            var samples = new short[1 + ((AdpcmBlockBytes - 4) * 2)];
            int total = 0;
            for (int b = 0; b <= ImaAdpcm.MaxStepIndex; b++)
            {
                for (int i = 0; i < AdpcmBlockBytes; i++)
                {
                    seed = (seed * 1664525) + 1013904223;
                    block[i] = (byte)(seed >> 24);
                }

                block[2] = (byte)b;
                block[3] = 0;
                int n = ImaAdpcm.DecodeBlock(block, 0, AdpcmBlockBytes, samples, 0, samples.Length);
                hash.Add(n);
                for (int i = 0; i < n; i++)
                {
                    hash.Add(samples[i]);
                }

                total += n;
            }

            // A block with a step index out of range is refused, the same on both.
            block[2] = ImaAdpcm.MaxStepIndex + 1;
            hash.Add(ImaAdpcm.DecodeBlock(block, 0, AdpcmBlockBytes, samples, 0, samples.Length));
            return total;
        }
    }
}
