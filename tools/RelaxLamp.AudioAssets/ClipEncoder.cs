using System;
using System.IO;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.AudioAssets
{
    /// <summary>The encoder side of the clip format; decoding goes through the device's <see cref="ClipCodec"/>.</summary>
    public static class ClipEncoder
    {
        /// <summary>Encodes 16-bit samples into a complete clip file (header and blocks).</summary>
        /// <param name="samples">The clip, at least one sample.</param>
        /// <param name="sampleRate">Samples per second.</param>
        /// <param name="codec"><see cref="ClipCodec.CodecPcm16"/> or <see cref="ClipCodec.CodecImaAdpcm"/>.</param>
        public static byte[] Encode(short[] samples, int sampleRate, int codec)
        {
            ArgumentNullException.ThrowIfNull(samples);
            var header = new ClipHeader();
            Check(ClipCodec.InitHeader(header, codec, sampleRate, samples.Length, 0));
            var file = new byte[header.FileLength];
            Check(ClipCodec.WriteHeader(header, file, 0));
            int spb = header.SamplesPerBlock;
            int index = 0;
            for (int b = 0; b < header.BlockCount; b++)
            {
                int offset = ClipCodec.HeaderSize + (b * header.BlockSize);
                int start = b * spb;
                int n = Math.Min(spb, samples.Length - start);
                var block = samples.AsSpan(start, n);
                if (codec == ClipCodec.CodecPcm16)
                {
                    // Padding after the last sample stays zero.
                    for (int i = 0; i < n; i++)
                    {
                        file[offset + (2 * i)] = (byte)block[i];
                        file[offset + (2 * i) + 1] = (byte)(block[i] >> 8);
                    }
                }
                else
                {
                    index = EncodeAdpcmBlock(block, index, file.AsSpan(offset, header.BlockSize));
                }
            }

            return file;
        }

        /// <summary>
        /// Encodes one IMA-ADPCM block. The first sample goes verbatim into the block header; each later sample
        /// takes the 4-bit code that, looking one sample ahead, gives the least squared error. The state is
        /// advanced by the device's own <see cref="ImaAdpcm.Step"/>, so encoder and decoder agree bit for bit.
        /// </summary>
        /// <returns>The step index at the block's end, carried into the next block's header.</returns>
        public static int EncodeAdpcmBlock(ReadOnlySpan<short> samples, int index, Span<byte> block)
        {
            if (samples.Length == 0)
            {
                throw new ArgumentException("no samples", nameof(samples));
            }

            block.Clear();
            int predictor = samples[0];
            block[0] = (byte)predictor;
            block[1] = (byte)(predictor >> 8);
            block[2] = (byte)index;
            int capacity = 1 + ((block.Length - 4) * 2);
            for (int i = 1; i < capacity; i++)
            {
                // Past the clip's end, keep encoding the last sample so padding stays quiet.
                int target = i < samples.Length ? samples[i] : samples[^1];
                int next = i + 1 < samples.Length ? samples[i + 1] : samples[^1];
                int code = BestCode(predictor, index, target, next, lookAhead: i + 1 < capacity);
                ImaAdpcm.Step(ref predictor, ref index, code);
                int at = 4 + ((i - 1) >> 1);
                block[at] |= (byte)((i & 1) == 1 ? code : code << 4);
            }

            return index;
        }

        /// <summary>Decodes a whole clip file with the device decoder.</summary>
        /// <exception cref="InvalidDataException">The file does not parse or a block is bad; the message names the status.</exception>
        public static short[] Decode(byte[] file, out ClipHeader header)
        {
            ArgumentNullException.ThrowIfNull(file);
            header = new ClipHeader();
            ClipStatus status = ClipCodec.ParseHeader(file, 0, file.Length, header);
            if (status != ClipStatus.Ok)
            {
                throw new InvalidDataException($"bad clip: {StatusName((int)status)}");
            }

            var samples = new short[header.SampleCount];
            var block = new short[header.SamplesPerBlock];
            for (int b = 0; b < header.BlockCount; b++)
            {
                int n = ClipDecoder.DecodeBlock(header, b, file, ClipCodec.HeaderSize + (b * header.BlockSize), header.BlockSize, block, 0);
                if (n < 0)
                {
                    throw new InvalidDataException($"bad clip block {b}: {StatusName(n)}");
                }

                Array.Copy(block, 0, samples, b * header.SamplesPerBlock, n);
            }

            return samples;
        }

        /// <summary>A status code's name, for messages.</summary>
        public static string StatusName(int status) => status == 0 ? "ok" : ((ClipStatus)status).ToString();

        /// <summary>Codec name used on the command line and in the manifest.</summary>
        public static string CodecName(int codec) => codec == ClipCodec.CodecImaAdpcm ? "adpcm" : "pcm";

        private static int BestCode(int predictor, int index, int target, int next, bool lookAhead)
        {
            int best = 0;
            long bestCost = long.MaxValue;
            for (int code = 0; code < 16; code++)
            {
                int p = predictor;
                int ix = index;
                int y = ImaAdpcm.Step(ref p, ref ix, code);
                long cost = Square(target - y);
                if (cost >= bestCost)
                {
                    continue;
                }

                if (lookAhead)
                {
                    long bestNext = long.MaxValue;
                    for (int c2 = 0; c2 < 16; c2++)
                    {
                        int p2 = p;
                        int ix2 = ix;
                        bestNext = Math.Min(bestNext, Square(next - ImaAdpcm.Step(ref p2, ref ix2, c2)));
                    }

                    cost += bestNext;
                }

                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = code;
                }
            }

            return best;
        }

        private static long Square(int v) => (long)v * v;

        private static void Check(ClipStatus status)
        {
            if (status != ClipStatus.Ok)
            {
                throw new ArgumentException($"cannot encode: {status}");
            }
        }
    }
}
