using System;
using System.Collections.Generic;
using System.Globalization;

namespace RelaxLamp.AudioAssets
{
    /// <summary>A command line error: the message is one line naming the flag and what it accepts.</summary>
    public sealed class UsageException : Exception
    {
        /// <summary>Creates the error.</summary>
        public UsageException(string message)
            : base(message)
        {
        }
    }

    /// <summary>Positional arguments and <c>--flag value</c> / <c>--switch</c> options of one command.</summary>
    public sealed class CliArgs
    {
        private readonly Dictionary<string, string?> options = new Dictionary<string, string?>(StringComparer.Ordinal);

        private CliArgs(string command)
        {
            Command = command;
        }

        /// <summary>The command these arguments belong to, for messages.</summary>
        public string Command { get; }

        /// <summary>Arguments that are not flags, in order.</summary>
        public IList<string> Positional { get; } = new List<string>();

        /// <summary>
        /// Splits <paramref name="args"/> by the flags the command accepts: <paramref name="valueFlags"/>
        /// take a value, <paramref name="switches"/> do not. Anything else starting with <c>--</c> is an error.
        /// </summary>
        public static CliArgs Parse(string command, IReadOnlyList<string> args, IReadOnlyCollection<string> valueFlags, IReadOnlyCollection<string> switches)
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(valueFlags);
            ArgumentNullException.ThrowIfNull(switches);
            var result = new CliArgs(command);
            for (int i = 0; i < args.Count; i++)
            {
                string a = args[i];
                if (!a.StartsWith("--", StringComparison.Ordinal))
                {
                    result.Positional.Add(a);
                    continue;
                }

                if (Contains(switches, a))
                {
                    result.options[a] = null;
                }
                else if (Contains(valueFlags, a))
                {
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"{a}: needs a value");
                    }

                    result.options[a] = args[++i];
                }
                else
                {
                    var known = new List<string>(valueFlags);
                    known.AddRange(switches);
                    string accepts = known.Count == 0 ? "no flags" : string.Join(", ", known);
                    throw new UsageException($"{a}: unknown flag for {command} (accepts {accepts})");
                }
            }

            return result;
        }

        /// <summary>True if the switch or flag was given.</summary>
        public bool Has(string flag) => options.ContainsKey(flag);

        /// <summary>The flag's value, or <paramref name="fallback"/>.</summary>
        public string Get(string flag, string fallback) => options.TryGetValue(flag, out string? v) && v != null ? v : fallback;

        /// <summary>The flag's value, which must be one of <paramref name="choices"/>.</summary>
        public string GetChoice(string flag, string fallback, params string[] choices)
        {
            string v = Get(flag, fallback);
            if (Array.IndexOf(choices, v) < 0)
            {
                throw new UsageException($"{flag}: expected {string.Join(" or ", choices)}, got '{v}'");
            }

            return v;
        }

        /// <summary>The flag's value as a number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
        public double GetNumber(string flag, double fallback, double min, double max)
        {
            if (!options.TryGetValue(flag, out string? v) || v == null)
            {
                return fallback;
            }

            if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || double.IsNaN(d) || d < min || d > max)
            {
                throw new UsageException($"{flag}: expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got '{v}'");
            }

            return d;
        }

        /// <summary>Requires exactly <paramref name="count"/> positional arguments, described by <paramref name="shape"/>.</summary>
        public void ExpectPositional(int count, string shape)
        {
            if (Positional.Count != count)
            {
                throw new UsageException($"{Command}: expected {shape}");
            }
        }

        private static bool Contains(IReadOnlyCollection<string> set, string item)
        {
            foreach (string s in set)
            {
                if (string.Equals(s, item, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
