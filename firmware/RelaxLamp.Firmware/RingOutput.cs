using System;
using System.Device.Gpio;
using System.Threading;
using Iot.Device.Ws28xx.Esp32;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The LED ring: one Ws28xx driver for the life of the program, the frame buffer the core renders
    /// into (GRB, 3 bytes per LED), and the MOSFET that switches the ring's supply.
    /// </summary>
    /// <remarks>
    /// When the driver's image buffer is plain GRB at 3 bytes per LED (the Sk6812 class's image),
    /// the core renders straight into it. Otherwise (the Ws2812b class's image has held an encoded
    /// form, 9 bytes per LED, in the releases read) the core renders into a buffer of our own and
    /// each frame is copied in through the image's SetPixel, which encodes as the driver expects.
    /// Neither path allocates per frame.
    /// </remarks>
    internal sealed class RingOutput
    {
        /// <summary>
        /// Time the LEDs need after their supply comes on before they take data: the switch's soft
        /// start (R3 10 kΩ, C3 1 µF in hardware/) brings the 1000 µF rail up in about 10 ms.
        /// </summary>
        private const int PowerSettleMs = 25;

        private readonly GpioPin _power;
        private readonly Ws28xx _driver;
        private readonly BitmapImage _image;
        private readonly byte[] _frame;
        private readonly bool _direct;
        private readonly int _ledCount;
        private bool _on;

        /// <summary>Sets up the ring (its supply off) for <paramref name="ledCount"/> LEDs of <see cref="LampConfig.RingLedType"/>.</summary>
        public RingOutput(GpioController gpio, int ledCount)
        {
            _ledCount = ledCount;
            _power = gpio.OpenPin(LampConfig.RingPowerPin, PinMode.Output);
            _power.Write(PinValue.Low);

            _driver = CreateDriver(LampConfig.RingLedType, LampConfig.RingDataPin, ledCount);
            _image = _driver.Image;
            byte[] data = _image.Data;
            _direct = data.Length == ledCount * 3;
            _frame = _direct ? data : new byte[ledCount * 3];
            Clear();
        }

        /// <summary>The frame the core renders into: GRB, 3 bytes per LED.</summary>
        public byte[] Frame => _frame;

        /// <summary>True when the core renders straight into the driver's buffer (no copy per frame).</summary>
        public bool Direct => _direct;

        /// <summary>True while the ring's supply is on.</summary>
        public bool IsOn => _on;

        /// <summary>Switches the ring's supply on (WS2812s start dark) and waits for the LEDs to start.</summary>
        public void PowerOn()
        {
            if (_on)
            {
                return;
            }

            _power.Write(PinValue.High);
            _on = true;
            Thread.Sleep(PowerSettleMs);
        }

        /// <summary>Sends the frame to the ring.</summary>
        public void Show()
        {
            if (!_direct)
            {
                for (int i = 0; i < _ledCount; i++)
                {
                    int at = i * 3;
                    _image.SetPixel(i, 0, _frame[at + 1], _frame[at], _frame[at + 2]);
                }
            }

            _driver.Update();
        }

        /// <summary>Darkens the ring and switches its supply off (a dark WS2812 still draws about 1 mA).</summary>
        public void Off()
        {
            Clear();
            if (_on)
            {
                // Best effort: the supply goes off below whatever happens here.
                try
                {
                    Show();
                }
                finally
                {
                    _power.Write(PinValue.Low);
                    _on = false;
                }
            }
        }

        /// <summary>Average time of one <see cref="Show"/> of a dark frame over <paramref name="frames"/> frames, in µs.</summary>
        public int MeasureShowMicros(int frames)
        {
            Clear();
            long start = DeviceClock.NowMicros;
            for (int i = 0; i < frames; i++)
            {
                Show();
            }

            return (int)((DeviceClock.NowMicros - start) / frames);
        }

        private void Clear()
        {
            for (int i = 0; i < _frame.Length; i++)
            {
                _frame[i] = 0;
            }
        }

        private static Ws28xx CreateDriver(string ledType, int dataPin, int ledCount)
        {
            if (ledType == "WS2812B")
            {
                return new Ws2812b(dataPin, ledCount);
            }

            if (ledType == "SK6812")
            {
                return new Sk6812(dataPin, ledCount);
            }

            throw new ArgumentException("unknown ring type");
        }
    }
}
