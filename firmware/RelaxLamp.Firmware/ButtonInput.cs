using System;
using System.Device.Gpio;
using RelaxLamp.Core;
using RelaxLamp.Core.Button;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The push button: a GPIO input with the internal pull-up (pressed = low). The pin's change
    /// handler stamps each edge first thing and drops it into a small inbox; each frame moves the
    /// inbox into the core's <see cref="EdgeQueue"/> under a lock held only for that copy, then runs
    /// the core outside the lock. The core's gesture decoder does all debouncing and classifying.
    /// </summary>
    /// <remarks>
    /// <para>
    /// nanoFramework drops the native interrupt's time: the earliest stamp possible is the first line
    /// of the managed handler, which runs on the event thread after whatever the interpreter was busy
    /// with (a frame, a GC). Holding the lock for a whole frame, as before, added that frame's length
    /// on top; now the handler waits at most for a copy of a few edges.
    /// </para>
    /// <para>
    /// Edges can still be lost (inbox full) or come late. So each frame also reads the pin: when its
    /// level disagrees with the last edge the decoder was given, an edge to the pin's level is added,
    /// stamped now, and a late edge to a level the decoder already has is dropped. The decoder can
    /// then never go on believing the button is held after it was let go, nor the reverse.
    /// </para>
    /// </remarks>
    internal sealed class ButtonInput
    {
        private const int InboxSize = 16;

        private readonly GpioPin _pin;
        private readonly EdgeQueue _edges = new EdgeQueue();
        private readonly object _gate = new object();

        // The inbox: written by the handler, emptied by the frame, both under _gate.
        private readonly long[] _inboxTimes = new long[InboxSize];
        private readonly bool[] _inboxDowns = new bool[InboxSize];
        private int _inboxCount;
        private int _lost;

        // Frame thread only: the level the decoder was last told.
        private bool _believedDown;

        /// <summary>Opens <paramref name="pinNumber"/> as the button's input and starts stamping its edges.</summary>
        public ButtonInput(GpioController gpio, int pinNumber)
        {
            _pin = gpio.OpenPin(pinNumber, PinMode.InputPullUp);

            // No driver debounce: it would drop edges the core's decoder needs to see.
            _pin.DebounceTimeout = TimeSpan.Zero;
            _believedDown = IsDown;
            _pin.ValueChanged += OnValueChanged;
        }

        /// <summary>True while the button is held down, read from the pin now.</summary>
        public bool IsDown => _pin.Read() == PinValue.Low;

        /// <summary>Edges lost because the inbox was full (each repaired by the next frame's pin check).</summary>
        public int Lost => _lost;

        /// <summary>Tells the input the level the lamp was started with (<see cref="Lamp.PowerUp"/>'s buttonDown).</summary>
        public void Believe(bool down)
        {
            _believedDown = down;
        }

        /// <summary>Runs one frame of <paramref name="lamp"/> with the edges stamped since the last one.</summary>
        public void Step(Lamp lamp, long nowMs, byte[] frame)
        {
            EdgeQueue edges = _edges;
            lock (_gate)
            {
                for (int i = 0; i < _inboxCount; i++)
                {
                    Take(edges, _inboxTimes[i], _inboxDowns[i]);
                }

                _inboxCount = 0;
            }

            bool down = IsDown;
            if (down != _believedDown)
            {
                Take(edges, nowMs, down);
            }

            lamp.Step(nowMs, edges, frame);
        }

        /// <summary>Queues an edge only when it changes the level the decoder believes (edges alternate).</summary>
        private void Take(EdgeQueue edges, long timeMs, bool down)
        {
            if (down == _believedDown)
            {
                return;
            }

            _believedDown = down;
            edges.Add(timeMs, down);
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            // Stamp first, before anything that could wait.
            long t = DeviceClock.NowMs;
            bool down = e.ChangeType == PinEventTypes.Falling;
            lock (_gate)
            {
                if (_inboxCount == InboxSize)
                {
                    _lost++;
                    return;
                }

                _inboxTimes[_inboxCount] = t;
                _inboxDowns[_inboxCount] = down;
                _inboxCount++;
            }
        }
    }
}
