using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NanoScan.Fixture;
using Xunit;

namespace NanoScan.Tests
{
    public class ForbiddenConstructTests
    {
        private static readonly IReadOnlyList<NanoFinding> Findings = NanoScanner.Scan(FixturePaths.Forbidden);

        [Theory]
        [InlineData(nameof(GenericClass<>), NanoRule.GenericDefinition)]
        [InlineData(nameof(GenericMethod), NanoRule.GenericDefinition)]
        [InlineData(nameof(ListField), NanoRule.GenericInstantiation)]
        [InlineData(nameof(DictionaryUsage), NanoRule.GenericInstantiation)]
        [InlineData(nameof(NullableInt), NanoRule.GenericInstantiation)]
        [InlineData(nameof(ThreeArgAction), NanoRule.GenericInstantiation)]
        [InlineData(nameof(ListInsideAllowedDelegate), NanoRule.GenericInstantiation)]
        [InlineData(nameof(GenericBase), NanoRule.GenericInstantiation)]
        [InlineData(nameof(MultiDimLocal), NanoRule.MultiDimensionalArray)]
        [InlineData(nameof(MultiDimField), NanoRule.MultiDimensionalArray)]
        [InlineData(nameof(EnumGetValues), NanoRule.UnsupportedApi)]
        [InlineData(nameof(LinqCall), NanoRule.UnsupportedApi)]
        [InlineData(nameof(AsyncMethod), NanoRule.UnsupportedApi)]
        [InlineData(nameof(MathSqrt), NanoRule.UnsupportedApi)]
        [InlineData(nameof(ConsoleWrite), NanoRule.UnsupportedApi)]
        [InlineData(nameof(StackAlloc), NanoRule.StackAlloc)]
        [InlineData(nameof(StaticReadsOtherType), NanoRule.StaticInitOrder)]
        [InlineData(nameof(StaticCallsOtherType), NanoRule.StaticInitOrder)]
        [InlineData(nameof(StaticHelperReadsOtherType), NanoRule.StaticInitOrder)]
        [InlineData(nameof(StaticConstructsInitialisedType), NanoRule.StaticInitOrder)]
        [InlineData(nameof(StaticConstructorWritesOtherType), NanoRule.StaticInitOrder)]
        public void ConstructIsFoundInItsType(string typeName, NanoRule rule)
        {
            List<NanoFinding> hits = Findings.Where(f => f.Rule == rule && IsIn(f, typeName)).ToList();

            Assert.True(hits.Count > 0, $"no {rule} finding in {typeName}; found:\n{string.Join('\n', Findings)}");
            Assert.All(hits, f =>
            {
                Assert.Contains(typeName, f.Description, System.StringComparison.Ordinal);
                Assert.Contains(NanoFinding.IdOf(rule), f.Description, System.StringComparison.Ordinal);
            });
        }

        [Fact]
        public void EveryFindingNamesAFixtureType()
        {
            Assert.All(Findings, f => Assert.StartsWith("NanoScan.Fixture.", f.Location, System.StringComparison.Ordinal));
        }

        [Fact]
        public void AllowedDelegateWithAllowedArgumentIsNotAFinding()
        {
            // Action<List<int>> is flagged for List<int> only, not for Action<...> itself.
            List<string> messages = Findings.Where(f => IsIn(f, nameof(ListInsideAllowedDelegate))).Select(f => f.Message).ToList();

            Assert.Equal(["generic instantiation List<int>"], messages);
        }

        [Fact]
        public void StaticInitOrderFindingsNameTheDependency()
        {
            string[] messages = Findings.Where(f => f.Rule == NanoRule.StaticInitOrder).Select(f => f.Location + ": " + f.Message).OrderBy(m => m, System.StringComparer.Ordinal).ToArray();

            Assert.Equal(
                [
                    "NanoScan.Fixture.StaticCallsOtherType::.cctor: static initialiser of NanoScan.Fixture.StaticCallsOtherType calls NanoScan.Fixture.StaticSource.Compute of another type, which nanoCLR may not have initialised yet",
                    "NanoScan.Fixture.StaticConstructorWritesOtherType::.cctor: static initialiser of NanoScan.Fixture.StaticConstructorWritesOtherType writes NanoScan.Fixture.StaticSink.Value, which nanoCLR may not have initialised yet",
                    "NanoScan.Fixture.StaticConstructsInitialisedType::.cctor: static initialiser of NanoScan.Fixture.StaticConstructsInitialisedType constructs NanoScan.Fixture.InitialisedType, whose static initialiser nanoCLR may not have run yet",
                    "NanoScan.Fixture.StaticHelperReadsOtherType::Build: static initialiser of NanoScan.Fixture.StaticHelperReadsOtherType (through Build) reads NanoScan.Fixture.StaticSource.Table, which nanoCLR may not have initialised yet",
                    "NanoScan.Fixture.StaticReadsOtherType::.cctor: static initialiser of NanoScan.Fixture.StaticReadsOtherType reads NanoScan.Fixture.StaticSource.Table, which nanoCLR may not have initialised yet",
                ],
                messages);
        }

        private static bool IsIn(NanoFinding finding, string typeName) =>
            Regex.IsMatch(finding.Location, "^NanoScan\\.Fixture\\." + Regex.Escape(typeName) + "(`\\d+)?([+:]|$)");
    }
}
