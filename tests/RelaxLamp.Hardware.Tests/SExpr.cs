using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// A KiCad S-expression: an atom (symbol or quoted string) or a list. Enough to read KiCad 9
    /// schematics (.kicad_sch) and netlists (kicadsexpr), which are plain S-expressions.
    /// </summary>
    internal sealed class SExpr
    {
        private SExpr(string? atom, List<SExpr>? items)
        {
            Atom = atom;
            Items = items ?? new List<SExpr>();
        }

        /// <summary>The atom's text, or null for a list.</summary>
        public string? Atom { get; }

        public List<SExpr> Items { get; }

        public bool IsList => Atom == null;

        /// <summary>A list's head, e.g. "net" for (net (code "1") ...).</summary>
        public string? Head => IsList && Items.Count > 0 ? Items[0].Atom : null;

        /// <summary>The direct children that are lists headed by <paramref name="head"/>.</summary>
        public IEnumerable<SExpr> Children(string head) => Items.Where(i => i.Head == head);

        public SExpr? Child(string head) => Children(head).FirstOrDefault();

        /// <summary>The atom after the head of the first child headed by <paramref name="head"/>: (head "value").</summary>
        public string? Value(string head)
        {
            SExpr? child = Child(head);
            return child != null && child.Items.Count > 1 ? child.Items[1].Atom : null;
        }

        /// <summary>Every list at any depth headed by <paramref name="head"/>.</summary>
        public IEnumerable<SExpr> Descendants(string head)
        {
            foreach (SExpr item in Items)
            {
                if (item.Head == head)
                {
                    yield return item;
                }

                foreach (SExpr d in item.Descendants(head))
                {
                    yield return d;
                }
            }
        }

        public static SExpr Parse(string text)
        {
            int pos = 0;
            SkipSpace(text, ref pos);
            SExpr result = ParseOne(text, ref pos);
            SkipSpace(text, ref pos);
            if (pos != text.Length)
            {
                throw new FormatException("text after the S-expression at offset " + pos.ToString(CultureInfo.InvariantCulture));
            }

            return result;
        }

        private static SExpr ParseOne(string s, ref int pos)
        {
            if (pos >= s.Length)
            {
                throw new FormatException("unexpected end of S-expression");
            }

            char c = s[pos];
            if (c == '(')
            {
                pos++;
                var items = new List<SExpr>();
                while (true)
                {
                    SkipSpace(s, ref pos);
                    if (pos >= s.Length)
                    {
                        throw new FormatException("unclosed '('");
                    }

                    if (s[pos] == ')')
                    {
                        pos++;
                        return new SExpr(null, items);
                    }

                    items.Add(ParseOne(s, ref pos));
                }
            }

            if (c == ')')
            {
                throw new FormatException("unexpected ')' at offset " + pos.ToString(CultureInfo.InvariantCulture));
            }

            if (c == '"')
            {
                pos++;
                var sb = new StringBuilder();
                while (pos < s.Length && s[pos] != '"')
                {
                    if (s[pos] == '\\' && pos + 1 < s.Length)
                    {
                        pos++;
                        sb.Append(s[pos] == 'n' ? '\n' : s[pos]);
                    }
                    else
                    {
                        sb.Append(s[pos]);
                    }

                    pos++;
                }

                if (pos >= s.Length)
                {
                    throw new FormatException("unclosed string");
                }

                pos++;
                return new SExpr(sb.ToString(), null);
            }

            int start = pos;
            while (pos < s.Length && !char.IsWhiteSpace(s[pos]) && s[pos] != '(' && s[pos] != ')')
            {
                pos++;
            }

            return new SExpr(s.Substring(start, pos - start), null);
        }

        private static void SkipSpace(string s, ref int pos)
        {
            while (pos < s.Length && char.IsWhiteSpace(s[pos]))
            {
                pos++;
            }
        }
    }
}
