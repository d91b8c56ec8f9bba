using System.Collections.Generic;
using System.Linq;
using RelaxLamp.Firmware;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>hardware/pins.csv and firmware/RelaxLamp.Firmware/LampConfig.cs agree, both ways.</summary>
    public class PinTableTests
    {
        public static TheoryData<string> ConfigConstantNames()
        {
            var data = new TheoryData<string>();
            foreach (string name in PinTable.ConfigConstants.Keys.OrderBy(n => n, System.StringComparer.Ordinal))
            {
                data.Add(name);
            }

            return data;
        }

        public static TheoryData<string> TableSignals()
        {
            var data = new TheoryData<string>();
            foreach (IReadOnlyDictionary<string, string> row in PinTable.Rows)
            {
                data.Add(row["signal"]);
            }

            return data;
        }

        [Fact]
        public void The_pin_table_has_the_expected_columns()
        {
            Assert.Equal(
                new[] { "kind", "signal", "value", "direction", "firmware_constant", "connects_to", "net_nodes", "notes" },
                PinTable.Header);
        }

        [Fact]
        public void LampConfig_has_constants_to_check()
        {
            Assert.Contains("RingDataPin", PinTable.ConfigConstants.Keys);
            Assert.Contains("ButtonPin", PinTable.ConfigConstants.Keys);
            Assert.Contains("RingLedCount", PinTable.ConfigConstants.Keys);
        }

        [Theory]
        [MemberData(nameof(ConfigConstantNames))]
        public void Every_LampConfig_constant_is_in_the_pin_table_with_the_same_value(string constant)
        {
            IReadOnlyDictionary<string, string>? row = PinTable.RowFor(constant);
            Assert.True(row != null, $"LampConfig.{constant} has no row in {PinTable.RelativePath}");
            Assert.Equal(PinTable.Format(PinTable.ConfigConstants[constant]), row!["value"]);
        }

        [Theory]
        [MemberData(nameof(TableSignals))]
        public void Every_pin_table_row_names_a_LampConfig_constant_with_the_same_value(string signal)
        {
            IReadOnlyDictionary<string, string> row = PinTable.Rows.Single(r => r["signal"] == signal);
            string constant = row["firmware_constant"];
            Assert.True(
                PinTable.ConfigConstants.ContainsKey(constant),
                $"{PinTable.RelativePath} row {signal} names LampConfig.{constant}, which does not exist");
            Assert.Equal(row["value"], PinTable.Format(PinTable.ConfigConstants[constant]));
        }

        [Fact]
        public void Pin_rows_are_exactly_the_Pin_constants()
        {
            var pinConstants = PinTable.ConfigConstants.Keys.Where(k => k.EndsWith("Pin", System.StringComparison.Ordinal))
                .OrderBy(k => k, System.StringComparer.Ordinal);
            var pinRows = PinTable.PinRows.Select(r => r["firmware_constant"]).OrderBy(k => k, System.StringComparer.Ordinal);
            Assert.Equal(pinConstants, pinRows);
        }

        [Fact]
        public void Signals_and_constants_are_named_once()
        {
            Assert.Equal(PinTable.Rows.Count, PinTable.Rows.Select(r => r["signal"]).Distinct().Count());
            Assert.Equal(PinTable.Rows.Count, PinTable.Rows.Select(r => r["firmware_constant"]).Distinct().Count());
        }

        [Fact]
        public void No_GPIO_is_used_twice_in_the_table()
        {
            var gpios = PinTable.PinRows.Select(PinTable.Gpio).ToList();
            var twice = gpios.GroupBy(g => g).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, "GPIO used twice: " + string.Join(", ", twice));
        }

        [Fact]
        public void No_GPIO_is_used_twice_in_LampConfig()
        {
            int[] pins =
            {
                LampConfig.RingDataPin, LampConfig.RingPowerPin, LampConfig.ButtonPin,
                LampConfig.I2sBitClockPin, LampConfig.I2sWordSelectPin, LampConfig.I2sDataOutPin,
            };
            Assert.Equal(pins.Length, pins.Distinct().Count());
        }

        [Fact]
        public void The_button_can_wake_the_chip_and_does_not_disturb_booting()
        {
            IReadOnlyDictionary<string, string> button = PinTable.Rows.Single(r => r["firmware_constant"] == "ButtonPin");
            int gpio = PinTable.Gpio(button);
            Assert.Equal("input", button["direction"]);
            Assert.Contains(gpio, EspPins.RtcCapable);
            Assert.DoesNotContain(gpio, EspPins.Strapping);
            Assert.DoesNotContain(gpio, EspPins.InputOnlyNoPulls);
            Assert.Equal(LampConfig.ButtonPin, gpio);
        }

        [Fact]
        public void Every_pin_is_a_usable_GPIO()
        {
            foreach (IReadOnlyDictionary<string, string> row in PinTable.PinRows)
            {
                int gpio = PinTable.Gpio(row);
                string what = row["signal"] + " on GPIO" + gpio;
                Assert.True(EspPins.Existing.Contains(gpio), what + ": no such GPIO on the ESP32");
                Assert.False(EspPins.SpiFlash.Contains(gpio), what + ": wired to the SPI flash");
                Assert.False(EspPins.Uart0.Contains(gpio), what + ": UART0, used for deployment and debugging");
                Assert.False(EspPins.WroverPsram.Contains(gpio), what + ": taken by PSRAM on WROVER modules");
                Assert.False(EspPins.Strapping.Contains(gpio), what + ": a strapping pin");
                Assert.Contains(row["direction"], new[] { "input", "output" });
                if (row["direction"] == "output")
                {
                    Assert.False(EspPins.InputOnlyNoPulls.Contains(gpio), what + ": input-only");
                }
            }
        }

        [Fact]
        public void The_ring_is_a_supported_size_and_type()
        {
            Assert.InRange(LampConfig.RingLedCount, 8, 60);
            Assert.Contains(LampConfig.RingLedType, new[] { "WS2812B", "SK6812" });
            IReadOnlyDictionary<string, string> count = PinTable.Rows.Single(r => r["signal"] == "LED_COUNT");
            IReadOnlyDictionary<string, string> type = PinTable.Rows.Single(r => r["signal"] == "LED_TYPE");
            Assert.Equal("ring", count["kind"]);
            Assert.Equal("ring", type["kind"]);
        }

        [Fact]
        public void Every_row_kind_is_known()
        {
            foreach (IReadOnlyDictionary<string, string> row in PinTable.Rows)
            {
                Assert.Contains(row["kind"], new[] { "pin", "ring", "option" });
            }
        }
    }
}
