using System;
using System.Linq;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Engine;
using RelaxLamp.Simulator.Audio;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Engine;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>No clicks: the largest step between neighbouring samples around every start, cut, stop and end.</summary>
public class AudioEdgeTests
{
    // Bound on a step near an edge, LSB. At volume 3 it sits above anything the speech does by itself
    // near its quiet edges, and below what stopping a phrase dead at a loud moment does (the phrases
    // peak around -9 to -12 dBFS, 8,000 to 11,600 LSB), which the cut tests below show.
    private const int ClickBound = 2000;

    [Theory]
    [InlineData("--volume", "1")]
    [InlineData("--volume", "3")]
    [InlineData("--length", "10")]
    [InlineData("--ratio", "2.5")]
    [InlineData("--no-breath-tones")]
    public void Every_start_and_end_of_a_session_is_click_free(params string[] args)
    {
        AudioRun run = AudioRun.Of(args);
        int edges = 0;
        foreach ((CueRecord cue, string edge, long from, long to) in AudioRun.Edges(run.Cues))
        {
            int step = AudioRun.LargestStep(run.Samples, from, to);
            Assert.True(step <= ClickBound, $"{cue.Name} at {cue.TurnMs} ms, {edge}: a step of {step} LSB");
            edges++;
        }

        Assert.True(edges >= 2 * run.Cues.Count - 1, "every cue has a start and, but for one still playing, a stop");
        Assert.True(run.Audio.LargestEdgeStep <= ClickBound);
        Assert.DoesNotContain(run.Cues, c => c.End == CueEnd.Cut);
    }

    [Fact]
    public void A_cue_whose_time_comes_while_a_clip_sounds_cuts_it_with_a_32_ms_fade_where_a_hard_cut_would_step()
    {
        // A tone decoded ahead and sounding, and a cue whose turn comes at the tone's loudest: the only
        // cut the script can bring about (a line decodes right up to its end, so nothing can cut it).
        ClipData tone = ClipReference.Bank[Clips.ToneIn];
        short[] x = ClipReference.Samples(tone, 256);
        var mixer = new CueMixer(ClipReference.Bank);
        var first = Cue(tone.Number);
        long startMs = (ClipPlayer.LeadUs(tone.SampleCount) / 1000) + 3000;
        long start = startMs * 16;
        Assert.Equal(ClipStatus.Ok, mixer.Start(first, startMs));

        // Play until the tone has begun to sound (a cue before that would replace it).
        var sound = new short[start + x.Length + 16000];
        int at = 0;
        while (at < start + 1600)
        {
            mixer.Render(sound.AsSpan(at, 512));
            at += 512;
        }

        int loudest = Enumerable.Range(1, x.Length - 1).OrderByDescending(i => Math.Abs((int)x[i - 1])).First();
        long cutMs = (start + loudest + 15) / 16;
        long cutAt = cutMs * 16;
        var second = Cue(Clips.Chime);
        Assert.Equal(ClipStatus.Ok, mixer.Start(second, cutMs));
        mixer.Render(sound.AsSpan(at));

        Assert.Equal(CueEnd.Cut, first.End);
        Assert.Equal(ClipPlayer.FadeSamples, first.EndSample - first.StopSample);
        int step = AudioRun.LargestStep(sound, cutAt - 160, cutAt + ClipPlayer.FadeSamples);
        int own = AudioRun.LargestStep(x, cutAt - start - 160, cutAt - start + ClipPlayer.FadeSamples);
        int hard = Math.Abs((int)x[cutAt - start - 1]);
        Assert.True(step <= own + 1, $"a step of {step} LSB at the cut, the tone's own {own}");
        Assert.True(hard > 3 * step, $"a hard cut would step {hard} LSB, the fade {step}");
        Assert.Equal(0, sound[first.EndSample - 1]);
    }

    [Fact]
    public void A_stop_mid_phrase_fades_to_zero_then_silence()
    {
        AudioRun plain = AudioRun.Of("--length", "10", "--volume", "3");
        CueRecord line = plain.Cues.First(c => c.IsPhrase && c.ClipSamples > 40000);
        short[] clip = ClipReference.Samples(ClipReference.Bank[line.Clip], line.GainQ8);
        long loud = line.StartSample + Enumerable.Range(8000, 16000).OrderByDescending(i => Math.Abs((int)clip[i])).First();
        long stopMs = (loud / 16) - 40 - PressScript.TapMs;
        AudioRun faded = AudioRun.Fresh("--length", "10", "--volume", "3", "--hold", "0s:120ms", "--press", DurationText.Format(stopMs));
        CueRecord stopped = faded.Cues.Single(c => c.End == CueEnd.FadedOut);
        Assert.Equal(ClipPlayer.FadeSamples, stopped.EndSample - stopped.StopSample);
        int step = AudioRun.LargestStep(faded.Samples, stopped.StopSample - 160, stopped.EndSample + 160);
        Assert.True(step <= ClickBound, $"a step of {step} LSB at the stop");
        Assert.Equal(-1, Array.FindIndex(faded.Samples, (int)stopped.EndSample + 1, s => s != 0));
        Assert.True(Math.Abs((int)clip[stopped.StopSample - stopped.StartSample]) > 0, "the stop came while the phrase sounded");
    }

    private static CueRecord Cue(int clip) => new CueRecord
    {
        Clip = clip,
        Name = ClipReference.Bank[clip].Name,
        GainQ8 = 256,
        Phase = BreathPhase.Out,
        ClipSamples = ClipReference.Bank[clip].SampleCount,
    };
}
