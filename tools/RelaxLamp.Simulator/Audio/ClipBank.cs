using System;
using System.IO;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>The lamp's clips (<c>NN-name.rla</c>, one per number in <see cref="Clips"/>), read and checked with the device's own decoder.</summary>
    public sealed class ClipBank
    {
        private readonly ClipData[] _clips;

        private ClipBank(string folder, ClipData[] clips)
        {
            Folder = folder;
            _clips = clips;
        }

        /// <summary>The folder the clips came from.</summary>
        public string Folder { get; }

        /// <summary>Clip <paramref name="number"/> (0 to <see cref="Clips.Count"/> - 1).</summary>
        public ClipData this[int number] => _clips[number];

        /// <summary>The clips as the core player's source, read as the device reads its flash.</summary>
        public MemoryClips Source()
        {
            var files = new byte[_clips.Length][];
            for (int i = 0; i < files.Length; i++)
            {
                files[i] = _clips[i].Bytes;
            }

            return new MemoryClips(files);
        }

        /// <summary>Number of clips (<see cref="Clips.Count"/>).</summary>
        public int Count => _clips.Length;

        /// <summary>
        /// Reads every clip from <paramref name="folder"/> and decodes each block once, so a bad file fails
        /// here and not mid-session.
        /// </summary>
        /// <exception cref="IOException">A clip is missing, unreadable or not a 16 kHz clip; the message is one line naming it.</exception>
        public static ClipBank Load(string folder)
        {
            ArgumentNullException.ThrowIfNull(folder);
            if (!Directory.Exists(folder))
            {
                throw new IOException($"no clip folder {folder}");
            }

            var clips = new ClipData[Clips.Count];
            for (int n = 0; n < Clips.Count; n++)
            {
                string pattern = n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-*.rla";
                string[] found = Directory.GetFiles(folder, pattern);
                if (found.Length == 0)
                {
                    throw new IOException($"missing clip {Path.Combine(folder, pattern)}");
                }

                if (found.Length > 1)
                {
                    Array.Sort(found, StringComparer.Ordinal);
                    throw new IOException($"two files for clip {n}: {found[0]} and {found[1]}");
                }

                clips[n] = Read(n, found[0]);
            }

            return new ClipBank(Path.GetFullPath(folder), clips);
        }

        private static ClipData Read(int number, string path)
        {
            byte[] bytes = File.ReadAllBytes(path);
            var header = new ClipHeader();
            ClipStatus status = ClipCodec.ParseHeader(bytes, 0, bytes.Length, header);
            if (status == ClipStatus.Ok)
            {
                status = ClipCodec.CheckFileLength(header, bytes.Length);
            }

            if (status != ClipStatus.Ok)
            {
                throw new IOException($"{path} is not a clip ({ClipStatusText.Of((int)status)})");
            }

            if (header.SampleRate != AudioFormat.SampleRate)
            {
                throw new IOException($"{path} is {header.SampleRate} Hz; the lamp plays {AudioFormat.SampleRate} Hz");
            }

            // Every block through the device decoder once: a bad block fails at load, and the peak is known.
            if (header.Codec != ClipCodec.CodecMuLaw || header.BlockSize != ClipPlayer.BlockSamples)
            {
                throw new IOException($"{path}: the lamp plays µ-law clips in {ClipPlayer.BlockSamples}-byte blocks (rebuild it with tools/RelaxLamp.AudioAssets)");
            }

            var pcm = new short[header.SamplesPerBlock];
            int peak = 0;
            for (int b = 0; b < header.BlockCount; b++)
            {
                int n = ClipDecoder.DecodeBlock(header, b, bytes, ClipCodec.HeaderSize + (b * header.BlockSize), header.BlockSize, pcm, 0);
                if (n < 0)
                {
                    throw new IOException($"{path} is not a clip (block {b}: {ClipStatusText.Of(n)})");
                }

                for (int i = 0; i < n; i++)
                {
                    peak = Math.Max(peak, Math.Abs((int)pcm[i]));
                }
            }

            return new ClipData(number, path, header, bytes, peak);
        }
    }
}
