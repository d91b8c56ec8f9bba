using System.Collections.Generic;
using System.IO;
using RelaxLamp.Firmware;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// The committed schematic was generated from the current pin table: every GPIO of pins.csv and the
    /// ring appear in it. (Regenerate with hardware/render.sh after changing pins.csv.)
    /// </summary>
    public class SchematicTests
    {
        private static readonly string Svg = File.ReadAllText(RepoFiles.PathOf("hardware/schematic/schematic.svg"));

        [Fact]
        public void The_schematic_and_its_picture_exist()
        {
            Assert.True(File.Exists(RepoFiles.PathOf("hardware/schematic/schematic.py")));
            Assert.True(new FileInfo(RepoFiles.PathOf("hardware/schematic/schematic.png")).Length > 10_000);
            Assert.StartsWith("<svg", Svg, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Every_pin_of_the_table_is_labelled_on_the_schematic()
        {
            foreach (IReadOnlyDictionary<string, string> row in PinTable.PinRows)
            {
                Assert.Contains(">GPIO" + row["value"] + "<", Svg, System.StringComparison.Ordinal);
                Assert.Contains(row["signal"], Svg, System.StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_schematic_shows_the_ring_the_firmware_drives()
        {
            Assert.Contains(
                LampConfig.RingLedCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " × " + LampConfig.RingLedType,
                Svg,
                System.StringComparison.Ordinal);
        }
    }
}
