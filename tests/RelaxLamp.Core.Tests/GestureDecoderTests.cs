using System.Collections.Generic;
using RelaxLamp.Core.Button;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class GestureDecoderTests
{
    private static List<Gesture> Run(GestureDecoder d, long until, params (long t, bool down)[] edges)
    {
        var got = new List<Gesture>();
        foreach (var (t, down) in edges)
        {
            d.Edge(t, down);
            Collect(d, got);
        }

        for (long t = 0; t <= until; t += 20)
        {
            d.Advance(t);
            Collect(d, got);
        }

        return got;
    }

    private static void Collect(GestureDecoder d, List<Gesture> got)
    {
        for (var g = Next(d); g.Kind != GestureKind.None; g = Next(d))
        {
            if (g.Kind != GestureKind.Down && g.Kind != GestureKind.Up)
            {
                got.Add(g);
            }
        }
    }

    private static Gesture Next(GestureDecoder d)
    {
        var g = new Gesture();
        Assert.Equal(d.Next(g), g.Kind != GestureKind.None);
        return g;
    }

    private static GestureDecoder New()
    {
        var d = new GestureDecoder();
        d.Reset(0, false);
        return d;
    }

    [Fact]
    public void A_short_press_is_a_tap_then_a_single_click()
    {
        var got = Run(New(), 2000, (100, true), (250, false));
        Assert.Equal(2, got.Count);
        Assert.Equal(GestureKind.Tap, got[0].Kind);
        Assert.Equal(250, got[0].TimeMs);
        Assert.Equal(GestureKind.Click, got[1].Kind);
        Assert.Equal(1, got[1].Count);
        Assert.Equal(250 + GestureDecoder.ClickGapMs, got[1].TimeMs);
    }

    [Fact]
    public void Bounces_shorter_than_the_debounce_are_ignored()
    {
        var got = Run(New(), 2000, (100, true), (103, false), (105, true), (109, false), (111, true), (300, false), (304, true), (306, false));
        Assert.Equal(GestureKind.Tap, got[0].Kind);
        Assert.Equal(GestureKind.Click, got[1].Kind);
        Assert.Equal(1, got[1].Count);
        Assert.Equal(2, got.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Quick_presses_make_one_click_with_their_count(int n)
    {
        var edges = new List<(long, bool)>();
        for (int i = 0; i < n; i++)
        {
            edges.Add((100 + (i * 300), true));
            edges.Add((200 + (i * 300), false));
        }

        var got = Run(New(), 3000, edges.ToArray());
        Gesture click = Assert.Single(got, g => g.Kind == GestureKind.Click);
        Assert.Equal(n, click.Count);
    }

    [Fact]
    public void A_hold_is_reported_at_the_hold_time_and_its_release_is_a_hold_end_not_a_tap()
    {
        var got = Run(New(), 6000, (100, true), (3000, false));
        Assert.Equal(new[] { GestureKind.Hold, GestureKind.HoldEnd }, got.ConvertAll(g => g.Kind));
        Assert.Equal(100 + GestureDecoder.HoldMs, got[0].TimeMs);
        Assert.Equal(3000, got[1].TimeMs);
    }

    [Fact]
    public void A_press_just_shorter_than_the_hold_time_is_a_tap()
    {
        var got = Run(New(), 6000, (100, true), (100 + GestureDecoder.HoldMs - 50, false));
        Assert.Equal(GestureKind.Tap, got[0].Kind);
        Assert.DoesNotContain(got, g => g.Kind == GestureKind.Hold);
    }

    [Fact]
    public void A_press_held_from_reset_reaches_the_long_hold()
    {
        var d = new GestureDecoder();
        d.Reset(0, true);
        var got = Run(d, 11_000);
        Assert.Equal(new[] { GestureKind.Hold, GestureKind.LongHold }, got.ConvertAll(g => g.Kind));
        Assert.Equal(GestureDecoder.LongHoldMs, got[1].TimeMs);
    }

    [Fact]
    public void An_ignored_press_gives_nothing()
    {
        var d = New();
        d.Edge(100, true);
        d.Advance(200);
        Assert.Equal(GestureKind.Down, Next(d).Kind);
        d.IgnoreCurrentPress();
        var got = Run(d, 15_000, (12_000, false));
        Assert.Empty(got);
    }

    [Fact]
    public void Edges_stamped_between_frames_keep_their_exact_times()
    {
        // Both edges arrive in one frame; the press still measures 150 ms, not a frame's worth.
        var d = New();
        d.Edge(1010, true);
        d.Edge(1160, false);
        d.Advance(1200);
        Assert.Equal(GestureKind.Down, Next(d).Kind);
        Assert.Equal(1010, d.DownAtMs);
        var tap = Next(d);
        Assert.Equal(GestureKind.Tap, tap.Kind);
        Assert.Equal(1160, tap.TimeMs);
    }

    [Fact]
    public void A_clock_that_jumps_back_cannot_make_a_hold()
    {
        var got = Run(New(), 0, (5000, true), (100, false));
        Assert.DoesNotContain(got, g => g.Kind == GestureKind.Hold);
    }
}
