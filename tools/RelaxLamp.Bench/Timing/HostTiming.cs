using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace RelaxLamp.Bench.Timing;

/// <summary>Runs <see cref="FrameBenchmarks"/> with BenchmarkDotNet, in process (nothing to build), and collects the means.</summary>
public static class HostTiming
{
    /// <summary>Runs the benchmarks; takes a few minutes. Needs a Release build.</summary>
    public static List<HostTimingResult> Run()
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "RelaxLamp.Bench.Artifacts"));
        Summary summary = BenchmarkRunner.Run<FrameBenchmarks>(config);
        var results = new List<HostTimingResult>();
        foreach (BenchmarkReport report in summary.Reports)
        {
            int fps = Convert.ToInt32(report.BenchmarkCase.Parameters[nameof(FrameBenchmarks.Fps)], System.Globalization.CultureInfo.InvariantCulture);
            HostTimingResult r = results.FirstOrDefault(x => x.Fps == fps) ?? Add(results, fps);
            double ns = report.ResultStatistics?.Mean ?? double.NaN;
            switch (report.BenchmarkCase.Descriptor.WorkloadMethod.Name)
            {
                case nameof(FrameBenchmarks.LampFrame):
                    r.LampFrameNs = ns;
                    break;
                case nameof(FrameBenchmarks.LampRender):
                    r.LampRenderNs = ns;
                    break;
                case nameof(FrameBenchmarks.LinearRender):
                    r.LinearRenderNs = ns;
                    break;
                case nameof(FrameBenchmarks.GammaRender):
                    r.GammaRenderNs = ns;
                    break;
            }
        }

        return results.OrderByDescending(r => r.Fps).ToList();
    }

    private static HostTimingResult Add(List<HostTimingResult> results, int fps)
    {
        var r = new HostTimingResult { Fps = fps };
        results.Add(r);
        return r;
    }
}
