using System;
using NAudio.Codecs;
using RelaxLamp.Core.Audio;
using Xunit;

namespace RelaxLamp.AudioAssets.Tests
{
    /// <summary>Codec 2, G.711 µ-law: the container, the padding, and the round trip through NAudio's standard decoder.</summary>
    public class MuLawTests
    {
        [Fact]
        public void Header_fields_describe_a_mulaw_clip_and_carry_a_valid_crc()
        {
            short[] pcm = TestSignals.SpeechLike(0.1, 16000, 1).ToPcm16();
            Assert.Equal(1600, pcm.Length);
            byte[] file = ClipEncoder.Encode(pcm, 16000, ClipFile.CodecMuLaw);

            Assert.Equal("RLAC", System.Text.Encoding.ASCII.GetString(file, 0, 4));
            Assert.Equal(ClipCodec.Version, file[4]);
            Assert.Equal(2, file[5]);
            Assert.Equal(1, file[6]);
            Assert.Equal(0, file[7]);
            Assert.Equal(16000, BitConverter.ToInt32(file, 8));
            Assert.Equal(1600, BitConverter.ToInt32(file, 12));
            Assert.Equal(512, BitConverter.ToUInt16(file, 16));
            Assert.Equal(ClipCodec.Crc16(file, 0, 18), BitConverter.ToUInt16(file, 18));

            // 1600 samples = 3 full blocks of 512 and one of 64 samples padded to 512.
            Assert.Equal(ClipCodec.HeaderSize + (4 * 512), file.Length);
            Assert.Equal((int)ClipStatus.Ok, ClipFile.Parse(file, out ClipInfo? info));
            Assert.Equal(new ClipInfo(ClipFile.CodecMuLaw, 16000, 1600, 512, 512, 4), info);
            Assert.Equal(100, info!.DurationMs);
        }

        [Fact]
        public void The_last_block_is_padded_with_mulaw_silence_and_the_count_is_exact()
        {
            var pcm = new short[1000];
            for (int i = 0; i < pcm.Length; i++)
            {
                pcm[i] = (short)(8000 * Math.Sin(i * 0.1));
            }

            byte[] file = ClipEncoder.Encode(pcm, 16000, ClipFile.CodecMuLaw);
            Assert.Equal(ClipCodec.HeaderSize + 1024, file.Length);
            for (int i = ClipCodec.HeaderSize + 1000; i < file.Length; i++)
            {
                Assert.Equal(ClipFile.MuLawSilence, file[i]);
            }

            Assert.Equal(0, MuLawDecoder.MuLawToLinearSample(ClipFile.MuLawSilence));
            Assert.Equal(0xFF, MuLawEncoder.LinearToMuLawSample(0));
            Assert.Equal(1000, ClipEncoder.Decode(file, out _).Length);

            // A clip of exactly one block has no padding at all.
            Assert.Equal(ClipCodec.HeaderSize + 512, ClipEncoder.Encode(new short[512], 16000, ClipFile.CodecMuLaw).Length);
        }

        [Fact]
        public void Every_byte_is_the_standard_G711_code_of_its_sample()
        {
            var rng = new Random(7);
            var pcm = new short[3000];
            for (int i = 0; i < pcm.Length; i++)
            {
                pcm[i] = (short)rng.Next(short.MinValue, short.MaxValue + 1);
            }

            byte[] file = ClipEncoder.Encode(pcm, 16000, ClipFile.CodecMuLaw);
            short[] back = ClipEncoder.Decode(file, out _);
            pcm[0] = short.MinValue;
            pcm[1] = short.MaxValue;
            byte[] file2 = ClipEncoder.Encode(pcm, 16000, ClipFile.CodecMuLaw);
            Assert.Equal(0x00, file2[ClipCodec.HeaderSize]);
            Assert.Equal(0x80, file2[ClipCodec.HeaderSize + 1]);
            for (int i = 2; i < pcm.Length; i++)
            {
                Assert.Equal(MuLawEncoder.LinearToMuLawSample(Math.Max(pcm[i], (short)-32767)), file[ClipCodec.HeaderSize + i]);
                Assert.Equal(MuLawDecoder.MuLawToLinearSample(file[ClipCodec.HeaderSize + i]), back[i]);
            }
        }

