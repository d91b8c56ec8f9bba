using RelaxLamp.Core.Audio;

namespace RelaxLamp.Scenarios
{
    /// <summary>
    /// The sound's cost on the interpreter: the player fed a pseudo-random µ-law clip and stepped as the
    /// device's audio thread steps it (a decode when one is due, a block handed to the speaker every
    /// 32 ms) through <see cref="Seconds"/> seconds of continuous speech. The bench runs it with and
    /// without the playing on the IL-counting nanoCLR; the difference over the seconds is the sound's IL
    /// per second.
    /// </summary>
    public static class SoundCost
    {
        /// <summary>Seconds measured: a clip of 5 s, then a second cued behind it.</summary>
        public const int Seconds = 10;

        /// <summary>Samples in each measured clip: 5.0 s, the longest line the script's later breaths hold.</summary>
        public const int ClipSamples = 80000;

        /// <summary>Plays (when <paramref name="measure"/>) and returns the line: blocks, underruns, samples.</summary>
        public static string Run(bool measure)
        {
            uint seed = 99;
            var files = new byte[Clips.Count][];
            files[Clips.FirstLine] = Clip(ClipSamples, ref seed);
            files[Clips.FirstLine + 1] = Clip(ClipSamples, ref seed);
            var player = new ClipPlayer(new MemoryClips(files));
            player.Scan();
            var pcm = new byte[2 * ClipPlayer.BlockSamples];
            long end = Seconds * 1000000L;
            long t = 0;
            int heard = 0;
            if (measure)
            {
                player.Cue(Clips.FirstLine, 128, ClipPlayer.LeadUs(ClipSamples), 0);
                bool second = false;
                while (t < end)
                {
                    if (!second && !player.Decoding)
                    {
                        // The next clip as soon as the decoder is free, so it never rests: the worst case.
                        player.Cue(Clips.FirstLine + 1, 128, t, t);
                        second = true;
                    }

                    player.DecodeStep(t);
                    player.Read(pcm, 0, ClipPlayer.BlockSamples, t);
                    heard += pcm[100] != 0 ? 1 : 0;
                    t += ClipPlayer.BlockUs;
                }
            }

            return "sound-cost blocks=" + player.BlocksDecoded.ToString() + " underruns=" + player.Underruns.ToString()
                + " heard-blocks=" + heard.ToString() + " seconds=" + Seconds.ToString();
        }

        /// <summary>Blocks each codec comparison decodes.</summary>
        public const int CompareBlocks = 100;

        /// <summary>
        /// The other candidates, for the comparison in docs/audio.md: <paramref name="codec"/> 1 decodes
        /// <see cref="CompareBlocks"/> IMA-ADPCM blocks of 505 samples to 16-bit samples (the decoder
        /// alone, before any volume or byte packing), 0 copies as many raw 16-bit PCM blocks of 512 samples
        /// (what playing PCM straight from a file costs), 2 expands as many µ-law blocks of 512 samples
        /// through the volume table; -1 does the setup only.
        /// </summary>
        public static string Compare(int codec)
        {
            uint seed = 7;
            var block = new byte[1024];
            for (int i = 0; i < block.Length; i++)
            {
                seed = (seed * 1664525) + 1013904223;
                block[i] = (byte)(seed >> 24);
            }

            block[2] = 40;
            block[3] = 0;
            var samples = new short[505];
            var pcm = new byte[1024];
            var low = new byte[256];
            var high = new byte[256];
            MuLaw.BuildTable(128, low, high);
            int done = 0;
            for (int b = 0; b < CompareBlocks && codec >= 0; b++)
            {
                if (codec == ClipCodec.CodecImaAdpcm)
                {
                    done += ImaAdpcm.DecodeBlock(block, 0, 256, samples, 0, samples.Length);
                }
                else if (codec == ClipCodec.CodecPcm16)
                {
                    System.Array.Copy(block, 0, pcm, 0, 1024);
                    done += 512;
                }
                else
                {
                    MuLaw.ExpandInto(block, 0, 512, low, high, pcm, 0);
                    done += 512;
                }
            }

            return "codec-cost codec=" + codec.ToString() + " samples=" + done.ToString();
        }

        /// <summary>A µ-law clip of pseudo-random codes, silent at its first and last samples.</summary>
        public static byte[] Clip(int samples, ref uint seed)
        {
            var header = new ClipHeader();
            ClipCodec.InitHeader(header, ClipCodec.CodecMuLaw, ClipPlayer.SampleRate, samples, 0);
            var file = new byte[header.FileLength];
            ClipCodec.WriteHeader(header, file, 0);
            for (int i = 0; i < header.DataLength; i++)
            {
                seed = (seed * 1664525) + 1013904223;
                file[ClipCodec.HeaderSize + i] = i == 0 || i >= samples - 1 ? MuLaw.Silence : (byte)(seed >> 24);
            }

            return file;
        }
    }
}
