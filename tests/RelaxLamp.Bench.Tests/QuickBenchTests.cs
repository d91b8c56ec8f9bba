using System;
using System.Diagnostics;
using System.Linq;
using RelaxLamp.Bench.Figures;
using RelaxLamp.Bench.IlCount;
using RelaxLamp.Bench.Suite;
using RelaxLamp.Core;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Bench.Tests;

/// <summary>The goals of issue #6 as bounds, on the quick run (see docs/performance.md for the full one).</summary>
public sealed class QuickBenchTests : IClassFixture<QuickFigures>
{
    private readonly FpsFigures _f;
    private readonly ITestOutputHelper _out;

    public QuickBenchTests(QuickFigures quick, ITestOutputHelper output)
    {
        _f = quick.Figures;
        _out = output;
    }

    [Fact]
    public void P1_the_lamps_largest_step_is_within_10_percent_of_the_floor()
    {
        SmoothnessResult s = _f.Smoothness;
        _out.WriteLine($"lamp {s.Lamp.Size:F3} at {s.Lamp.AtMs} ms ({s.Lamp.From:F2} -> {s.Lamp.To:F2}); floor {s.Floor:F3} = max(curve {s.Curve.Size:F3}, one code {s.OneCodeStep:F3}); ratio {s.LampRatio:F3}");
        Assert.True(s.LampRatio <= Goals.SmoothnessRatio, $"P1: the lamp's largest L* step {s.Lamp.Size:F3} at {s.Lamp.AtMs} ms is {s.LampRatio:F2} x the floor {s.Floor:F3} (bound {Goals.SmoothnessRatio})");
    }

    [Fact]
    public void P1_tells_the_baselines_apart_from_the_lamp()
    {
        // A measurement that could not see the whole ring stepping by one code would prove nothing.
        SmoothnessResult s = _f.Smoothness;
        _out.WriteLine($"baseline (a) {s.LinearRatio:F2} x, (b) {s.GammaRatio:F2} x the floor");
        Assert.True(s.LinearRatio > 3, $"baseline (a) is only {s.LinearRatio:F2} x the floor");
        Assert.True(s.GammaRatio > 3, $"baseline (b) is only {s.GammaRatio:F2} x the floor");
        Assert.InRange(s.LampPeak, 95, 110);
        Assert.True(s.Lamp.Pairs > QuickFigures.Minutes * 60 * QuickFigures.Fps * 9 / 10, $"only {s.Lamp.Pairs} frame pairs compared");
    }

    [Fact]
    public void P2_the_schedule_ends_within_1ms_of_the_reference()
    {
        DriftResult d = _f.Drift;
        _out.WriteLine($"end {d.EndErrorMs:F4} ms; largest during the session {d.MaxErrorMs:F3} ms at {d.MaxAtMinutes:F2} min; against a milli-breath pace {_f.DriftCoarsePace.MaxErrorMs:F4} ms");
        Assert.Equal(d.ReferenceBreaths, d.CoreBreaths);
        Assert.True(Math.Abs(d.EndErrorMs) < Goals.DriftMs, $"P2: the last out-breath ends {d.EndErrorMs:F3} ms from the reference's");
    }

    [Fact]
    public void P3_a_frame_allocates_nothing()
    {
        Assert.Equal(Goals.BytesPerFrame, _f.LampBytesPerFrame);
        Assert.Equal(0, _f.LinearBytesPerFrame);
        Assert.Equal(0, _f.GammaBytesPerFrame);
    }

    [Fact]
    public void P4_a_breathing_frame_executes_at_most_3000_IL_instructions()
    {
        WorkResult w = _f.Work;
        bool debug = typeof(Lamp).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled);
        _out.WriteLine($"{(debug ? "Debug" : "Release")} core: mean {w.LampMean:F1} IL per breathing frame, worst frame {w.LampMax} ({w.LampMaxState}), worst breathing {w.LampMaxBreathing}; calls {w.LampCallsMean:F1} (most {w.LampCallsMax})");
        foreach (var (method, il, calls) in w.Breakdown.Take(6))
        {
            _out.WriteLine($"  {method}: {il:F1} IL, {calls:F1} calls");
        }

        // A Debug build's IL is larger than Release's, so a Debug pass is a Release pass too.
        Assert.True(
            w.LampMean <= Goals.IlPerFrame,
            $"P4: {w.LampMean:F0} IL per breathing frame (bound {Goals.IlPerFrame}), worst frame {w.LampMax}; largest: {string.Join(", ", w.Breakdown.Take(3).Select(b => $"{b.Method} {b.Il:F0}"))}"
            + (debug ? ". This is the Debug build; the figure that counts is Release's (dotnet test -c Release)" : ""));
    }

    [Fact]
    public void P5_the_session_ends_within_one_frame_of_the_chosen_length()
    {
        EndTimeResult e = _f.EndTimes.Single();
        _out.WriteLine($"schedule {e.ScheduleErrorMs:F3} ms, asleep {e.AsleepErrorMs:F0} ms after press + {e.Minutes} min (frame {e.FramePeriodMs} ms)");
        Assert.True(e.WithinOneFrame, $"P5: the last out-breath ends {e.ScheduleErrorMs:F3} ms and the lamp sleeps {e.AsleepErrorMs:F0} ms from press + length");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void P1_holds_at_the_brighter_landmarks_too(int brightness)
    {
        SmoothnessResult s = BenchSuite.SmoothnessAt(brightness, QuickFigures.Fps, QuickFigures.Minutes);
        _out.WriteLine($"brightness {brightness}: lamp {s.Lamp.Size:F3} at {s.Lamp.AtMs} ms ({s.Lamp.From:F2} -> {s.Lamp.To:F2}); floor {s.Floor:F3} = max(curve {s.Curve.Size:F3}, one code {s.OneCodeStep:F3}); ratio {s.LampRatio:F3}; peak {s.LampPeak:F2}");
        Assert.InRange(s.LampPeak, 98, 103);
        Assert.True(s.LampRatio <= Goals.SmoothnessRatio, $"P1 at brightness {brightness}: {s.Lamp.Size:F3} at {s.Lamp.AtMs} ms is {s.LampRatio:F2} x the floor {s.Floor:F3}");
    }
}
