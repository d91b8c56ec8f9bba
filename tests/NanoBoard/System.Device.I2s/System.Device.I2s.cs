// Stand-in for nanoFramework.System.Device.I2s 1.0.28 on the virtual board: the contract's names and
// signatures, bodies that record (open, close, writes, and any write after close, on whichever thread).
// Assumes of the native code: the bus clocks from the constructor until Dispose; Write takes the
// samples at once (on the chip it waits for DMA room); a write after Dispose throws.

using System;
using NanoBoard;

namespace System.Device.I2s
{
    [Flags]
    public enum I2sMode
    {
        Master = 1,
        Slave = 2,
        Tx = 4,
        Rx = 8,
        DacBuiltIn = 16,
        AdcBuiltIn = 32,
        Pdm = 64
    }

    public enum I2sBitsPerSample
    {
        Bit8 = 8,
        Bit16 = 16,
        Bit24 = 24,
        Bit32 = 32
    }

    public enum I2sChannelFormat
    {
        RightLeft = 0,
        AllRight = 1,
        AllLeft = 2,
        OnlyRight = 3,
        OnlyLeft = 4
    }

    public enum I2sCommunicationFormat
    {
        I2S = 1,
        Msb = 3,
        PcmShort = 4,
        PcmLong = 12,
        Max = 13
    }

    public sealed class I2sConnectionSettings
    {
        public I2sConnectionSettings(int busId)
        {
            BusId = busId;
        }

        public int BusId { get; set; }
        public I2sMode Mode { get; set; }
        public int SampleRate { get; set; }
        public I2sBitsPerSample BitsPerSample { get; set; }
        public I2sChannelFormat ChannelFormat { get; set; }
        public I2sCommunicationFormat CommunicationFormat { get; set; }
        public int BufferSize { get; set; }
    }

    public class I2sDevice : IDisposable
    {
        private readonly I2sConnectionSettings _settings;
        private bool _disposed;

        public I2sDevice(I2sConnectionSettings settings)
        {
            _settings = settings;
            Board.I2sOpen = true;
            Board.Event("i2s open bus " + settings.BusId.ToString() + " " + settings.SampleRate.ToString() + " Hz");
        }

        public I2sConnectionSettings ConnectionSettings => _settings;

        public void Write(SpanByte buffer)
        {
            Board.NoteSideThread();
            if (_disposed)
            {
                Board.I2sWritesAfterClose++;
                Board.EventAnyThread("i2s write after close");
                throw new ObjectDisposedException();
            }

            Board.I2sWrites++;
        }

        public void Read(SpanByte buffer) => throw new NotSupportedException("not simulated");

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                Board.I2sOpen = false;
                Board.Event("i2s close");
            }
        }
    }
}
