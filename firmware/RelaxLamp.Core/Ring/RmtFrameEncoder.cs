using System;

namespace RelaxLamp.Core.Ring
{
    /// <summary>
    /// Turns a GRB frame (3 bytes per LED, as the core renders it) into the RMT symbols that send it:
    /// 8 symbols per byte, most significant bit first, then one reset symbol, serialised as
    /// <see cref="RmtWord"/> lays them out, ready for <c>TransmitterChannel.SendData</c>.
    /// </summary>
    /// <remarks>
    /// Every byte value's 8 symbols (32 bytes) are worked out once, into a 256-entry table (8 KB), so a
    /// frame is one <see cref="Array.Copy(Array, int, Array, int, int)"/> per byte: on the interpreter
    /// a native block copy instead of 24 interpreted symbol writes. The symbols go into one buffer made
    /// here, reused for every frame: <see cref="Encode"/> allocates nothing.
    /// </remarks>
    public sealed class RmtFrameEncoder
    {
        /// <summary>Symbols per data byte.</summary>
        public const int SymbolsPerByte = 8;

        /// <summary>Bytes of serialised symbols per data byte (32: a table offset is the byte value shifted left by 5).</summary>
        public const int BytesPerByte = SymbolsPerByte * RmtWord.Size;

        private readonly byte[] _table = new byte[256 * BytesPerByte];
        private readonly byte[] _symbols;
        private readonly int _dataBytes;

        /// <summary>Builds the table for <paramref name="timing"/> and the buffer for <paramref name="ledCount"/> LEDs (its reset already in place).</summary>
        public RmtFrameEncoder(int ledCount, LedTiming timing)
        {
            if (ledCount < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(ledCount));
            }

            Timing = timing;
            _dataBytes = ledCount * 3;
            _symbols = new byte[(_dataBytes * BytesPerByte) + RmtWord.Size];
            BuildTable(timing);

            // The reset: the line low for both halves of the last symbol; the channel's idle level
            // (low) holds it there until the next frame.
            int half = LedTiming.ResetTicks / 2;
            RmtWord.Write(_symbols, _dataBytes * BytesPerByte, half, false, LedTiming.ResetTicks - half, false);
            Encode(new byte[_dataBytes]);
        }

        /// <summary>The LED timing the table was built for.</summary>
        public LedTiming Timing { get; }

        /// <summary>The serialised symbols of the last frame encoded (dark until the first), reset included. The same array every frame.</summary>
        public byte[] Symbols => _symbols;

        /// <summary>Number of symbols in <see cref="Symbols"/>: 24 per LED, plus the reset.</summary>
        public int SymbolCount => _symbols.Length / RmtWord.Size;

        /// <summary>Frame bytes this encoder takes: 3 per LED.</summary>
        public int FrameBytes => _dataBytes;

        /// <summary>
        /// Fills the table: the two bit symbols, then the 16 nibbles (4 symbols each) copied from them,
        /// then the 256 bytes (two nibbles each) copied from those. Block copies instead of 2048
        /// symbol writes: this runs at every boot, before the first light.
        /// </summary>
        private void BuildTable(LedTiming timing)
        {
            var bits = new byte[2 * RmtWord.Size];
            RmtWord.Write(bits, 0, timing.ZeroHighTicks, true, timing.ZeroLowTicks, false);
            RmtWord.Write(bits, RmtWord.Size, timing.OneHighTicks, true, timing.OneLowTicks, false);

            const int NibbleBytes = 4 * RmtWord.Size;
            var nibbles = new byte[16 * NibbleBytes];
            for (int v = 0; v < 16; v++)
            {
                for (int bit = 0; bit < 4; bit++)
                {
                    // Most significant bit first, as the LEDs take it.
                    int one = (v >> (3 - bit)) & 1;
                    Array.Copy(bits, one * RmtWord.Size, nibbles, (v * NibbleBytes) + (bit * RmtWord.Size), RmtWord.Size);
                }
            }

            byte[] table = _table;
            for (int v = 0; v < 256; v++)
            {
                Array.Copy(nibbles, (v >> 4) * NibbleBytes, table, v * BytesPerByte, NibbleBytes);
                Array.Copy(nibbles, (v & 15) * NibbleBytes, table, (v * BytesPerByte) + NibbleBytes, NibbleBytes);
            }
        }

        /// <summary>Encodes <paramref name="grb"/> (its first <see cref="FrameBytes"/> bytes) into <see cref="Symbols"/>.</summary>
        public void Encode(byte[] grb)
        {
            byte[] table = _table;
            byte[] symbols = _symbols;
            int n = _dataBytes;
            int at = 0;

            // One LED (three bytes) per turn: the loop's own counting, which the interpreter pays per
            // turn, is then paid a third as often (1.47k IL instead of 2.05k per 24-LED frame, counted on nanoCLR).
            for (int i = 0; i < n; i += 3)
            {
                Array.Copy(table, grb[i] << 5, symbols, at, BytesPerByte);
                Array.Copy(table, grb[i + 1] << 5, symbols, at + BytesPerByte, BytesPerByte);
                Array.Copy(table, grb[i + 2] << 5, symbols, at + (2 * BytesPerByte), BytesPerByte);
                at += 3 * BytesPerByte;
            }
        }
    }
}
