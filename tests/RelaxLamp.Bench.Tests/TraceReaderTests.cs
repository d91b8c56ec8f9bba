using System;
using System.IO;
using RelaxLamp.Bench.Figures;
using RelaxLamp.Bench.Session;
using RelaxLamp.Bench.Suite;
using RelaxLamp.Bench.Trace;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;
using RelaxLamp.Engine;
using Xunit;

namespace RelaxLamp.Bench.Tests;

public sealed class TraceReaderTests
{
    // Three frames of an 8-LED ring as the simulator writes them (t_ms from the first press, phases in
    // lower case), and a row by number, which the reader takes too.
    private const string Known =
        "t_ms,state,phase,level,ring\n" +
        "0,Asleep,none,0,000000000000000000000000000000000000000000000000\n" +
        "20,Breathing,in,1234,000100000000000100000000000000000000000000000000\n" +
        "40,4,2,65535,ff48000000000000000000000000000000000000000000ff\n";

    [Fact]
    public void Parses_a_known_trace()
    {
        FrameSeries f = TraceReader.Read(new StringReader(Known));

        Assert.Equal(8, f.Leds);
        Assert.Equal(3, f.Count);
        Assert.Equal(new long[] { 0, 20, 40 }, new[] { f.TimeAt(0), f.TimeAt(1), f.TimeAt(2) });
        Assert.Equal(LampState.Asleep, f.StateAt(0));
        Assert.Equal(LampState.Breathing, f.StateAt(1));
        Assert.Equal(LampState.Ending, f.StateAt(2));
        Assert.Equal(BreathPhase.In, f.PhaseAt(1));
        Assert.Equal(BreathPhase.Out, f.PhaseAt(2));
        Assert.Equal(1234, f.LevelAt(1));
        Assert.Equal(65535, f.LevelAt(2));
        Assert.Equal(0, f.FrameAt(1)[0]); // LED 0: green 00, red 01, blue 00
        Assert.Equal(1, f.FrameAt(1)[1]);
        Assert.Equal(1, f.FrameAt(1)[7]); // LED 2's red
        Assert.Equal(0xff, f.FrameAt(2)[0]);
        Assert.Equal(0x48, f.FrameAt(2)[1]);
        Assert.Equal(0xff, f.FrameAt(2)[23]);
    }

    [Fact]
    public void Finds_columns_by_name_and_ignores_extra_ones()
    {
        const string reordered = "ring,level,extra,phase,state,t_ms\n0000ff000000000000000000000000000000000000000000,7,x,Out,Ending,1000\n";
        FrameSeries f = TraceReader.Read(new StringReader(reordered));

        Assert.Equal(1000, f.TimeAt(0));
        Assert.Equal(7, f.LevelAt(0));
        Assert.Equal(LampState.Ending, f.StateAt(0));
        Assert.Equal(0xff, f.FrameAt(0)[2]);
    }

    [Theory]
    [InlineData("t_ms,state,phase,level\n20,Asleep,None,0\n", "ring")]
    [InlineData("t_ms,state,phase,level,ring\n20,Asleep,None,0,00000\n", "line 2")]
    [InlineData("t_ms,state,phase,level,ring\n20,Asleep,None,0,000000\n40,Dozing,None,0,000000\n", "line 3")]
    [InlineData("t_ms,state,phase,level,ring\n20,Asleep,None,0,000000\n40,Asleep,None,0,000000000000\n", "line 3")]
    [InlineData("t_ms,state,phase,level,ring\n2x,Asleep,None,0,000000\n", "t_ms")]
    [InlineData("t_ms,state,phase,level,ring\n20,Asleep,None,0,zz0000\n", "hex")]
    public void Rejects_a_bad_trace_saying_where(string csv, string mention)
    {
        var e = Assert.Throws<FormatException>(() => TraceReader.Read(new StringReader(csv)));
        Assert.Contains(mention, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trace_of_a_driven_session_reads_back_frame_for_frame_and_measures_the_same()
    {
        SessionRun run = SessionRecorder.Record(24, 50, 10);
        var text = new StringWriter();
        TraceWriter.Write(run.Frames, text);
        FrameSeries back = TraceReader.Read(new StringReader(text.ToString()));

        Assert.Equal(run.Frames.Count, back.Count);
        for (int i = 0; i < back.Count; i++)
        {
            Assert.Equal(run.Frames.TimeAt(i), back.TimeAt(i));
            Assert.Equal(run.Frames.StateAt(i), back.StateAt(i));
            Assert.Equal(run.Frames.PhaseAt(i), back.PhaseAt(i));
            Assert.Equal(run.Frames.LevelAt(i), back.LevelAt(i));
            Assert.True(run.Frames.FrameAt(i).SequenceEqual(back.FrameAt(i)), $"frame {i} differs");
        }

        SmoothnessResult direct = TraceAnalysis.Smoothness(run.Frames, BenchSuite.NightLevel);
        SmoothnessResult fromTrace = TraceAnalysis.Smoothness(back, BenchSuite.NightLevel);
        Assert.Equal(direct.Lamp.Size, fromTrace.Lamp.Size);
        Assert.Equal(direct.Curve.Size, fromTrace.Curve.Size);
        Assert.Equal(direct.Lamp.Pairs, fromTrace.Lamp.Pairs);
        Assert.StartsWith("t_ms,state,phase,level,ring\n", text.ToString(), StringComparison.Ordinal);
    }
}
