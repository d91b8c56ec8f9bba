using nanoFramework.Hardware.Esp32;
using RelaxLamp.Core.Session;

namespace RelaxLamp.Firmware
{
    /// <summary>Why the program is starting, in the core's terms.</summary>
    internal static class WakeCause
    {
        /// <summary>
        /// <see cref="PowerUpKind.ButtonWake"/> when the button woke the chip from deep sleep (EXT0 or
        /// EXT1 on the classic ESP32, GPIO on the newer chips); <see cref="PowerUpKind.Cold"/> for
        /// anything else: power applied, the reset button, a reset after a crash.
        /// </summary>
        public static PowerUpKind Read()
        {
            Sleep.WakeupCause cause = Sleep.GetWakeupCause();
            bool button = cause == Sleep.WakeupCause.Ext0
                || cause == Sleep.WakeupCause.Ext1
                || cause == Sleep.WakeupCause.Gpio;
            return button ? PowerUpKind.ButtonWake : PowerUpKind.Cold;
        }
    }
}
