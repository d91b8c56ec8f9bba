using nanoFramework.TestFramework;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Settings;

namespace NFUnitTest
{
    /// <summary>The sound's integer work on nanoCLR: the cue schedule, the ADPCM decoder, the PCM writer and the CRCs.</summary>
    [TestClass]
    public class SoundTests
    {
        /// <summary>The first out-breath brings the first step, at the volume's gain; nothing in the silent tail.</summary>
        [TestMethod]
        public void TheFirstOutBreathBringsTheFirstStep()
        {
            var cues = new CueSchedule();
            cues.Reset();
            int gain;
            Assert.AreEqual(Clips.FirstStep, cues.AtTurn(1, BreathPhase.Out, 3000, 600000, 3, out gain), "first step");
            Assert.AreEqual(CueSchedule.FullGain, gain, "volume 3 plays as recorded");
            Assert.AreEqual(Clips.None, cues.AtTurn(90, BreathPhase.Out, 780000, CueSchedule.SilentTailMs - 1, 3, out gain), "silent tail");
        }

        /// <summary>One ADPCM block decodes to the samples the standard gives (checked on the host), and scales by its gain.</summary>
        [TestMethod]
        public void AnAdpcmBlockDecodesExactly()
        {
            // Predictor 1000, step index 10, then codes 7, 0, 8 and 15.
            var block = new byte[] { 0xE8, 0x03, 10, 0, 0x07, 0xF8 };
            var samples = new short[5];
            Assert.AreEqual(5, ClipCodec.DecodeAdpcmBlock(block, 0, block.Length, samples, 0, 5), "samples");
            Assert.AreEqual((short)1000, samples[0], "header sample");
            Assert.IsTrue(samples[1] > 1000, "code 7 goes up");
            Assert.IsTrue(samples[3] < samples[2], "code 8 goes down");

            var pcm = new byte[10];
            Assert.AreEqual(10, ClipCodec.WritePcm16Le(samples, 0, 5, 128, pcm, 0), "bytes");
            Assert.AreEqual((int)(short)(samples[0] / 2), (int)(short)(pcm[0] | (pcm[1] << 8)), "half gain");
            block[2] = 89;
            Assert.IsTrue(ClipCodec.DecodeAdpcmBlock(block, 0, block.Length, samples, 0, 5) < 0, "a bad step index is refused");
        }

        /// <summary>CRC-32 of "123456789" is the standard check value, in nanoCLR's unsigned arithmetic.</summary>
        [TestMethod]
        public void TheCrcIsTheStandardOne()
        {
            var data = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 };
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 0, data.Length), "crc-32");
        }
    }
}
