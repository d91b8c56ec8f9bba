// Stand-in for nanoFramework.Hardware.Esp32.Rmt 3.0.x on the virtual board: the contract's names and
// signatures (../shared/nano-api), bodies for what the firmware uses. Assumes of the native code
// (nf-interpreter PR #3510, read): SendData takes whole 4-byte symbols (else CLR_E_SERIALIZATION_VIOLATION),
// waits for the previous transmission, copies the buffer and returns; the line idles at IdleLevel;
// IsChannelIdle waits for the transmission to end. Here a send hands the buffer to Board.Frames at once.

using System;
using NanoBoard;
using System.Collections;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    // One RMT item: two (duration, level) halves. Durations are in channel ticks (1 / ResolutionHz), at most 32767.
    public class RmtSymbol
    {
        public RmtSymbol(ushort duration0, bool level0, ushort duration1, bool level1) => throw new NotSupportedException();

        public ushort Duration0 { get; set; }
        public ushort Duration1 { get; set; }
        public bool Level0 { get; set; }
        public bool Level1 { get; set; }
    }

    // Upstream's Symbols (ArrayList) property is internal at 7721158 (it was public at e45c5d9); not stubbed.
    public class RmtSymbols : IEnumerable
    {
        public RmtSymbols() => throw new NotSupportedException();
        public RmtSymbols(RmtSymbol[] symbolsArray) => throw new NotSupportedException();

        public int Count => throw new NotSupportedException();
        public RmtSymbol this[int index] { get => throw new NotSupportedException("not simulated"); set => throw new NotSupportedException("not simulated"); }

        public void Add(RmtSymbol cmd) => throw new NotSupportedException();
        public void Clear() => throw new NotSupportedException();

        // 4 bytes per symbol, the native rmt_symbol_word_t layout; cached until the collection changes.
        public byte[] Serialize() => throw new NotSupportedException();
        public IEnumerator GetEnumerator() => throw new NotSupportedException();
    }

    // Upstream also has an internal Handle and an internal copy constructor; not stubbed.
    public abstract class RmtChannelSettings
    {
        protected RmtChannelSettings(int pinNumber)
        {
            PinNumber = pinNumber;
            ResolutionHz = 1000000;
            NumberOfMemoryBlocks = 1;
        }

        public int PinNumber { get; set; }
        // Default 1_000_000 (1 us ticks).
        public int ResolutionHz { get; set; }
        // 1..8 (default 1); one block is 64 symbols on ESP32/S2/S3, 48 on C3/C5/C6/H2/P4.
        public byte NumberOfMemoryBlocks { get; set; }
        public bool SignalInverterEnabled { get; set; }
    }

    // Upstream also has an internal copy constructor; not stubbed.
    public sealed class TransmitChannelSettings : RmtChannelSettings
    {
        // Defaults upstream: EnableCarrierWave false, CarrierLevel true, CarrierWaveFrequency 38_000, CarrierWaveDutyPercentage 33,
        // CarrierAlwaysOn false, EnableLooping false, LoopCount 1, EnableIdleLevelOutput true, IdleLevel false.
        public TransmitChannelSettings(int pinNumber) : base(pinNumber)
        {
            CarrierLevel = true;
            CarrierWaveFrequency = 38000;
            CarrierWaveDutyPercentage = 33;
            LoopCount = 1;
            EnableIdleLevelOutput = true;
        }

        public bool EnableCarrierWave { get; set; }
        public bool CarrierLevel { get; set; }
        public int CarrierWaveFrequency { get; set; }
        public float CarrierWaveDutyPercentage { get; set; }
        public bool CarrierAlwaysOn { get; set; }
        public bool EnableLooping { get; set; }
        public int LoopCount { get; set; }
        public bool EnableIdleLevelOutput { get; set; }
        public bool IdleLevel { get; set; }
    }

    public abstract class RmtChannel
    {
        [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
        protected readonly RmtChannelSettings _settings;

        protected RmtChannel(RmtChannelSettings settings)
        {
            _settings = settings;
        }

        public int Pin { get; set; }
        public int ResolutionHz { get; set; }
        public byte NumberOfMemoryBlocks { get; set; }
    }

    public enum EncoderType : byte
    {
        None = 0,
        Copy = 1,
        Byte = 2
    }

    public abstract class EncoderSettings
    {
        // private protected upstream (004c746; internal at e45c5d9): only this assembly's encoders derive from it.
        private protected EncoderSettings(EncoderType t) => throw new NotSupportedException();

        public EncoderType Type => throw new NotSupportedException();
    }

    // Parameter names as in the later stored revision (bit0, bit1, msbFirst, with ByteLength); e45c5d9 had Bit0, Bit1, MsbFirst.
    public class ByteEncoderSettings : EncoderSettings
    {
        public ByteEncoderSettings(RmtSymbol bit0, RmtSymbol bit1, bool msbFirst, int byteLength = 0) : base(EncoderType.Byte) => throw new NotSupportedException();

        public bool MsbFirst => throw new NotSupportedException();
        public RmtSymbol Bit0 => throw new NotSupportedException();
        public RmtSymbol Bit1 => throw new NotSupportedException();
        public int ByteLength => throw new NotSupportedException();
    }

    // Constructors as in the later stored revision; e45c5d9 had CopyEncoderSettings(RmtSymbols symbols = null) instead of the first two.
    public class CopyEncoderSettings : EncoderSettings
    {
        public CopyEncoderSettings() : base(EncoderType.Copy) => throw new NotSupportedException();
        public CopyEncoderSettings(RmtSymbols symbols) : base(EncoderType.Copy) => throw new NotSupportedException();
        public CopyEncoderSettings(RmtSymbol[] symbols) : base(EncoderType.Copy) => throw new NotSupportedException();
    }

    public class EncoderData
    {
        public EncoderData(byte[] data, int loop = 1) => throw new NotSupportedException();

        public byte[] Data { get; set; }
        // At least 1.
        public int Loop { get; set; }
    }

    // Upstream also has an internal Handle, an internal NativeTxWriteSymbolItems and a finalizer; not stubbed.
    public class TransmitterEncodedChannel : RmtChannel, IDisposable
    {
        // encoderSettings null = one copy encoder.
        public TransmitterEncodedChannel(TransmitChannelSettings settings, EncoderSettings[] encoderSettings) : base(settings)
        {
            Board.Event("rmt open pin " + settings.PinNumber.ToString() + " " + settings.ResolutionHz.ToString() + " Hz blocks "
                + settings.NumberOfMemoryBlocks.ToString() + " idle " + (settings.EnableIdleLevelOutput ? (settings.IdleLevel ? "high" : "low") : "off"));
            if (settings.EnableIdleLevelOutput)
            {
                Board.SetLevel(settings.PinNumber, settings.IdleLevel ? 1 : 0);
            }
        }

        internal bool Disposed;

        // Native: waits (rmt_tx_wait_all_done) until every queued transmission is done, then returns true.
        public bool IsChannelIdle => !Disposed;
        public bool EnableLooping { get; set; }
        public int LoopCount { get; set; }
        public bool CarrierLevel { get; set; }
        public bool IdleLevel { get; set; }

        public void SendWithEncoders(EncoderData[] encoderData, bool waitTxDone = true) => throw new NotSupportedException();

        public void Dispose() => Dispose(true);

        protected virtual void Dispose(bool disposing)
        {
            if (!Disposed)
            {
                Disposed = true;
                Board.Event("rmt close");
            }
        }
    }

    // The plain channel: one copy encoder. SendData takes serialised symbols (4 bytes each, as RmtSymbols.Serialize() returns);
    // native copies them into its own buffer after waiting for the previous transmission, then transmits.
    public class TransmitterChannel : TransmitterEncodedChannel
    {
        public TransmitterChannel(TransmitChannelSettings settings) : base(settings, null)
        {
        }

        public void Send(RmtSymbols symbols, bool waitTxDone = true) => throw new NotSupportedException();
        public void SendData(byte[] data, bool waitTxDone = true)
        {
            if (Disposed)
            {
                throw new ObjectDisposedException();
            }

            if (data.Length % 4 != 0)
            {
                throw new ArgumentException("not whole symbols");
            }

            FrameHandler frames = Board.Frames;
            if (frames != null && Board.IsFirmwareThread)
            {
                frames(data);
            }
        }
    }

    public enum LedType
    {
        WS2811 = 0,
        WS2812 = 1,
        WS2813 = 2,
        WS2815 = 3,
        SK2812 = 4
    }

    // Timings in 100 ns ticks (upstream opens the channel at 10 MHz with one memory block): a byte encoder (MSB first) for the
    // data, a copy encoder for the reset. It wraps, and does not derive from, a TransmitterEncodedChannel (Channel).
    public class LedTransmitChannel : IDisposable
    {
        public LedTransmitChannel(int pinNumber, ushort T0L, ushort T0H, ushort T1L, ushort T1H, ushort ResetTime) => throw new NotSupportedException();
        public LedTransmitChannel(int pinNumber, LedType wsType) => throw new NotSupportedException();

        public TransmitterEncodedChannel Channel => throw new NotSupportedException();

        // Upstream allocates a new EncoderData[1] and an EncoderData on every call.
        public void SendLedData(byte[] ledData, int RepeatDataCount = 1, bool waitToComplete = true) => throw new NotSupportedException();

        protected virtual void Dispose(bool disposing) => throw new NotSupportedException();
        public void Dispose() => throw new NotSupportedException();
    }
}
