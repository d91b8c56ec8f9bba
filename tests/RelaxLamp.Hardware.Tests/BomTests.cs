using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelaxLamp.Firmware;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>hardware/bom.csv is well formed and holds the parts the wiring needs.</summary>
    public class BomTests
    {
        private static readonly CsvTable Bom = CsvTable.Load(RepoFiles.PathOf("hardware/bom.csv"));

        private static IReadOnlyDictionary<string, string> Part(string reference) =>
            Bom.Rows.Single(r => r["ref"].Split(',').Select(s => s.Trim()).Contains(reference));

        [Fact]
        public void The_BOM_has_the_expected_columns()
        {
            Assert.Equal(
                new[] { "ref", "qty", "build", "function", "part", "type_value", "package", "alternatives", "key_figures", "notes" },
                Bom.Header);
        }

        [Fact]
        public void Every_row_has_a_quantity_a_known_build_and_a_part()
        {
            foreach (IReadOnlyDictionary<string, string> row in Bom.Rows)
            {
                Assert.True(int.TryParse(row["qty"], NumberStyles.None, CultureInfo.InvariantCulture, out int qty) && qty > 0, row["ref"]);
                Assert.Contains(row["build"], new[] { "all", "speaker", "battery" });
                Assert.False(string.IsNullOrWhiteSpace(row["part"]), row["ref"]);
                Assert.False(string.IsNullOrWhiteSpace(row["function"]), row["ref"]);
            }
        }

        [Theory]
        [InlineData("U1")]
        [InlineData("U2")]
        [InlineData("U3")]
        [InlineData("LED1")]
        [InlineData("R1")]
        [InlineData("C1")]
        [InlineData("Q1")]
        [InlineData("Q2")]
        [InlineData("R2")]
        [InlineData("R4")]
        [InlineData("SW1")]
        [InlineData("J1")]
        public void Every_lamp_has_this_part(string reference)
        {
            Assert.Equal("all", Part(reference)["build"]);
        }

        [Theory]
        [InlineData("U4")]
        [InlineData("LS1")]
        public void The_speaker_option_has_this_part(string reference)
        {
            Assert.Equal("speaker", Part(reference)["build"]);
        }

        [Fact]
        public void The_ring_in_the_BOM_is_the_ring_the_firmware_drives()
        {
            IReadOnlyDictionary<string, string> ring = Part("LED1");
            string count = LampConfig.RingLedCount.ToString(CultureInfo.InvariantCulture);
            Assert.Contains(LampConfig.RingLedType, ring["part"], System.StringComparison.Ordinal);
            Assert.Contains(count + " LEDs", ring["part"], System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_key_values_match_the_design()
        {
            Assert.StartsWith("330 Ohm", Part("R1")["type_value"], System.StringComparison.Ordinal);
            Assert.StartsWith("470 uF", Part("C1")["type_value"], System.StringComparison.Ordinal);
            Assert.Contains("P-channel", Part("Q1")["type_value"], System.StringComparison.Ordinal);
            Assert.Contains("AHCT", Part("U3")["part"], System.StringComparison.Ordinal);
            Assert.Contains("8 MB", Part("U1")["type_value"], System.StringComparison.Ordinal);
            Assert.Contains("ESP32_REV3", Part("U1")["type_value"], System.StringComparison.Ordinal);
        }
    }
}
