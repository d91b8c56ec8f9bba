using System.Device.Gpio;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Hardware.Esp32.Rmt;
using RelaxLamp.Core.Ring;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The LED ring: one RMT <see cref="TransmitterChannel"/> for the life of the program, the frame
    /// the core renders into (GRB, 3 bytes per LED), the core's encoder that turns it into RMT
    /// symbols, and the MOSFET that switches the ring's supply.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The stock Ws28xx.Esp32 driver is not used: its <c>Ws2812b</c> sends a 9-byte-per-LED image as
    /// pixel data, and its <c>Update()</c> builds a channel and one object per bit on every call (tens
    /// of thousands of IL instructions and KBs of garbage a frame). Here a frame is one
    /// <see cref="RmtFrameEncoder.Encode"/> (a table copy per byte) and one
    /// <see cref="TransmitterChannel.SendData"/>, which waits for the previous frame to finish, copies
    /// the symbols into a native buffer and returns while the RMT sends them, so the buffer is free
    /// again at once and a compacting GC cannot move it under the hardware.
    /// </para>
    /// <para>
    /// The channel is opened before the supply goes on, idle level low: the data line is driven low
    /// from the start (never floating, never high into unpowered LEDs), and the first thing the LEDs
    /// see once powered is a dark frame.
    /// </para>
    /// </remarks>
    internal sealed class RingOutput
    {
        /// <summary>
        /// Time the LEDs need after their supply comes on before they take data: the switch's soft
        /// start (R3 10 kΩ, C3 1 µF in hardware/) brings the 1000 µF rail up in about 10 ms.
        /// </summary>
        private const int PowerSettleMs = 25;

        /// <summary>
        /// RMT memory blocks (64 symbols each on the ESP32): 2 give the refill interrupt half a block
        /// (32 symbols, 40 µs of data) of slack; a 24-LED frame is 577 symbols and is refilled as it goes.
        /// </summary>
        private const byte MemoryBlocks = 2;

        private readonly GpioPin _power;
        private readonly TransmitterChannel _channel;
        private readonly RmtFrameEncoder _encoder;
        private readonly byte[] _frame;
        private bool _on;
        private bool _released;

        /// <summary>Sets up the ring (its supply off, its data line low) for <paramref name="ledCount"/> LEDs of <paramref name="timing"/>.</summary>
        public RingOutput(GpioController gpio, int ledCount, LedTiming timing)
        {
            _power = gpio.OpenPin(LampConfig.RingPowerPin, PinMode.Output);
            _power.Write(PinValue.Low);
            _encoder = new RmtFrameEncoder(ledCount, timing);
            _frame = new byte[_encoder.FrameBytes];

            var settings = new TransmitChannelSettings(LampConfig.RingDataPin);
            settings.ResolutionHz = LedTiming.ResolutionHz;
            settings.NumberOfMemoryBlocks = MemoryBlocks;
            settings.EnableCarrierWave = false;
            settings.EnableLooping = false;
            settings.SignalInverterEnabled = false;
            settings.EnableIdleLevelOutput = true;
            settings.IdleLevel = false;
            _channel = new TransmitterChannel(settings);
        }

        /// <summary>The frame the core renders into: GRB, 3 bytes per LED.</summary>
        public byte[] Frame => _frame;

        /// <summary>The LED timing in use.</summary>
        public LedTiming Timing => _encoder.Timing;

        /// <summary>True while the ring's supply is on.</summary>
        public bool IsOn => _on;

        /// <summary>Switches the ring's supply on, waits for the LEDs to start and sends them a dark frame.</summary>
        public void PowerOn()
        {
            if (_on || _released)
            {
                return;
            }

            _power.Write(PinValue.High);
            _on = true;
            Thread.Sleep(PowerSettleMs);

            // WS2812s start dark, but a glitch on the data line while the rail rose may have latched
            // something: a dark frame first makes sure.
            Clear();
            Show();
        }

        /// <summary>Sends the frame to the ring: encode, then one native send that does not wait for the LEDs.</summary>
        public void Show()
        {
            if (!_on)
            {
                return;
            }

            _encoder.Encode(_frame);
            _channel.SendData(_encoder.Symbols, false);
        }

        /// <summary>
        /// Sends a dark frame, waits until it is out, then switches the supply off (a dark WS2812
        /// still draws about 1 mA). The supply goes off even when the send fails.
        /// </summary>
        public void Off()
        {
            Clear();
            if (!_on)
            {
                return;
            }

            try
            {
                Show();

                // Waits (natively) until every queued transmission is done, so the rail never goes
                // off under a frame still on the wire.
                if (!_channel.IsChannelIdle)
                {
                    Debug.WriteLine("ring: the last frame did not finish");
                }
            }
            finally
            {
                _power.Write(PinValue.Low);
                _on = false;
            }
        }

        /// <summary>
        /// For deep sleep: the ring dark and off, then the RMT channel closed, so that the pins keep
        /// only the levels the hardware's pulls give them. Nothing can light the ring after this.
        /// </summary>
        public void Release()
        {
            try
            {
                Off();
            }
            finally
            {
                _released = true;
                _channel.Dispose();
            }
        }

        private void Clear()
        {
            byte[] frame = _frame;
            for (int i = 0; i < frame.Length; i++)
            {
                frame[i] = 0;
            }
        }
    }
}
