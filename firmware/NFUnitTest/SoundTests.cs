using nanoFramework.TestFramework;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Settings;

namespace NFUnitTest
{
    /// <summary>The sound's integer work on nanoCLR: the script, µ-law, the player and the CRCs.</summary>
    [TestClass]
    public class SoundTests
    {
        /// <summary>The first out-breath brings the first line, at the volume's gain, if it fits; nothing in the silent tail.</summary>
        [TestMethod]
        public void TheFirstOutBreathBringsTheFirstLine()
        {
            var cues = new Guidance();
            cues.SetLength(Clips.FirstLine, 3000);
            cues.Reset();
            int gain;
            Assert.AreEqual(Clips.None, cues.Next(BreathPhase.Out, 3000, 900000, 3100, 3, out gain), "a line that does not fit waits");
            Assert.AreEqual(Clips.FirstLine, cues.Next(BreathPhase.Out, 9000, 900000, 3600, 3, out gain), "then it fits");
            Assert.AreEqual(Guidance.FullGain, gain, "volume 3 plays as recorded");
            Assert.AreEqual(Clips.None, cues.Next(BreathPhase.Out, 900000 - Guidance.SilentTailMs + 1, 900000, 6000, 3, out gain), "silent tail");
        }

        /// <summary>µ-law expands as the standard says, and the volume table scales it.</summary>
        [TestMethod]
        public void MuLawExpandsToTheStandardValues()
        {
            Assert.AreEqual(0, MuLaw.Expand(0xFF), "0xFF is silence");
            Assert.AreEqual(-32124, MuLaw.Expand(0x00), "0x00 is the most negative");
            Assert.AreEqual(32124, MuLaw.Expand(0x80), "0x80 is the most positive");
            var low = new byte[256];
            var high = new byte[256];
            MuLaw.BuildTable(128, low, high);
            Assert.AreEqual(16062, (int)(short)(low[0x80] | (high[0x80] << 8)), "half gain");
        }

        /// <summary>The player decodes ahead, plays a clip at its time, and a stop fades it to exactly zero.</summary>
        [TestMethod]
        public void ThePlayerPlaysOnTimeAndFadesToZero()
        {
            var files = new byte[Clips.Count][];
            files[Clips.FirstLine] = Tone(4096);
            var source = new MemoryClips(files);
            var player = new ClipPlayer(source);
            Assert.AreEqual(1, player.Scan(), "one clip playable");
            long start = ClipPlayer.LeadUs(4096);
            Assert.AreEqual((int)ClipStatus.Ok, (int)player.Cue(Clips.FirstLine, 256, start, 0), "cued");
            var pcm = new byte[2 * ClipPlayer.BlockSamples];
            long t = 0;
            int firstSound = -1;
            int n = 0;
            while (t < start + 100000)
            {
                player.DecodeStep(t);
                player.Read(pcm, 0, ClipPlayer.BlockSamples, t);
                for (int i = 0; i < ClipPlayer.BlockSamples && firstSound < 0; i++)
                {
                    if (pcm[2 * i] != 0 || pcm[(2 * i) + 1] != 0)
                    {
                        firstSound = n + i;
                    }
                }

                n += ClipPlayer.BlockSamples;
                t += ClipPlayer.BlockUs;
            }

            Assert.AreEqual((int)(((start * 16) + 999) / 1000) + 1, firstSound, "first sound at the cue's time (sample 0 of the tone is zero)");
            Assert.AreEqual(0, player.Underruns, "no gap");
            player.Stop(t);
            player.Read(pcm, 0, ClipPlayer.BlockSamples, t);
            int last = (short)(pcm[(2 * ClipPlayer.FadeSamples) - 2] | (pcm[(2 * ClipPlayer.FadeSamples) - 1] << 8));
            Assert.AreEqual(0, last, "the fade ends at zero");
            Assert.IsTrue(player.LastEndWasCut, "ended by the stop");
        }

        /// <summary>CRC-32 of "123456789" is the standard check value, in nanoCLR's unsigned arithmetic.</summary>
        [TestMethod]
        public void TheCrcIsTheStandardOne()
        {
            var data = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 };
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 0, data.Length), "crc-32");
        }

        // A µ-law clip of a square-ish tone that starts at zero: codes alternate around the middle.
        private static byte[] Tone(int samples)
        {
            var header = new ClipHeader();
            ClipCodec.InitHeader(header, ClipCodec.CodecMuLaw, ClipPlayer.SampleRate, samples, 0);
            var file = new byte[header.FileLength];
            ClipCodec.WriteHeader(header, file, 0);
            for (int i = 0; i < header.DataLength; i++)
            {
                file[ClipCodec.HeaderSize + i] = i == 0 || i >= samples ? MuLaw.Silence : (byte)((i & 8) == 0 ? 0xA0 : 0x20);
            }

            return file;
        }
    }
}
