using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using RelaxLamp.Firmware;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>hardware/pins.csv, read once, and the constants of LampConfig, read by reflection.</summary>
    internal static class PinTable
    {
        public const string RelativePath = "hardware/pins.csv";

        private static readonly Lazy<CsvTable> Table =
            new Lazy<CsvTable>(() => CsvTable.Load(RepoFiles.PathOf(RelativePath)));

        public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows => Table.Value.Rows;

        public static IReadOnlyList<string> Header => Table.Value.Header;

        public static IEnumerable<IReadOnlyDictionary<string, string>> PinRows =>
            Rows.Where(r => r["kind"] == "pin");

        /// <summary>The public constants of LampConfig, by name.</summary>
        public static IReadOnlyDictionary<string, object> ConfigConstants { get; } = ReadConstants();

        public static int Gpio(IReadOnlyDictionary<string, string> row) =>
            int.Parse(row["value"], NumberStyles.None, CultureInfo.InvariantCulture);

        public static IReadOnlyDictionary<string, string>? RowFor(string constantName) =>
            Rows.SingleOrDefault(r => r["firmware_constant"] == constantName);

        /// <summary>The constant's value written the way pins.csv writes it.</summary>
        public static string Format(object value) => value switch
        {
            bool b => b ? "true" : "false",
            int i => i.ToString(CultureInfo.InvariantCulture),
            string s => s,
            _ => throw new NotSupportedException("LampConfig constant of type " + value.GetType().Name),
        };

        private static Dictionary<string, object> ReadConstants()
        {
            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (FieldInfo field in typeof(LampConfig).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.IsLiteral)
                {
                    result[field.Name] = field.GetRawConstantValue()
                        ?? throw new InvalidOperationException(field.Name + " has no value");
                }
            }

            return result;
        }
    }
}
