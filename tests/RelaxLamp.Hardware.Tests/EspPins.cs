using System.Collections.Generic;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// Facts about the classic ESP32's GPIOs (ESP32 Series Datasheet, "Pin Definitions",
    /// "Strapping Pins" and "RTC and Low-Power Management"; ESP-IDF GPIO reference).
    /// </summary>
    internal static class EspPins
    {
        /// <summary>GPIOs that exist on the classic ESP32.</summary>
        public static readonly IReadOnlySet<int> Existing = new HashSet<int>
        {
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
            21, 22, 23, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39,
        };

        /// <summary>RTC GPIOs: only these can wake the chip from deep sleep (ext0/ext1).</summary>
        public static readonly IReadOnlySet<int> RtcCapable = new HashSet<int>
        {
            0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39,
        };

        /// <summary>Strapping pins: their level at reset decides how the chip boots.</summary>
        public static readonly IReadOnlySet<int> Strapping = new HashSet<int> { 0, 2, 5, 12, 15 };

        /// <summary>Input-only pins without internal pull-up or pull-down resistors.</summary>
        public static readonly IReadOnlySet<int> InputOnlyNoPulls = new HashSet<int> { 34, 35, 36, 37, 38, 39 };

        /// <summary>Wired to the module's SPI flash: never usable.</summary>
        public static readonly IReadOnlySet<int> SpiFlash = new HashSet<int> { 6, 7, 8, 9, 10, 11 };

        /// <summary>UART0 (TXD0, RXD0): nanoFramework's deployment and debug link.</summary>
        public static readonly IReadOnlySet<int> Uart0 = new HashSet<int> { 1, 3 };

        /// <summary>Taken by the PSRAM on ESP32-WROVER modules, the BOM's alternative module.</summary>
        public static readonly IReadOnlySet<int> WroverPsram = new HashSet<int> { 16, 17 };
    }
}
