using System;
using System.IO;

namespace NanoScan.Tests
{
    /// <summary>The fixture assemblies, copied beside the tests by their project references.</summary>
    internal static class FixturePaths
    {
        /// <summary>One type per forbidden construct.</summary>
        public static string Forbidden => Of("NanoScan.Fixture.dll");

        /// <summary>Only allowed constructs, compiled for net10.0.</summary>
        public static string Clean => Of("NanoScan.Fixture.Clean.dll");

        /// <summary>The same allowed constructs compiled against nanoFramework mscorlib.</summary>
        public static string CleanNano => Of("NanoScan.Fixture.Clean.Nano.dll");

        /// <summary>A fixture by file name, beside the tests.</summary>
        public static string Of(string fileName) => Path.Combine(AppContext.BaseDirectory, fileName);
    }
}
