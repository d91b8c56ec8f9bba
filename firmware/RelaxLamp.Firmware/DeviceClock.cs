using nanoFramework.Hardware.Esp32;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The device's raw clock for the core: milliseconds since boot, 64-bit, from the ESP32's
    /// microsecond timer. <c>Environment.TickCount64</c> is fed by a 32-bit RTOS tick on ESP32 and
    /// wraps after about 49.7 days; <c>DateTime.UtcNow</c> jumps when the clock is set.
    /// </summary>
    internal static class DeviceClock
    {
        /// <summary>Milliseconds since boot.</summary>
        public static long NowMs => (long)(HighResTimer.GetCurrent() / 1000);

        /// <summary>Microseconds since boot (for measuring the frame's parts).</summary>
        public static long NowMicros => (long)HighResTimer.GetCurrent();
    }
}
