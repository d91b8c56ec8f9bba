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

        /// <summary>
        /// GPIO to pin number of the ESP32-WROOM-32E module (ESP32-WROOM-32E datasheet, "Pin Definitions":
        /// 1 GND, 2 3V3, 3 EN, 4 IO36, 5 IO39, 6 IO34, 7 IO35, 8 IO32, 9 IO33, 10 IO25, 11 IO26, 12 IO27,
        /// 13 IO14, 14 IO12, 15 GND, 16 IO13, 17-22 NC, 23 IO15, 24 IO2, 25 IO0, 26 IO4, 27 IO16, 28 IO17,
        /// 29 IO5, 30 IO18, 31 IO19, 32 NC, 33 IO21, 34 RXD0/IO3, 35 TXD0/IO1, 36 IO22, 37 IO23, 38 GND,
        /// 39 GND pad).
        /// </summary>
        public static readonly IReadOnlyDictionary<int, int> Wroom32EModulePin = new Dictionary<int, int>
        {
            [36] = 4, [39] = 5, [34] = 6, [35] = 7, [32] = 8, [33] = 9, [25] = 10, [26] = 11, [27] = 12,
            [14] = 13, [12] = 14, [13] = 16, [15] = 23, [2] = 24, [0] = 25, [4] = 26, [16] = 27, [17] = 28,
            [5] = 29, [18] = 30, [19] = 31, [21] = 33, [3] = 34, [1] = 35, [22] = 36, [23] = 37,
        };

        /// <summary>The WROOM-32E's ground pins, the exposed pad (39) included.</summary>
        public static readonly IReadOnlyList<int> Wroom32EGroundPins = new[] { 1, 15, 38, 39 };
    }
}
