using System.IO;
using RelaxLamp.Bench.Report;
using Xunit;

namespace RelaxLamp.Bench.Tests;

/// <summary>Rewriting docs/performance.md keeps what was written by hand below the marker, and only that.</summary>
public class PerformanceReportTests
{
    [Fact]
    public void The_hand_written_part_survives_a_rewrite_and_the_old_generated_part_does_not()
    {
        string old = "# Performance\nold table\n\n" + PerformanceReport.HandWrittenMarker + "\n\n## Sound\nmeasured by hand\n";
        string page = PerformanceReport.KeepHandWritten("# Performance\nnew table\n", old);
        Assert.Equal("# Performance\nnew table\n\n" + PerformanceReport.HandWrittenMarker + "\n\n## Sound\nmeasured by hand\n", page);
        Assert.Equal("# Performance\nnew table\n", PerformanceReport.KeepHandWritten("# Performance\nnew table\n", "# no marker\n"));
        Assert.Equal("x\n", PerformanceReport.KeepHandWritten("x\n", null));
    }

    [Fact]
    public void The_committed_page_has_its_hand_written_sections_below_the_marker()
    {
        string page = File.ReadAllText(RelaxLamp.Build.BuildInfo.PathOf("docs/performance.md"));
        int marker = page.IndexOf(PerformanceReport.HandWrittenMarker, System.StringComparison.Ordinal);
        Assert.True(marker > 0, "no marker");
        Assert.True(page.IndexOf("## Wake to first light", System.StringComparison.Ordinal) > marker);
        Assert.True(page.IndexOf("## Sound on the interpreter", System.StringComparison.Ordinal) > marker);
    }
}
