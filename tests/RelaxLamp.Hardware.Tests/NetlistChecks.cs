using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelaxLamp.Firmware;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// What a netlist of the reference build must show, checked against hardware/pins.csv and LampConfig.cs.
    /// Used on the committed netlist (always) and on one kicad-cli exports afresh (where kicad-cli is installed).
    /// </summary>
    internal static class NetlistChecks
    {
        /// <summary>GPIOs wired besides the firmware's: UART0 and IO0 to the programming header.</summary>
        private static readonly IReadOnlySet<int> ProgrammingGpios = new HashSet<int> { 0, 1, 3 };

        public static int ModulePin(int gpio)
        {
            Assert.True(EspPins.Wroom32EModulePin.TryGetValue(gpio, out int pin), "GPIO" + gpio + " is not a WROOM-32E pin");
            return pin;
        }

        /// <summary>Every firmware pin is wired where pins.csv says, and nothing else is on its net.</summary>
        public static void FirmwarePinsAreWiredAsTheTableSays(KiCadNetlist netlist)
        {
            foreach (IReadOnlyDictionary<string, string> row in PinTable.PinRows)
            {
                int gpio = PinTable.Gpio(row);
                string modulePin = ModulePin(gpio).ToString(CultureInfo.InvariantCulture);
                string net = netlist.NetOf("U1", modulePin);
                string what = $"{row["signal"]} (GPIO{gpio}, module pin {modulePin})";
                Assert.True(net == row["signal"], $"{what} is on net '{net}', not on '{row["signal"]}'");

                NetNode u1 = netlist.Nets[net].Single(n => n.Ref == "U1");
                Assert.True(
                    u1.PinFunction != null && u1.PinFunction.Split('/').Contains("IO" + gpio.ToString(CultureInfo.InvariantCulture)),
                    $"{what}: U1 pin {modulePin} is named '{u1.PinFunction}' in the schematic, not IO{gpio}");

                var expected = new SortedSet<string>(StringComparer.Ordinal) { "U1." + modulePin };
                foreach (string node in row["net_nodes"].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    expected.Add(node);
                }

                var actual = new SortedSet<string>(netlist.Nets[net].Select(n => n.Id), StringComparer.Ordinal);
                Assert.True(
                    expected.SetEquals(actual),
                    $"{what}: the net holds [{string.Join(" ", actual)}]; pins.csv says [{string.Join(" ", expected)}]");
            }
        }

        /// <summary>No other GPIO of the module is wired, except UART0 and IO0 for programming.</summary>
        public static void NoOtherGpioIsWired(KiCadNetlist netlist)
        {
            var firmware = new HashSet<int>(PinTable.PinRows.Select(PinTable.Gpio));
            foreach (KeyValuePair<int, int> gpio in EspPins.Wroom32EModulePin)
            {
                string net = netlist.NetOf("U1", gpio.Value.ToString(CultureInfo.InvariantCulture));
                bool wired = netlist.Nets[net].Count > 1;
                bool allowed = firmware.Contains(gpio.Key) || ProgrammingGpios.Contains(gpio.Key);
                Assert.True(wired == allowed, wired
                    ? $"GPIO{gpio.Key} (module pin {gpio.Value}) is wired (net '{net}') but is not in pins.csv"
                    : $"GPIO{gpio.Key} (module pin {gpio.Value}) should be wired but is not");
            }
        }

        /// <summary>Supplies, ground pad, pull-ups and pull-downs the review asked for.</summary>
        public static void SuppliesAndPullsAreWhereTheDesignSays(KiCadNetlist netlist)
        {
            Assert.Equal("+3V3", netlist.NetOf("U1", "2"));
            foreach (int pin in EspPins.Wroom32EGroundPins)
            {
                Assert.True(netlist.NetOf("U1", pin.ToString(CultureInfo.InvariantCulture)) == "GND", $"U1 pin {pin} (ground) is not on GND");
            }

            // switched rail: the ring, its level shifter and the amplifier; Q1 between +5V and VRING
            Assert.Equal("VRING", netlist.NetOf("LED1", "1"));
            Assert.Equal("VRING", netlist.NetOf("U3", "5"));
            Assert.Equal("VRING", netlist.NetOf("U4", "7"));
            Assert.Equal("+5V", netlist.NetOf("Q1", "2"));
            Assert.Equal("VRING", netlist.NetOf("Q1", "3"));

            // slew limit: C3 gate-drain, C10 gate-source
            string gate = netlist.NetOf("Q1", "1");
            Assert.Equal(new[] { gate, "VRING" }.OrderBy(s => s), new[] { netlist.NetOf("C3", "1"), netlist.NetOf("C3", "2") }.OrderBy(s => s));
            Assert.Equal(new[] { gate, "+5V" }.OrderBy(s => s), new[] { netlist.NetOf("C10", "1"), netlist.NetOf("C10", "2") }.OrderBy(s => s));

            // the data line's pull-down and the ring switch driver's pull-down go to GND
            Assert.Equal("GND", netlist.NetOf("R5", "1"));
            Assert.Equal("GND", netlist.NetOf("R4", "1"));

            // the button: external pull-up to 3V3 on the switch side of the series resistor, ESD there too
            string sw = netlist.NetOf("SW1", "1");
            Assert.Equal(sw, netlist.NetOf("R13", "2"));
            Assert.Equal(sw, netlist.NetOf("R12", "1"));
            Assert.Equal(sw, netlist.NetOf("D4", "1"));
            Assert.Equal("+3V3", netlist.NetOf("R12", "2"));
            Assert.Equal("GND", netlist.NetOf("SW1", "2"));

            // USB-C: one 5.1 k per CC pin, ESD on each, a TVS on VBUS
            Assert.NotEqual(netlist.NetOf("J1", "A5"), netlist.NetOf("J1", "B5"));
            Assert.Equal(netlist.NetOf("J1", "A5"), netlist.NetOf("R6", "1"));
            Assert.Equal(netlist.NetOf("J1", "B5"), netlist.NetOf("R7", "1"));
            Assert.Equal(netlist.NetOf("J1", "A5"), netlist.NetOf("D2", "1"));
            Assert.Equal(netlist.NetOf("J1", "B5"), netlist.NetOf("D3", "1"));
            Assert.Equal("+5V", netlist.NetOf("D1", "1"));

            // TX/RX: the module's TXD0 goes to the header pin for the adapter's RX
            Assert.Equal(netlist.NetOf("U1", "35"), netlist.NetOf("J2", "2"));
            Assert.Equal(netlist.NetOf("U1", "34"), netlist.NetOf("J2", "3"));
        }

        /// <summary>The ring in the schematic is the ring the firmware drives.</summary>
        public static void TheRingIsTheFirmwaresRing(KiCadNetlist netlist)
        {
            string value = netlist.Components["LED1"].Value;
            Assert.Contains(LampConfig.RingLedType, value, StringComparison.Ordinal);
            Assert.Contains(LampConfig.RingLedCount.ToString(CultureInfo.InvariantCulture) + " LEDs", value, StringComparison.Ordinal);
        }

        public static void All(KiCadNetlist netlist)
        {
            FirmwarePinsAreWiredAsTheTableSays(netlist);
            NoOtherGpioIsWired(netlist);
            SuppliesAndPullsAreWhereTheDesignSays(netlist);
            TheRingIsTheFirmwaresRing(netlist);
        }
    }
}
