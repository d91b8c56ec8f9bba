using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// The stripboard layout (hardware/stripboard.csv): its strips, cuts and links connect exactly the
    /// pins that the KiCad netlist puts on one net, its wire pads carry the nets they are labelled with,
    /// and no hole holds two things.
    /// </summary>
    public class StripboardTests
    {
        /// <summary>KiCad's U3 (74AHCT1G125, SOT-23-5) pin to the stripboard's 74AHCT125 (DIP-14) channel-1 pin.</summary>
        private static readonly IReadOnlyDictionary<string, string> SingleToQuad = new Dictionary<string, string>
        {
            ["1"] = "1", ["2"] = "2", ["4"] = "3", ["3"] = "7", ["5"] = "14",
        };

        /// <summary>The quad's unused channels: OE# high (off) to VRING, inputs to GND, outputs open.</summary>
        private static readonly IReadOnlyDictionary<string, string> QuadUnused = new Dictionary<string, string>
        {
            ["4"] = "VRING", ["10"] = "VRING", ["13"] = "VRING", ["5"] = "GND", ["9"] = "GND", ["12"] = "GND",
            ["6"] = "open 6", ["8"] = "open 8", ["11"] = "open 11",
        };

        private static readonly CsvTable Layout = CsvTable.Load(RepoFiles.PathOf("hardware/stripboard.csv"));

        private static int Int(IReadOnlyDictionary<string, string> r, string key) =>
            int.Parse(r[key], NumberStyles.Integer, CultureInfo.InvariantCulture);

        private static IEnumerable<IReadOnlyDictionary<string, string>> Kind(string kind) => Layout.Rows.Where(r => r["kind"] == kind);

        /// <summary>Groups of "REF.PIN" that the copper and the links connect.</summary>
        private static List<HashSet<string>> Connectivity()
        {
            IReadOnlyDictionary<string, string> board = Kind("board").Single();
            int rows = Int(board, "row"), cols = Int(board, "col");
            var parent = Enumerable.Range(0, rows * cols).ToArray();
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            void Union(int a, int b) => parent[Find(a)] = Find(b);
            int Hole(int r, int c)
            {
                Assert.True(r >= 0 && r < rows && c >= 0 && c < cols, $"hole ({r},{c}) is off the {rows} x {cols} board");
                return r * cols + c;
            }

            var cuts = new HashSet<(int, int)>(Kind("cut").Select(r => (Int(r, "row"), Int(r, "col"))));
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c + 1 < cols; c++)
                {
                    if (!cuts.Contains((r, c)))
                    {
                        Union(Hole(r, c), Hole(r, c + 1));
                    }
                }
            }

            foreach (IReadOnlyDictionary<string, string> link in Kind("link"))
            {
                Union(Hole(Int(link, "row"), Int(link, "col")), Hole(Int(link, "row2"), Int(link, "col2")));
            }

            return Layout.Rows.Where(r => r["kind"] is "pin" or "pad")
                .GroupBy(r => Find(Hole(Int(r, "row"), Int(r, "col"))))
                .Select(g => new HashSet<string>(g.Select(r => r["ref"] + "." + r["pin"]), StringComparer.Ordinal))
                .ToList();
        }

        /// <summary>The net each stripboard pin must be on: the KiCad netlist's, the pads' labels, the quad's unused pins.</summary>
        private static Dictionary<string, string> ExpectedNets()
        {
            KiCadNetlist netlist = KiCadNetlist.Load(RepoFiles.PathOf(KiCadNetlist.CommittedPath));
            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (IReadOnlyDictionary<string, string> r in Kind("pin"))
            {
                string reference = r["ref"], pin = r["pin"];
                if (reference == "U3")
                {
                    string? single = SingleToQuad.Where(kv => kv.Value == pin).Select(kv => kv.Key).FirstOrDefault();
                    expected["U3." + pin] = single != null ? netlist.NetOf("U3", single) : QuadUnused[pin];
                }
                else
                {
                    expected[reference + "." + pin] = netlist.NetOf(reference, pin);
                }
            }

            foreach (IReadOnlyDictionary<string, string> r in Kind("pad"))
            {
                Assert.True(netlist.Nets.ContainsKey(r["net"]), $"pad {r["ref"]}.{r["pin"]} carries '{r["net"]}', which is no net of the schematic");
                expected[r["ref"] + "." + r["pin"]] = r["net"];
            }

            return expected;
        }

        [Fact]
        public void Every_part_pin_is_placed_once_and_no_hole_holds_two_things()
        {
            var holes = new Dictionary<(int, int), string>();
            foreach (IReadOnlyDictionary<string, string> r in Layout.Rows.Where(r => r["kind"] is "pin" or "pad" or "link"))
            {
                var ends = new List<(int, int)> { (Int(r, "row"), Int(r, "col")) };
                if (r["kind"] == "link")
                {
                    ends.Add((Int(r, "row2"), Int(r, "col2")));
                }

                foreach ((int, int) hole in ends)
                {
                    string what = r["ref"] + "." + r["pin"];
                    Assert.False(holes.ContainsKey(hole), $"hole {hole} holds both {(holes.TryGetValue(hole, out string? o) ? o : "")} and {what}");
                    holes[hole] = what;
                }
            }

            var placed = Kind("pin").Select(r => r["ref"] + "." + r["pin"]).ToList();
            Assert.Equal(placed.Count, placed.Distinct().Count());
            foreach (string reference in new[] { "Q1", "Q2", "R1", "R2", "R3", "R4", "R5", "R12", "R13", "C1", "C3", "C7", "C10" })
            {
                Assert.True(placed.Count(p => p.StartsWith(reference + ".", StringComparison.Ordinal)) == (reference.StartsWith('Q') ? 3 : 2),
                    reference + " is not fully placed on the stripboard");
            }

            Assert.Equal(14, placed.Count(p => p.StartsWith("U3.", StringComparison.Ordinal)));
        }

        [Fact]
        public void The_strips_cuts_and_links_make_exactly_the_schematics_nets()
        {
            Dictionary<string, string> expected = ExpectedNets();
            foreach (HashSet<string> group in Connectivity())
            {
                var nets = group.Select(p => expected[p]).Distinct().ToList();
                Assert.True(nets.Count == 1,
                    "the stripboard joins different nets: " + string.Join(", ", group.OrderBy(p => p, StringComparer.Ordinal).Select(p => p + " (" + expected[p] + ")")));
            }

            foreach (IGrouping<string, string> net in expected.GroupBy(kv => kv.Value, kv => kv.Key))
            {
                int groups = Connectivity().Count(g => g.Overlaps(net));
                Assert.True(groups == 1, $"net {net.Key} is split over {groups} separate copper groups on the stripboard");
            }
        }

        [Fact]
        public void The_controller_pads_carry_the_firmware_pins_signals()
        {
            foreach (string signal in new[] { "RING_DATA", "RING_POWER", "BUTTON" })
            {
                IReadOnlyDictionary<string, string> pin = PinTable.PinRows.Single(r => r["signal"] == signal);
                IReadOnlyDictionary<string, string> pad = Kind("pad").Single(r => r["net"] == signal);
                Assert.Equal("J10", pad["ref"]);
                Assert.EndsWith("GPIO" + pin["value"], pad["label"], StringComparison.Ordinal);
            }
        }
    }
}
