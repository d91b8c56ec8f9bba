using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>One pin on a net: the part's reference, its pin number and (for named pins) its name.</summary>
    internal sealed record NetNode(string Ref, string Pin, string? PinFunction)
    {
        public string Id => Ref + "." + Pin;
    }

    /// <summary>A KiCad netlist (kicad-cli sch export netlist, format kicadsexpr), read.</summary>
    internal sealed class KiCadNetlist
    {
        private KiCadNetlist(
            IReadOnlyDictionary<string, IReadOnlyList<NetNode>> nets,
            IReadOnlyDictionary<string, (string Value, string Footprint)> components)
        {
            Nets = nets;
            Components = components;
        }

        public const string CommittedPath = "hardware/kicad/relaxlamp.net";

        /// <summary>Net name (without the sheet's leading '/') to its pins.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<NetNode>> Nets { get; }

        /// <summary>Reference to value and footprint.</summary>
        public IReadOnlyDictionary<string, (string Value, string Footprint)> Components { get; }

        public static KiCadNetlist Load(string path) => Parse(File.ReadAllText(path));

        public static KiCadNetlist Parse(string text)
        {
            SExpr root = SExpr.Parse(text);
            if (root.Head != "export")
            {
                throw new FormatException("not a KiCad netlist: it starts with (" + root.Head + ")");
            }

            var components = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (SExpr comp in root.Child("components")?.Children("comp") ?? Enumerable.Empty<SExpr>())
            {
                string reference = comp.Value("ref") ?? throw new FormatException("component without ref");
                components[reference] = (comp.Value("value") ?? "", comp.Value("footprint") ?? "");
            }

            var nets = new Dictionary<string, IReadOnlyList<NetNode>>(StringComparer.Ordinal);
            foreach (SExpr net in root.Child("nets")?.Children("net") ?? Enumerable.Empty<SExpr>())
            {
                string name = (net.Value("name") ?? throw new FormatException("net without name")).TrimStart('/');
                nets[name] = net.Children("node")
                    .Select(n => new NetNode(n.Value("ref") ?? "", n.Value("pin") ?? "", n.Value("pinfunction")))
                    .ToList();
            }

            return new KiCadNetlist(nets, components);
        }

        /// <summary>The name of the net that holds <paramref name="reference"/>.<paramref name="pin"/>.</summary>
        public string NetOf(string reference, string pin) =>
            Nets.Single(n => n.Value.Any(node => node.Ref == reference && node.Pin == pin)).Key;

        /// <summary>The nets as "name: node node ..." lines, sorted: what two netlists must share to be the same circuit.</summary>
        public IReadOnlyList<string> Signature() =>
            Nets.Select(n => n.Key + ": " + string.Join(" ", n.Value.Select(v => v.Id).OrderBy(i => i, StringComparer.Ordinal)))
                .OrderBy(l => l, StringComparer.Ordinal)
                .Concat(Components.Select(c => c.Key + " = " + c.Value.Value + " [" + c.Value.Footprint + "]")
                    .OrderBy(l => l, StringComparer.Ordinal))
                .ToList();
    }
}
