using System.Collections.Generic;
using Xunit;

namespace NanoScan.Tests
{
    public class CleanAssemblyTests
    {
        [Theory]
        [InlineData("NanoScan.Fixture.Clean.dll")]
        [InlineData("NanoScan.Fixture.Clean.Nano.dll")]
        public void AllowedConstructsYieldNoFindings(string fixture)
        {
            ScanReport report = NanoScanner.Analyze(FixturePaths.Of(fixture));

            Assert.True(report.IsClean, string.Join('\n', report.Findings));
            Assert.True(report.TypeCount >= 4, report.Summary);
            Assert.StartsWith("nano scan: clean: ", report.Summary, System.StringComparison.Ordinal);
        }

        [Fact]
        public void NanoBuildEmbedsTheCompilerAttributesTheScanAccepts()
        {
            // Proves the clean nano result above covers Roslyn's embedded attributes (byte[] constructors included).
            IReadOnlyList<string> names = FixtureTypes.Names(FixturePaths.CleanNano);

            Assert.Contains("System.Runtime.CompilerServices.NullableAttribute", names);
            Assert.Contains("System.Runtime.CompilerServices.NullableContextAttribute", names);
            Assert.Contains("System.Runtime.CompilerServices.RefSafetyRulesAttribute", names);
            Assert.Contains("Microsoft.CodeAnalysis.EmbeddedAttribute", names);
        }
    }
}