        [Theory]
        [InlineData(0, 0xFF, 0)]
        [InlineData(1000, 0xCE, 988)]
        [InlineData(-1000, 0x4E, -988)]
        [InlineData(-120, 0x70, -120)]
        [InlineData(32767, 0x80, 32124)]
        [InlineData(-32768, 0x00, -32124)]
        public void Codes_match_worked_G711_values(int sample, int code, int decoded)
        {
            // G.711 µ-law by hand: s = |x| + 132, segment e = floor(log2 s) - 7, mantissa m = (s >> (e + 3)) & 15, byte =
            // ~(sign | e << 4 | m); decoding gives ((m << 3) + 132) << e - 132. 1000: s = 1132, e = 3, m = 1, ~0x31 = 0xCE,
            // back to 140 << 3 - 132 = 988. Full scale clips at 32635 (e = 7, m = 15), -32768 included (NAudio alone
            // would turn it into silence; the encoder raises it to -32767 first).
            byte[] file = ClipEncoder.Encode(new[] { (short)sample }, 16000, ClipFile.CodecMuLaw);
            Assert.Equal(code, file[ClipCodec.HeaderSize]);
            Assert.Equal(decoded, ClipEncoder.Decode(file, out _)[0]);
        }

        [Theory]
        [InlineData(0.5)]
        [InlineData(0.05)]
        [InlineData(0.005)]
        public void Round_trip_error_stays_within_half_a_mulaw_step(double amplitude)
        {
            // µ-law's steps grow with the level (logarithmic companding): segment e (from |x| + 132, the G.711 bias) has
            // steps of 2^(e + 3) and the decoder returns each step's midpoint, so the error is at most 2^(e + 2); the SNR
            // therefore holds above 30 dB from loud to quiet.
            short[] pcm = TestSignals.Sine(523, 1, 16000, amplitude).ToPcm16();
            short[] back = ClipEncoder.Decode(ClipEncoder.Encode(pcm, 16000, ClipFile.CodecMuLaw), out _);
            for (int i = 0; i < pcm.Length; i++)
            {
                int magnitude = Math.Min(Math.Abs((int)pcm[i]), 32635) + 132;
                int segment = Math.Max(0, (int)Math.Floor(Math.Log2(magnitude)) - 7);
                int halfStep = 1 << (segment + 2);
                Assert.True(Math.Abs(back[i] - pcm[i]) <= halfStep, $"sample {i}: {pcm[i]} -> {back[i]}, half step {halfStep}");
            }

            double snr = Dsp.Snr(MonoAudio.FromPcm16(pcm, 16000).Samples, back);
            Assert.True(snr > 30, $"SNR {snr:F1} dB at amplitude {amplitude}");
        }

        [Fact]
        public void Silence_and_fades_decode_to_exact_zero()
        {
            short[] back = ClipEncoder.Decode(ClipEncoder.Encode(new short[] { 0, 0, 1, -1, 2, 0 }, 16000, ClipFile.CodecMuLaw), out _);
            Assert.Equal(0, back[0]);
            Assert.Equal(0, back[^1]);
            Assert.All(back, v => Assert.InRange(v, -8, 8));
        }

