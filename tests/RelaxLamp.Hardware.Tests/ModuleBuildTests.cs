using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// The build from modules (hardware/module-build.csv, its table in docs/builders-guide.md and its
    /// wiring picture) wires the firmware's pins (pins.csv = LampConfig.cs) to the ESP32-DevKitC header
    /// pins that carry them, and no other GPIO.
    /// </summary>
    public class ModuleBuildTests
    {
        /// <summary>
        /// ESP32-DevKitC V4 headers, pin 1 at the antenna end (Espressif, "ESP32-DevKitC V4 Getting
        /// Started Guide", header blocks J2 and J3).
        /// </summary>
        private static readonly string[] J2 =
        {
            "3V3", "EN", "VP", "VN", "IO34", "IO35", "IO32", "IO33", "IO25", "IO26", "IO27", "IO14", "IO12",
            "GND", "IO13", "D2", "D3", "CMD", "5V",
        };

        private static readonly string[] J3 =
        {
            "GND", "IO23", "IO22", "TX", "RX", "IO21", "GND", "IO19", "IO18", "IO5", "IO17", "IO16", "IO4",
            "IO0", "IO2", "IO15", "D1", "D0", "CLK",
        };

        private static readonly CsvTable Table = CsvTable.Load(RepoFiles.PathOf("hardware/module-build.csv"));

        private static string HeaderLabel(string devkitcPin)
        {
            Match m = Regex.Match(devkitcPin, "^(J2|J3)-([0-9]+)$");
            Assert.True(m.Success, "not a DevKitC header pin: '" + devkitcPin + "'");
            string[] header = m.Groups[1].Value == "J2" ? J2 : J3;
            int n = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(n, 1, header.Length);
            return header[n - 1];
        }

        [Fact]
        public void Every_firmware_pin_is_wired_once_on_the_DevKitC_pin_that_carries_its_GPIO()
        {
            foreach (IReadOnlyDictionary<string, string> pin in PinTable.PinRows)
            {
                string gpio = pin["value"];
                var rows = Table.Rows.Where(r => r["gpio"] == gpio).ToList();
                Assert.True(rows.Count == 1, $"GPIO{gpio} ({pin["signal"]}) appears {rows.Count} times in module-build.csv");
                IReadOnlyDictionary<string, string> row = rows[0];
                Assert.Equal(pin["signal"], row["signal"]);
                Assert.Equal("IO" + gpio, row["devkitc_label"]);
                Assert.True(
                    HeaderLabel(row["devkitc_pin"]) == "IO" + gpio,
                    $"{pin["signal"]}: DevKitC pin {row["devkitc_pin"]} is {HeaderLabel(row["devkitc_pin"])}, not IO{gpio}");
            }
        }

        [Fact]
        public void No_other_GPIO_is_wired_and_every_header_pin_is_labelled_as_on_the_board()
        {
            var firmware = new HashSet<string>(PinTable.PinRows.Select(r => r["value"]), StringComparer.Ordinal);
            foreach (IReadOnlyDictionary<string, string> row in Table.Rows)
            {
                if (row["gpio"].Length > 0)
                {
                    Assert.True(firmware.Contains(row["gpio"]), $"module-build.csv wires GPIO{row["gpio"]} ({row["signal"]}), which pins.csv does not have");
                }

                if (row["devkitc_pin"].Length > 0)
                {
                    Assert.Equal(HeaderLabel(row["devkitc_pin"]), row["devkitc_label"]);
                    Assert.False(Regex.IsMatch(row["devkitc_label"], "^IO[0-9]+$") && row["gpio"].Length == 0,
                        row["signal"] + " is on a GPIO header pin but names no GPIO");
                }
            }

            Assert.Equal("5V", Table.Rows.Single(r => r["signal"] == "+5V")["devkitc_label"]);
            Assert.Equal("GND", Table.Rows.Single(r => r["signal"] == "GND")["devkitc_label"]);
        }

        [Fact]
        public void The_guides_table_is_the_csv()
        {
            string guide = File.ReadAllText(RepoFiles.PathOf("docs/builders-guide.md"));
            int a = guide.IndexOf("<!-- module-table:begin -->", StringComparison.Ordinal);
            int b = guide.IndexOf("<!-- module-table:end -->", StringComparison.Ordinal);
            Assert.True(a >= 0 && b > a, "docs/builders-guide.md has no module-table markers");
            var lines = guide.Substring(a, b - a).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
            var expected = Table.Rows.Select(r =>
                $"| {r["signal"]} | {(r["gpio"].Length > 0 ? "GPIO" + r["gpio"] : "")} | {r["devkitc_pin"]} | {r["devkitc_label"]} | {r["goes_to"]} | {r["notes"]} |").ToList();
            Assert.Equal(expected, lines.Select(l => l.TrimEnd('\r')).ToList());
        }

        [Fact]
        public void The_wiring_picture_names_every_firmware_signal()
        {
            string svg = File.ReadAllText(RepoFiles.PathOf("docs/images/module-wiring.svg"));
            Assert.True(new FileInfo(RepoFiles.PathOf("docs/images/module-wiring.png")).Length > 20_000);
            foreach (IReadOnlyDictionary<string, string> pin in PinTable.PinRows)
            {
                Assert.Contains(">" + pin["signal"] + "<", svg, StringComparison.Ordinal);
                Assert.Contains(">IO" + pin["value"] + "<", svg, StringComparison.Ordinal);
            }
        }
    }
}
