using System.Collections.Generic;
using System.Linq;
using NanoClrHost;
using RelaxLamp.Build;
using RelaxLamp.Scenarios;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// The same scenario program (tests/RelaxLamp.Scenarios) on nanoCLR and on desktop .NET must print
/// the same line for every scenario: one hash over every frame's bytes, state, phase, level and cue.
/// </summary>
public class ScenarioEquivalenceTests
{
    private readonly ITestOutputHelper output;

    public ScenarioEquivalenceTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SkippableFact]
    public void Every_scenario_hashes_the_same_on_nanoCLR_and_on_desktop_dotnet()
    {
        NanoClrHarness clr = NanoClr.Require();
        var host = new Lines();
        ScenarioProgram.RunAll(host);

        NanoRun nano = clr.Run(countIl: false, [], NanoClr.PeOf(BuildInfo.Get("NanoCore")), NanoClr.PeOf(BuildInfo.Get("NanoScenarios")));
        output.WriteLine(nano.ToString());

        Assert.True(nano.ExitCode == 0, nano.ToString());
        Assert.Equal(ScenarioProgram.LineCount, host.All.Count);
        Assert.Equal(host.All.Count, nano.Lines.Count);
        for (int i = 0; i < host.All.Count; i++)
        {
            Assert.Equal(host.All[i], nano.Lines[i]);
        }
    }

    [Fact]
    public void The_scenarios_are_distinct_and_each_runs_frames()
    {
        // A scenario whose script does nothing new would hide behind another's hash.
        var host = new Lines();
        ScenarioProgram.RunAll(host);
        List<string> runs = host.All.Take(ScenarioSet.Count).ToList();

        Assert.All(runs, l => Assert.DoesNotContain(" frames=0 ", l, System.StringComparison.Ordinal));
        Assert.Equal(runs.Count, runs.Select(l => l.Split(' ')[0]).Distinct().Count());
        Assert.True(runs.Select(l => l.Split(' ')[2]).Distinct().Count() >= runs.Count - 3, string.Join("\n", runs));
    }

    private sealed class Lines : IScenarioOutput
    {
        public List<string> All { get; } = [];

        public void Line(string text) => All.Add(text);
    }
}
