using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// Where kicad-cli (KiCad 9) is on PATH: the schematic passes ERC with no violation at all, and a
    /// netlist exported afresh wires the firmware's pins as pins.csv says and matches the committed one.
    /// Where it is not, these tests report Skipped with the reason; they never pass without running.
    /// </summary>
    public class KiCadCliTests
    {
        [SkippableFact]
        public void ERC_reports_no_errors_and_no_warnings()
        {
            Skip.If(KiCadCli.Path == null, KiCadCli.SkipReason);
            Skip.IfNot(KiCadCli.HasFootprintLibrary,
                "KiCad's footprint library is not at " + KiCadCli.FootprintDir + " (Debian: kicad-footprints): ERC's footprint-link check cannot run");
            string dir = KiCadCli.CopyProject();
            try
            {
                (int code, string output) = KiCadCli.Run(
                    dir, "sch", "erc", "--format", "json", "--severity-all", "-o", "erc.json", KiCadCli.SchematicName);
                Assert.True(code == 0, "kicad-cli sch erc failed: " + output);
                using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "erc.json")));
                var violations = report.RootElement.GetProperty("sheets").EnumerateArray()
                    .SelectMany(s => s.GetProperty("violations").EnumerateArray())
                    .Select(v => v.GetProperty("severity").GetString() + " " + v.GetProperty("type").GetString() + ": " + v.GetProperty("description").GetString())
                    .ToList();
                Assert.True(report.RootElement.GetProperty("sheets").GetArrayLength() > 0, "the ERC report has no sheet");
                Assert.True(violations.Count == 0, "ERC: " + violations.Count + " violations:\n" + string.Join("\n", violations));
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        [SkippableFact]
        public void A_fresh_netlist_wires_the_firmware_pins_as_the_table_says_and_matches_the_committed_one()
        {
            Skip.If(KiCadCli.Path == null, KiCadCli.SkipReason);
            string dir = KiCadCli.CopyProject();
            try
            {
                (int code, string output) = KiCadCli.Run(dir, "sch", "export", "netlist", "-o", "fresh.net", KiCadCli.SchematicName);
                Assert.True(code == 0, "kicad-cli sch export netlist failed: " + output);
                KiCadNetlist fresh = KiCadNetlist.Load(Path.Combine(dir, "fresh.net"));
                NetlistChecks.All(fresh);
                KiCadNetlist committed = KiCadNetlist.Load(RepoFiles.PathOf(KiCadNetlist.CommittedPath));
                Assert.True(
                    fresh.Signature().SequenceEqual(committed.Signature()),
                    "hardware/kicad/relaxlamp.net is out of date with the schematic: run hardware/kicad/export.sh");
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        [SkippableFact]
        public void A_fresh_BOM_export_matches_the_committed_one()
        {
            Skip.If(KiCadCli.Path == null, KiCadCli.SkipReason);
            string dir = KiCadCli.CopyProject();
            try
            {
                (int code, string output) = KiCadCli.Run(
                    dir, "sch", "export", "bom", "-o", "fresh.csv", "--fields", "Reference,Value,Footprint,${QUANTITY}",
                    "--labels", "Refs,Value,Footprint,Qty", "--group-by", "Value,Footprint", "--ref-range-delimiter", "",
                    KiCadCli.SchematicName);
                Assert.True(code == 0, "kicad-cli sch export bom failed: " + output);
                Assert.Equal(
                    File.ReadAllText(RepoFiles.PathOf("hardware/kicad/relaxlamp-bom.csv")).ReplaceLineEndings("\n"),
                    File.ReadAllText(Path.Combine(dir, "fresh.csv")).ReplaceLineEndings("\n"));
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
