namespace RelaxLamp.Scenarios
{
    /// <summary>
    /// FNV-1a, 32 bits: a hash of everything a scenario's frames show, in integer arithmetic that
    /// nanoCLR and desktop .NET compute identically, so equal hashes mean equal frames.
    /// </summary>
    public sealed class FrameHash
    {
        private const uint Offset = 2166136261;
        private const uint Prime = 16777619;

        private uint _value = Offset;

        /// <summary>The hash so far.</summary>
        public uint Value => _value;

        /// <summary>Adds one byte.</summary>
        public void Add(byte b)
        {
            _value = (_value ^ b) * Prime;
        }

        /// <summary>Adds the first <paramref name="count"/> bytes of <paramref name="bytes"/>.</summary>
        public void Add(byte[] bytes, int count)
        {
            uint v = _value;
            for (int i = 0; i < count; i++)
            {
                v = (v ^ bytes[i]) * Prime;
            }

            _value = v;
        }

        /// <summary>Adds a 32-bit value, low byte first.</summary>
        public void Add(int value)
        {
            Add((byte)value);
            Add((byte)(value >> 8));
            Add((byte)(value >> 16));
            Add((byte)(value >> 24));
        }

        /// <summary>Eight lower-case hex digits: the same text on every runtime (no format strings).</summary>
        public static string Hex(uint value)
        {
            const string Digits = "0123456789abcdef";
            var text = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                text[i] = Digits[(int)(value & 0xF)];
                value >>= 4;
            }

            return new string(text);
        }
    }
}
