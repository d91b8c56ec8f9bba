using System;
using System.IO;
using NAudio.Codecs;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.AudioAssets
{
    /// <summary>The encoder side of the clip format; decoding goes through the device's <see cref="ClipCodec"/>.</summary>
    public static class ClipEncoder
    {
        /// <summary>Encodes 16-bit samples into a complete clip file (header and blocks).</summary>
        /// <param name="samples">The clip, at least one sample.</param>
        /// <param name="sampleRate">Samples per second.</param>
        /// <param name="codec"><see cref="ClipFile.CodecMuLaw"/>, <see cref="ClipCodec.CodecPcm16"/> or <see cref="ClipCodec.CodecImaAdpcm"/>.</param>
        /// <param name="blockSize">Bytes per block; 0 takes the codec's default (µ-law 512, ADPCM 256, PCM 1010).</param>
        public static byte[] Encode(short[] samples, int sampleRate, int codec, int blockSize = 0)
        {
            ArgumentNullException.ThrowIfNull(samples);
            if (codec == ClipFile.CodecMuLaw)
            {
                return EncodeMuLaw(samples, sampleRate, blockSize == 0 ? ClipFile.DefaultMuLawBlockSize : blockSize);
            }

            var header = new ClipHeader();
            Check(ClipCodec.InitHeader(header, codec, sampleRate, samples.Length, blockSize));
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
        /// G.711 µ-law clip: one byte a sample by NAudio's standard encoder (<see cref="MuLawEncoder"/>), blocks of
        /// <paramref name="blockSize"/> samples, the last padded with µ-law silence (0xFF); the header's count is exact.
        /// </summary>
        public static byte[] EncodeMuLaw(short[] samples, int sampleRate, int blockSize)
        {
            ArgumentNullException.ThrowIfNull(samples);
            Check(ClipFile.Layout(ClipFile.CodecMuLaw, sampleRate, samples.Length, blockSize, out ClipInfo? info));
            var file = new byte[info!.FileLength];
            ClipFile.WriteHeader(info, file);
            for (int i = 0; i < samples.Length; i++)
            {
                // -32768 is raised to -32767: NAudio 3.3.0 negates the sample in 16 bits, so -32768 stays negative
                // and comes out as the code of silence (0x7F). G.711 clips at 32635 anyway, so nothing is lost.
                file[ClipCodec.HeaderSize + i] = MuLawEncoder.LinearToMuLawSample(Math.Max(samples[i], (short)-32767));
            }

            file.AsSpan(ClipCodec.HeaderSize + samples.Length).Fill(ClipFile.MuLawSilence);
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

        /// <summary>
        /// Decodes a whole clip file with the device's own decoders (<see cref="ClipDecoder"/>), so what the tool
        /// measures is what the lamp plays.
        /// </summary>
        /// <exception cref="InvalidDataException">The file does not parse or a block is bad; the message names the status.</exception>
        public static short[] Decode(byte[] file, out ClipInfo info)
        {
            ArgumentNullException.ThrowIfNull(file);
            int status = ClipFile.Parse(file, out ClipInfo? parsed);
            if (status != (int)ClipStatus.Ok)
            {
                throw new InvalidDataException($"bad clip: {StatusName(status)}");
            }

            info = parsed!;
            var samples = new short[info.SampleCount];
            var header = new ClipHeader();
            ClipCodec.ParseHeader(file, 0, file.Length, header);
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
        public static string StatusName(int status) => ClipStatusText.Of(status);

        /// <summary>Codec name used on the command line and in the manifest.</summary>
        public static string CodecName(int codec) => codec switch
        {
            ClipFile.CodecMuLaw => "mulaw",
            ClipCodec.CodecImaAdpcm => "adpcm",
            _ => "pcm",
        };

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

        private static void Check(ClipStatus status) => Check((int)status);

        private static void Check(int status)
        {
            if (status != (int)ClipStatus.Ok)
            {
                throw new ArgumentException($"cannot encode: {StatusName(status)}");
            }
        }
    }
}
