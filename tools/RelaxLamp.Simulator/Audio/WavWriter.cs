using System;
using System.Buffers.Binary;
using System.IO;
using RelaxLamp.Simulator.Output;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>A 16 kHz 16-bit mono PCM WAV file, streamed to a temporary file and renamed into place by <see cref="Commit"/>.</summary>
    public sealed class WavWriter : ISampleSink, IDisposable
    {
        /// <summary>Bytes before the samples: RIFF, fmt and data chunk headers.</summary>
        public const int HeaderBytes = 44;

        private readonly PendingFile _file;
        private readonly byte[] _bytes = new byte[8192];
        private long _samples;

        /// <summary>Starts the file bound for <paramref name="path"/>.</summary>
        public WavWriter(string path)
        {
            _file = new PendingFile(path);
            _file.Stream.Write(new byte[HeaderBytes]); // sizes are known only at the end
        }

        /// <summary>Where the file goes.</summary>
        public string FinalPath => _file.FinalPath;

        /// <summary>Samples written so far.</summary>
        public long Samples => _samples;

        /// <inheritdoc/>
        public void Write(ReadOnlySpan<short> samples)
        {
            while (samples.Length > 0)
            {
                int n = Math.Min(samples.Length, _bytes.Length / 2);
                for (int i = 0; i < n; i++)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(_bytes.AsSpan(2 * i), samples[i]);
                }

                _file.Stream.Write(_bytes, 0, 2 * n);
                _samples += n;
                samples = samples[n..];
            }
        }

        /// <summary>Fills in the header and moves the file into place.</summary>
        public void Commit()
        {
            long data = 2 * _samples;
            if (data > uint.MaxValue - 36)
            {
                throw new IOException($"{_file.FinalPath}: too long for a WAV file");
            }

            Stream s = _file.Stream;
            s.Position = 0;
            s.Write(Header((uint)data));
            _file.Commit();
        }

        /// <summary>Drops the file unless it was committed.</summary>
        public void Dispose() => _file.Dispose();

        /// <summary>The 44-byte header of a canonical PCM WAV holding <paramref name="dataBytes"/> of samples.</summary>
        public static byte[] Header(uint dataBytes)
        {
            var h = new byte[HeaderBytes];
            Span<byte> b = h;
            const int blockAlign = AudioFormat.Channels * AudioFormat.BitsPerSample / 8;
            "RIFF"u8.CopyTo(b);
            BinaryPrimitives.WriteUInt32LittleEndian(b[4..], 36 + dataBytes);
            "WAVE"u8.CopyTo(b[8..]);
            "fmt "u8.CopyTo(b[12..]);
            BinaryPrimitives.WriteUInt32LittleEndian(b[16..], 16);
            BinaryPrimitives.WriteUInt16LittleEndian(b[20..], 1); // PCM
            BinaryPrimitives.WriteUInt16LittleEndian(b[22..], AudioFormat.Channels);
            BinaryPrimitives.WriteUInt32LittleEndian(b[24..], AudioFormat.SampleRate);
            BinaryPrimitives.WriteUInt32LittleEndian(b[28..], AudioFormat.SampleRate * blockAlign);
            BinaryPrimitives.WriteUInt16LittleEndian(b[32..], blockAlign);
            BinaryPrimitives.WriteUInt16LittleEndian(b[34..], AudioFormat.BitsPerSample);
            "data"u8.CopyTo(b[36..]);
            BinaryPrimitives.WriteUInt32LittleEndian(b[40..], dataBytes);
            return h;
        }
    }
}
