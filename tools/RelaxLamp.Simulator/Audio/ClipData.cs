using RelaxLamp.Core.Audio;

namespace RelaxLamp.Simulator.Audio
{
    /// <summary>One clip file as the device holds it: the parsed header and the encoded bytes, checked at load.</summary>
    public sealed class ClipData
    {
        internal ClipData(int number, string path, ClipHeader header, byte[] bytes, int peak)
        {
            Number = number;
            Path = path;
            Name = System.IO.Path.GetFileNameWithoutExtension(path);
            Header = header;
            Bytes = bytes;
            Peak = peak;
        }

        /// <summary>The clip's number (see <see cref="Clips"/>).</summary>
        public int Number { get; }

        /// <summary>The file it came from.</summary>
        public string Path { get; }

        /// <summary>The file name without extension, e.g. <c>08-tone-in</c>.</summary>
        public string Name { get; }

        /// <summary>The parsed header.</summary>
        public ClipHeader Header { get; }

        /// <summary>The whole file: header, then blocks.</summary>
        public byte[] Bytes { get; }

        /// <summary>Largest absolute sample at unity gain.</summary>
        public int Peak { get; }

        /// <summary>Samples in the clip.</summary>
        public int SampleCount => Header.SampleCount;
    }
}
