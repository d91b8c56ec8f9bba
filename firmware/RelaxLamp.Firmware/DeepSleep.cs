using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Hardware.Esp32;

namespace RelaxLamp.Firmware
{
    /// <summary>Deep sleep until the button is pressed; waking restarts the program.</summary>
    internal static class DeepSleep
    {
        /// <summary>
        /// Arms the wake-up on the button's pin (level low = pressed) and enters deep sleep, from which
        /// the chip wakes by restarting the program: on the device this returns only when the wake-up
        /// could not be armed, and the caller then stays awake rather than sleep for ever.
        /// </summary>
        public static void TryEnter()
        {
            // WakeupGpioPin has one bit per GPIO (PinN = 1 << N), so the pin number from LampConfig maps directly.
            var pin = (Sleep.WakeupGpioPin)(1UL << LampConfig.ButtonPin);
            EspNativeError armed = Sleep.EnableWakeupByPin(pin, 0);
            if (armed != EspNativeError.OK)
            {
                Debug.WriteLine("sleep: wake-up on the button could not be armed; staying awake");
                return;
            }

            Debug.WriteLine("sleep: deep sleep until the button is pressed");
            Sleep.StartDeepSleep();
        }

        /// <summary>After a fault: sleep until the button is pressed, or, failing that, stop here (dark) for good.</summary>
        public static void AfterFault()
        {
            try
            {
                TryEnter();
            }
            catch (Exception)
            {
                // Nothing left to try.
            }

            Thread.Sleep(Timeout.Infinite);
        }
    }
}
