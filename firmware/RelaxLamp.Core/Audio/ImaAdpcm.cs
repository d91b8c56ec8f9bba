namespace RelaxLamp.Core.Audio
{
    /// <summary>
    /// 4-bit IMA-ADPCM, the WAV (Microsoft IMA) mono block layout: first sample (i16), step index (u8),
    /// reserved (u8), then two codes a byte, low nibble first. The lamp's earlier clips used it; the
    /// device no longer plays it (91 IL instructions a sample on the interpreter, 1.46 million a
    /// second at 16 kHz), but the host tools read it and the bench measures it.
    /// </summary>
    public static class ImaAdpcm
    {
        /// <summary>Highest IMA step index.</summary>
        public const int MaxStepIndex = 88;

        // The standard IMA-ADPCM tables (IMA Digital Audio Focus and Technical Working Groups, 1992).
        private static readonly short[] StepTable = new short[]
        {
            7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
            50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307,
            337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
            2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899,
            15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
        };

        private static readonly sbyte[] IndexTable = new sbyte[]
        {
            -1, -1, -1, -1, 2, 4, 6, 8,
            -1, -1, -1, -1, 2, 4, 6, 8,
        };

        // Per (index, 3-bit magnitude code): the difference and the next index, built once (89 × 8 entries).
        private static readonly int[] DiffTable = BuildDiffTable();
        private static readonly byte[] NextIndexTable = BuildNextIndexTable();

        /// <summary>Decodes one mono IMA-ADPCM block.</summary>
        /// <param name="block">Encoded bytes.</param>
        /// <param name="offset">Where the block starts.</param>
        /// <param name="count">Bytes in the block (at least 4).</param>
        /// <param name="output">Caller-owned sample buffer.</param>
        /// <param name="outputOffset">First sample to write.</param>
        /// <param name="maxSamples">Most samples to write.</param>
        /// <returns>Samples written, or a negative <see cref="ClipStatus"/>.</returns>
        public static int DecodeBlock(byte[] block, int offset, int count, short[] output, int outputOffset, int maxSamples)
        {
            if (!ClipDecoder.RangeOk(block, offset, count, output, outputOffset, maxSamples) || count < 4)
            {
                return (int)ClipStatus.BadArgument;
            }

            int index = block[offset + 2];
            if (index > MaxStepIndex)
            {
                return (int)ClipStatus.BadBlock;
            }

            int samples = 1 + ((count - 4) * 2);
            if (samples > maxSamples)
            {
                samples = maxSamples;
            }

            if (samples > output.Length - outputOffset)
            {
                return (int)ClipStatus.BadArgument;
            }

            if (samples == 0)
            {
                return 0;
            }

            int[] diffs = DiffTable;
            byte[] next = NextIndexTable;
            int predictor = (short)(block[offset] | (block[offset + 1] << 8));
            output[outputOffset] = (short)predictor;
            int codes = offset + 4;
            for (int i = 1; i < samples; i++)
            {
                int b = block[codes + ((i - 1) >> 1)];
                int code = ((i & 1) == 1) ? (b & 0x0F) : (b >> 4);
                int key = (index << 3) | (code & 7);
                predictor = (code & 8) != 0 ? predictor - diffs[key] : predictor + diffs[key];
                predictor = predictor > 32767 ? 32767 : (predictor < -32768 ? -32768 : predictor);
                index = next[key];
                output[outputOffset + i] = (short)predictor;
            }

            return samples;
        }

        /// <summary>
        /// One decode step, written out as the standard defines it; the block decoder uses tables built from
        /// it. The host encoder steps its state with this, so both sides agree bit for bit.
        /// </summary>
        /// <param name="predictor">Previous sample in, new sample out.</param>
        /// <param name="index">Step index in, next step index out (clamped to 0–88).</param>
        /// <param name="code">The 4-bit code; higher bits are ignored.</param>
        /// <returns>The new sample.</returns>
        public static int Step(ref int predictor, ref int index, int code)
        {
            index = index < 0 ? 0 : (index > MaxStepIndex ? MaxStepIndex : index);
            code &= 0x0F;
            predictor += Difference(StepTable[index], code);
            predictor = predictor > 32767 ? 32767 : (predictor < -32768 ? -32768 : predictor);
            index = NextIndex(index, code);
            return predictor;
        }

        /// <summary>The IMA quantiser step for <paramref name="index"/> (clamped to 0–88).</summary>
        public static int StepSize(int index)
        {
            return StepTable[index < 0 ? 0 : (index > MaxStepIndex ? MaxStepIndex : index)];
        }

        // The standard's difference: step/8 plus step, step/2 and step/4 for code bits 2, 1 and 0, signed by bit 3.
        private static int Difference(int step, int code)
        {
            int diff = step >> 3;
            if ((code & 4) != 0)
            {
                diff += step;
            }

            if ((code & 2) != 0)
            {
                diff += step >> 1;
            }

            if ((code & 1) != 0)
            {
                diff += step >> 2;
            }

            return (code & 8) != 0 ? -diff : diff;
        }

        private static int NextIndex(int index, int code)
        {
            index += IndexTable[code & 0x0F];
            return index < 0 ? 0 : (index > MaxStepIndex ? MaxStepIndex : index);
        }

        private static int[] BuildDiffTable()
        {
            var table = new int[(MaxStepIndex + 1) * 8];
            for (int i = 0; i <= MaxStepIndex; i++)
            {
                for (int code = 0; code < 8; code++)
                {
                    table[(i << 3) | code] = Difference(StepTable[i], code);
                }
            }

            return table;
        }

        private static byte[] BuildNextIndexTable()
        {
            // The sign bit does not change the index, so 8 entries per index cover all 16 codes.
            var table = new byte[(MaxStepIndex + 1) * 8];
            for (int i = 0; i <= MaxStepIndex; i++)
            {
                for (int code = 0; code < 8; code++)
                {
                    table[(i << 3) | code] = (byte)NextIndex(i, code);
                }
            }

            return table;
        }
    }
}
