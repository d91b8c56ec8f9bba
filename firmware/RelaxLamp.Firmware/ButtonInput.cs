using System;
using System.Device.Gpio;
using RelaxLamp.Core;
using RelaxLamp.Core.Button;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The push button: a GPIO input with the internal pull-up (pressed = low). Every edge is
    /// timestamped in the pin's change handler and queued for the core's gesture decoder, which does
    /// all the debouncing and classifying, so what the host tests exercise is what runs here.
    /// </summary>
    /// <remarks>
    /// The change handler runs on nanoFramework's event thread, the frame loop on the main thread;
    /// <see cref="EdgeQueue"/> is not thread-safe, so both go through one lock.
    /// </remarks>
    internal sealed class ButtonInput
    {
        private readonly GpioPin _pin;
        private readonly EdgeQueue _edges = new EdgeQueue();
        private readonly object _gate = new object();

        /// <summary>Opens <paramref name="pinNumber"/> as the button's input and starts queuing its edges.</summary>
        public ButtonInput(GpioController gpio, int pinNumber)
        {
            _pin = gpio.OpenPin(pinNumber, PinMode.InputPullUp);

            // No driver debounce: it would drop edges the core's decoder needs to see.
            _pin.DebounceTimeout = TimeSpan.Zero;
            _pin.ValueChanged += OnValueChanged;
        }

        /// <summary>True while the button is held down, read from the pin now.</summary>
        public bool IsDown => _pin.Read() == PinValue.Low;

        /// <summary>Runs one frame of <paramref name="lamp"/> with the edges queued since the last one.</summary>
        public void Step(Lamp lamp, long nowMs, byte[] frame)
        {
            lock (_gate)
            {
                lamp.Step(nowMs, _edges, frame);
            }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            // Stamp first: the lock may be held for the rest of a frame.
            long t = DeviceClock.NowMs;
            bool down = e.ChangeType == PinEventTypes.Falling;
            lock (_gate)
            {
                _edges.Add(t, down);
            }
        }
    }
}
