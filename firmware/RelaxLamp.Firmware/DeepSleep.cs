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
        /// Arms the wake-up on the button's pin (level low = pressed) and enters deep sleep. Returns
        /// false only when the wake-up could not be armed: the caller stays awake rather than sleep for ever.
        /// </summary>
        public static bool Enter()
        {
            // WakeupGpioPin has one bit per GPIO (PinN = 1 << N), so the pin number from LampConfig maps directly.
            var pin = (Sleep.WakeupGpioPin)(1UL << LampConfig.ButtonPin);
            EspNativeError armed = Sleep.EnableWakeupByPin(pin, 0);
            if (armed != EspNativeError.OK)
            {
                Debug.WriteLine("sleep: wake-up on the button could not be armed; staying awake");
                return false;
            }

            Debug.WriteLine("sleep: deep sleep until the button is pressed");
            Sleep.StartDeepSleep();
            return true; // not reached on the device: waking restarts the program
        }

        /// <summary>After a fault: sleep until the button is pressed, or, failing that, stop here (dark) for good.</summary>
        public static void AfterFault()
        {
            try
            {
                Enter();
            }
            catch (Exception)
            {
                // Nothing left to try.
            }

            Thread.Sleep(Timeout.Infinite);
        }
    }
}
