using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// The committed KiCad project and its committed exports (hardware/kicad/), checked without kicad-cli:
    /// the schematic carries its own symbols, and the committed netlist wires the firmware's pins as
    /// hardware/pins.csv says. KiCadCliTests repeat the netlist checks on a fresh export.
    /// </summary>
    public class KiCadProjectTests
    {
        private static readonly Lazy<SExpr> Schematic = new Lazy<SExpr>(() =>
            SExpr.Parse(File.ReadAllText(RepoFiles.PathOf(KiCadCli.ProjectFolder + "/" + KiCadCli.SchematicName))));

        private static readonly Lazy<KiCadNetlist> Committed = new Lazy<KiCadNetlist>(() =>
            KiCadNetlist.Load(RepoFiles.PathOf(KiCadNetlist.CommittedPath)));

        [Fact]
        public void The_schematic_is_a_KiCad_9_schematic_with_a_licence()
        {
            Assert.Equal("kicad_sch", Schematic.Value.Head);
            Assert.True(int.Parse(Schematic.Value.Value("version")!, System.Globalization.CultureInfo.InvariantCulture) >= 20250114,
                "schematic version " + Schematic.Value.Value("version") + " is older than KiCad 9's");
            SExpr title = Schematic.Value.Child("title_block")!;
            Assert.Contains(title.Children("comment"), c => c.Items.Count > 2 && c.Items[2].Atom == "SPDX-License-Identifier: CERN-OHL-P-2.0");
        }

        [Fact]
        public void The_schematic_embeds_every_symbol_it_uses()
        {
            var embedded = new HashSet<string>(
                Schematic.Value.Child("lib_symbols")!.Children("symbol").Select(s => s.Items[1].Atom!), StringComparer.Ordinal);
            var used = Schematic.Value.Children("symbol").Select(s => s.Value("lib_id")!).Distinct().ToList();
            Assert.True(used.Count > 10, "the schematic places only " + used.Count + " kinds of symbol");
            foreach (string libId in used)
            {
                Assert.True(embedded.Contains(libId), libId + " is placed but not embedded in lib_symbols");
            }
        }

        [Fact]
        public void Every_part_has_a_footprint_from_KiCads_library()
        {
            foreach (KeyValuePair<string, (string Value, string Footprint)> c in Committed.Value.Components)
            {
                Assert.True(c.Value.Footprint.Contains(':', StringComparison.Ordinal), c.Key + " has no library footprint: '" + c.Value.Footprint + "'");
            }
        }

        [Fact]
        public void Committed_netlist_wires_every_firmware_pin_where_the_pin_table_says_and_nothing_else()
        {
            NetlistChecks.FirmwarePinsAreWiredAsTheTableSays(Committed.Value);
        }

        [Fact]
        public void Committed_netlist_wires_no_other_GPIO()
        {
            NetlistChecks.NoOtherGpioIsWired(Committed.Value);
        }

        [Fact]
        public void Committed_netlist_has_the_supplies_ground_pad_and_pulls_of_the_design()
        {
            NetlistChecks.SuppliesAndPullsAreWhereTheDesignSays(Committed.Value);
        }

        [Fact]
        public void Committed_netlist_has_the_ring_the_firmware_drives()
        {
            NetlistChecks.TheRingIsTheFirmwaresRing(Committed.Value);
        }

        [Fact]
        public void The_KiCad_BOM_and_hardware_bom_csv_name_the_same_parts()
        {
            var kicad = CsvTable.Load(RepoFiles.PathOf("hardware/kicad/relaxlamp-bom.csv")).Rows
                .SelectMany(r => r["Refs"].Split(',').Select(s => s.Trim()))
                .OrderBy(s => s, StringComparer.Ordinal).ToList();
            var bom = CsvTable.Load(RepoFiles.PathOf("hardware/bom.csv")).Rows
                .Where(r => r["build"] is "all" or "speaker")
                .SelectMany(r => r["ref"].Split(',').Select(s => s.Trim()))
                .Where(r => r != "-" && r != "ENC" && !r.StartsWith("MECH", StringComparison.Ordinal))
                .OrderBy(s => s, StringComparer.Ordinal).ToList();
            Assert.Equal(bom, kicad);
            Assert.Equal(kicad, Committed.Value.Components.Keys.OrderBy(s => s, StringComparer.Ordinal).ToList());
        }
    }
}