        [Fact]
        public void Damaged_and_truncated_mulaw_files_are_refused()
        {
            byte[] file = ClipEncoder.Encode(new short[700], 16000, ClipFile.CodecMuLaw);
            Assert.Equal((int)ClipStatus.Truncated, ClipFile.Parse(file.AsSpan(0, file.Length - 1).ToArray(), out _));
            Assert.Equal((int)ClipStatus.Ok, ClipFile.Parse(file.AsSpan(0, ClipCodec.HeaderSize).ToArray(), out _));

            for (int at = 0; at < ClipCodec.HeaderSize; at++)
            {
                byte[] bad = (byte[])file.Clone();
                bad[at] ^= 0x10;
                Assert.NotEqual((int)ClipStatus.Ok, ClipFile.Parse(bad, out _));
            }

            // A header whose CRC is right but whose fields are not: rate, count, block size.
            Assert.Equal((int)ClipStatus.BadSampleRate, WithField(file, 8, 100));
            Assert.Equal((int)ClipStatus.BadSampleCount, WithField(file, 12, 0));
            Assert.Equal((int)ClipStatus.BadBlockSize, WithField(file, 16, 0));
            Assert.Throws<System.IO.InvalidDataException>(() => ClipEncoder.Decode(file.AsSpan(0, 100).ToArray(), out _));
        }

        [Fact]
        public void Encoding_refuses_what_the_format_cannot_hold()
        {
            Assert.Throws<ArgumentException>(() => ClipEncoder.Encode(Array.Empty<short>(), 16000, ClipFile.CodecMuLaw));
            Assert.Throws<ArgumentException>(() => ClipEncoder.Encode(new short[10], 96000, ClipFile.CodecMuLaw));
            Assert.Throws<ArgumentException>(() => ClipEncoder.Encode(new short[10], 16000, ClipFile.CodecMuLaw, 5000));
            Assert.Equal(ClipCodec.HeaderSize + 300, ClipEncoder.Encode(new short[250], 16000, ClipFile.CodecMuLaw, 100).Length);
        }

        [Fact]
        public void The_device_decoder_agrees_with_NAudio()
        {
            // The device's µ-law decoder (firmware/RelaxLamp.Core/Audio/MuLaw.cs) must give the standard table's samples.
            short[] pcm = TestSignals.SpeechLike(0.5, 16000, 5).ToPcm16();
            byte[] file = ClipEncoder.Encode(pcm, 16000, ClipFile.CodecMuLaw);
            var header = new ClipHeader();
            Assert.Equal(ClipStatus.Ok, ClipCodec.ParseHeader(file, 0, file.Length, header));
            Assert.Equal(512, header.SamplesPerBlock);
            short[] expected = NAudioDecode(file);
            var block = new short[header.SamplesPerBlock];
            int at = 0;
            for (int b = 0; b < header.BlockCount; b++)
            {
                int n = ClipDecoder.DecodeBlock(header, b, file, ClipCodec.HeaderSize + (b * header.BlockSize), header.BlockSize, block, 0);
                Assert.Equal(header.SamplesInBlock(b), n);
                for (int i = 0; i < n; i++)
                {
                    // NAudio expands 0x7F to -1 where G.711 says 0: one LSB, on that code only.
                    byte code = file[ClipCodec.HeaderSize + at];
                    Assert.Equal(code == 0x7F ? 0 : expected[at], block[i]);
                    at++;
                }
            }

            Assert.Equal(pcm.Length, at);
        }

        private static short[] NAudioDecode(byte[] file)
        {
            var x = new short[BitConverter.ToInt32(file, 12)];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = NAudio.Codecs.MuLawDecoder.MuLawToLinearSample(file[ClipCodec.HeaderSize + i]);
            }

            return x;
        }

        private static int WithField(byte[] file, int at, int value)
        {
            byte[] bad = (byte[])file.Clone();
            if (at == 16)
            {
                bad[16] = (byte)value;
                bad[17] = (byte)(value >> 8);
            }
            else
            {
                BitConverter.TryWriteBytes(bad.AsSpan(at, 4), value);
            }

            int crc = ClipCodec.Crc16(bad, 0, 18);
            bad[18] = (byte)crc;
            bad[19] = (byte)(crc >> 8);
            return ClipFile.Parse(bad, out _);
        }
    }
}
