#if DEBUG
using System.Diagnostics;
using System.IO;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// Debug builds only: times reading and decoding one block of the first clip on the device, so a
    /// builder sees whether the interpreter keeps up with 16 kHz sound. One line at start-up, e.g.
    /// <c>audio: I:\audio\00.rla (adpcm): read 900 us + decode 9500 us per block of 31562 us: 33% of the CPU, keeps up</c>.
    /// </summary>
    internal static class DecodeCost
    {
        /// <summary>Blocks timed; the average is printed.</summary>
        private const int Rounds = 8;

        /// <summary>Volume 2's gain (Q8): the usual case; the ADPCM loop costs the same at any gain.</summary>
        private const int GainQ8 = 128;

        /// <summary>Logs the cost for the lowest-numbered clip on the device, or that there is none.</summary>
        public static void Log()
        {
            for (int clip = 0; clip < Clips.Count; clip++)
            {
                string path = ClipFiles.PathOf(clip);
                if (File.Exists(path))
                {
                    Measure(path);
                    return;
                }
            }

            Debug.WriteLine("audio: no clips in " + ClipFiles.Folder + " (see docs/flashing.md, Audio)");
        }

        private static void Measure(string path)
        {
            var header = new ClipHeader();
            var block = new byte[ClipCodec.DefaultPcmBlockSize];
            var pcm = new byte[ClipCodec.DefaultPcmBlockSize];
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                int status = stream.Read(block, 0, ClipCodec.HeaderSize) == ClipCodec.HeaderSize
                    ? ClipCodec.ParseHeader(block, 0, ClipCodec.HeaderSize, header)
                    : ClipCodec.ErrorTooShort;
                if (status != ClipCodec.Ok || header.BlockSize > block.Length || 2 * header.SamplesPerBlock > pcm.Length)
                {
                    Debug.WriteLine("audio: " + path + ": not a playable clip, not timed");
                    return;
                }

                long start = DeviceClock.NowMicros;
                for (int i = 0; i < Rounds; i++)
                {
                    stream.Seek(ClipCodec.HeaderSize, SeekOrigin.Begin);
                    if (stream.Read(block, 0, header.BlockSize) != header.BlockSize)
                    {
                        Debug.WriteLine("audio: " + path + ": truncated, not timed");
                        return;
                    }
                }

                long readUs = (DeviceClock.NowMicros - start) / Rounds;
                start = DeviceClock.NowMicros;
                for (int i = 0; i < Rounds; i++)
                {
                    ClipCodec.DecodeBlockToPcm16Le(header, 0, block, 0, header.BlockSize, GainQ8, pcm, 0);
                }

                long decodeUs = (DeviceClock.NowMicros - start) / Rounds;
                long blockUs = header.SamplesPerBlock * 1000000L / header.SampleRate;
                long percent = (readUs + decodeUs) * 100 / blockUs;

                // The frame loop needs the rest: under half leaves it room; over all of it cannot work.
                string verdict = percent < 50 ? "keeps up" : percent < 100 ? "tight: sound may stutter" : "too slow: see the firmware README (Audio)";
                Debug.WriteLine("audio: " + path + " (" + (header.Codec == ClipCodec.CodecImaAdpcm ? "adpcm" : "pcm")
                    + "): read " + readUs.ToString() + " us + decode " + decodeUs.ToString() + " us per block of "
                    + blockUs.ToString() + " us: " + percent.ToString() + "% of the CPU, " + verdict);
            }
        }
    }
}
#endif
