using System;
using System.Collections.Generic;
using System.IO;
using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace RelaxLamp.AudioAssets
{
    /// <summary>WAV reading, writing and resampling through NAudio's managed (cross-platform) classes.</summary>
    public static class WavIo
    {
        /// <summary>The device's sample rate.</summary>
        public const int DeviceRate = 16000;

        /// <summary>Reads a PCM or float WAV file of any channel count, averaging channels to mono.</summary>
        /// <exception cref="InvalidDataException">The file is not a WAV NAudio can turn into samples.</exception>
        public static MonoAudio Read(string path)
        {
            try
            {
                using var reader = new WaveFileReader(path);
                return ReadAll(reader.ToSampleProvider());
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or EndOfStreamException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}: not a PCM or float WAV ({ex.Message})", ex);
            }
        }

        /// <summary>Reads a sample provider to its end, averaging channels to mono.</summary>
        public static MonoAudio ReadAll(ISampleProvider provider)
        {
            ArgumentNullException.ThrowIfNull(provider);
            int channels = provider.WaveFormat.Channels;
            var mono = new List<float>();
            var buffer = new float[4096 * channels];
            int n;
            while ((n = provider.Read(buffer)) > 0)
            {
                for (int i = 0; i + channels <= n; i += channels)
                {
                    float sum = 0;
                    for (int c = 0; c < channels; c++)
                    {
                        sum += buffer[i + c];
                    }

                    mono.Add(sum / channels);
                }
            }

            return new MonoAudio(mono.ToArray(), provider.WaveFormat.SampleRate);
        }

        /// <summary>Resamples to <paramref name="rate"/> with NAudio's WDL resampler (managed, band-limited).</summary>
        public static MonoAudio Resample(MonoAudio audio, int rate)
        {
            ArgumentNullException.ThrowIfNull(audio);
            if (audio.SampleRate == rate)
            {
                return audio;
            }

            var resampler = new WdlResamplingSampleProvider(new ArraySampleProvider(audio), rate);
            return ReadAll(resampler);
        }

        /// <summary>Writes 16-bit mono PCM through a temporary file, so no half-written WAV is left.</summary>
        public static void Write16(string path, short[] samples, int sampleRate)
        {
            ArgumentNullException.ThrowIfNull(samples);
            AtomicFile.Write(path, stream =>
            {
                using var writer = new WaveFileWriter(new NonClosingStream(stream), new WaveFormat(sampleRate, 16, 1));
                writer.WriteSamples(samples, 0, samples.Length);
            });
        }

        /// <summary>Serves a float array as a mono sample provider.</summary>
        private sealed class ArraySampleProvider : ISampleProvider
        {
            private readonly float[] samples;
            private int position;

            public ArraySampleProvider(MonoAudio audio)
            {
                samples = audio.Samples;
                WaveFormat = WaveFormat.CreateIeeeFloatWaveFormat(audio.SampleRate, 1);
            }

            public WaveFormat WaveFormat { get; }

            public int Read(Span<float> buffer)
            {
                int n = Math.Min(buffer.Length, samples.Length - position);
                samples.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }
        }

        /// <summary>Lets WaveFileWriter finish its header without closing the caller's stream.</summary>
        private sealed class NonClosingStream : Stream
        {
            private readonly Stream inner;

            public NonClosingStream(Stream inner) => this.inner = inner;

            public override bool CanRead => inner.CanRead;

            public override bool CanSeek => inner.CanSeek;

            public override bool CanWrite => inner.CanWrite;

            public override long Length => inner.Length;

            public override long Position
            {
                get => inner.Position;
                set => inner.Position = value;
            }

            public override void Flush() => inner.Flush();

            public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

            public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

            public override void SetLength(long value) => inner.SetLength(value);

            public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner.Flush();
                }

                base.Dispose(disposing);
            }
        }
    }
}
