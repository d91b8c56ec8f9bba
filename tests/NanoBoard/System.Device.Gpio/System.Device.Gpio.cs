// Stand-in for nanoFramework.System.Device.Gpio 1.1.62 on the virtual board: the contract's names and
// signatures (../shared/nano-api), bodies that keep pin levels in NanoBoard.Board and record writes.
// Assumes of the native driver: a pull-up input reads high until driven; ValueChanged fires once per
// level change (DebounceTimeout 0), with Falling for high→low; events are delivered at the firmware's
// next clock read (on the real chip: on the event thread, soon after the edge). The story can drop an
// edge (Board.DropEdges): the level changes and no handler runs, as when an edge is lost natively.

using System;
using NanoBoard;
using nanoFramework.Runtime.Events;

namespace System.Device.Gpio
{
    public enum PinMode
    {
        Input = 0,
        InputPullDown = 1,
        InputPullUp = 2,
        Output = 3,
        OutputOpenDrain = 4,
        OutputOpenDrainPullUp = 5,
        OutputOpenSource = 6,
        OutputOpenSourcePullDown = 7,
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }

    public readonly struct PinValue
    {
        private readonly byte _value;

        private PinValue(byte value)
        {
            _value = value;
        }

        public static PinValue High => new PinValue(1);
        public static PinValue Low => new PinValue(0);

        public static implicit operator PinValue(int value) => new PinValue(value == 0 ? (byte)0 : (byte)1);
        public static implicit operator PinValue(bool value) => new PinValue(value ? (byte)1 : (byte)0);
        public static explicit operator byte(PinValue value) => value._value;
        public static explicit operator int(PinValue value) => value._value;
        public static explicit operator bool(PinValue value) => value._value != 0;

        public static bool operator ==(PinValue a, PinValue b) => a._value == b._value;
        public static bool operator !=(PinValue a, PinValue b) => a._value != b._value;

        public bool Equals(PinValue other) => _value == other._value;
        public override bool Equals(object obj) => obj is PinValue && Equals((PinValue)obj);
        public override int GetHashCode() => _value;
        public override string ToString() => _value == 0 ? "Low" : "High";
    }

    public class PinValueChangedEventArgs : BaseEvent
    {
        private readonly PinEventTypes _changeType;
        private readonly int _pinNumber;

        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber)
        {
            _changeType = changeType;
            _pinNumber = pinNumber;
        }

        public PinEventTypes ChangeType => _changeType;
        public int PinNumber => _pinNumber;
    }

    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioPin : IDisposable
    {
        private readonly int _pin;
        private PinMode _mode;
        private TimeSpan _debounce;
        private PinValueChangedEventHandler _changed;

        internal GpioPin(int pinNumber)
        {
            _pin = pinNumber;
        }

        public int PinNumber => _pin;

        public TimeSpan DebounceTimeout
        {
            get => _debounce;
            set => _debounce = value;
        }

        public event PinValueChangedEventHandler ValueChanged
        {
            add => _changed = (PinValueChangedEventHandler)Delegate.Combine(_changed, value);
            remove => _changed = (PinValueChangedEventHandler)Delegate.Remove(_changed, value);
        }

        public PinMode GetPinMode() => _mode;

        public void SetPinMode(PinMode value)
        {
            _mode = value;
            Board.Event("pin " + _pin.ToString() + " mode " + ((int)value).ToString());
            if (value == PinMode.InputPullUp && Board.Level(_pin) < 0)
            {
                Board.SetLevel(_pin, 1);
            }
            else if (value == PinMode.InputPullDown && Board.Level(_pin) < 0)
            {
                Board.SetLevel(_pin, 0);
            }
        }

        public PinValue Read()
        {
            if (Board.FailPinReadIn > 0)
            {
                Board.FailPinReadIn--;
                if (Board.FailPinReadIn == 0)
                {
                    Board.Event("pin " + _pin.ToString() + " read fails");
                    throw new InvalidOperationException("virtual board: pin read fault");
                }
            }

            return Board.Level(_pin) == 0 ? PinValue.Low : PinValue.High;
        }

        public void Write(PinValue value)
        {
            int level = (int)value;
            Board.SetLevel(_pin, level);
            Board.Event("pin " + _pin.ToString() + " = " + level.ToString());
        }

        public void Toggle() => Write(Board.Level(_pin) == 1 ? PinValue.Low : PinValue.High);

        public void Dispose()
        {
            NanoBoard.Gpio.VirtualPins.Forget(this);
        }

        internal void Raise(bool high)
        {
            PinValueChangedEventHandler handler = _changed;
            if (handler != null)
            {
                handler(this, new PinValueChangedEventArgs(high ? PinEventTypes.Rising : PinEventTypes.Falling, _pin));
            }
        }
    }

    public sealed class GpioController : IDisposable
    {
        public GpioController()
        {
        }

        public GpioPin OpenPin(int pinNumber) => OpenPin(pinNumber, PinMode.Input);

        public GpioPin OpenPin(int pinNumber, PinMode mode)
        {
            var pin = new GpioPin(pinNumber);
            NanoBoard.Gpio.VirtualPins.Remember(pin);
            pin.SetPinMode(mode);
            return pin;
        }

        public void ClosePin(int pinNumber) => throw new NotSupportedException("not simulated");
        public bool IsPinOpen(int pinNumber) => throw new NotSupportedException("not simulated");
        public void SetPinMode(int pinNumber, PinMode mode) => throw new NotSupportedException("not simulated");
        public PinValue Read(int pinNumber) => throw new NotSupportedException("not simulated");
        public void Write(int pinNumber, PinValue value) => throw new NotSupportedException("not simulated");

        public void Dispose()
        {
        }
    }
}

namespace NanoBoard.Gpio
{
    using System.Device.Gpio;

    /// <summary>The story's hand on the pins: drives an input and raises the open pin's ValueChanged.</summary>
    public static class VirtualPins
    {
        private static readonly GpioPin[] Open = new GpioPin[Board.PinCount];

        /// <summary>Forgets every open pin (a new boot).</summary>
        public static void Reset()
        {
            for (int i = 0; i < Open.Length; i++)
            {
                Open[i] = null;
            }
        }

        /// <summary>Sets <paramref name="pin"/> to <paramref name="high"/>; a change raises ValueChanged on its open pin, unless <see cref="Board.DropEdges"/> drops it.</summary>
        public static void Drive(int pin, bool high)
        {
            int level = high ? 1 : 0;
            bool changed = Board.Level(pin) != level;
            Board.SetLevel(pin, level);
            GpioPin open = Open[pin];
            if (changed && open != null)
            {
                if (Board.DropEdges > 0)
                {
                    // A lost edge: the level changes, no handler runs (the story's injected fault).
                    Board.DropEdges--;
                    Board.DroppedEdges++;
                    return;
                }

                open.Raise(high);
            }
        }

        internal static void Remember(GpioPin pin)
        {
            Open[pin.PinNumber] = pin;
        }

        internal static void Forget(GpioPin pin)
        {
            if (Open[pin.PinNumber] == pin)
            {
                Open[pin.PinNumber] = null;
            }
        }
    }
}
