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
    // Bound on a step near an edge, LSB. At the default volume (1, a quarter of the clips' level) it sits
    // above anything the sound does by itself: the phrases' own largest step is 4981 LSB as recorded, so
    // 1245 at volume 1, the tones' 421 and 176; a fade adds little (a 20 ms ramp from the loudest peak,
    // 13 901 LSB, adds 44 a sample). And it sits below what stopping a phrase dead at a loud moment does
    // (the phrases peak at 11 274 to 13 901, so 2818 to 3475 at volume 1), which the hard-cut tests show.
    private const int ClickBound = 2000;

    [Theory]
    [InlineData("--volume", "1")]
    [InlineData("--volume", "3")]
    [InlineData("--length", "10")]
    [InlineData("--ratio", "2.5")] // short in-breaths: the tone-in is cut mid-swell
    [InlineData("--no-breath-tones")]
    public void Every_start_cut_and_end_of_a_session_is_click_free(params string[] args)
    {
        AudioRun run = AudioRun.Of(args);
        int edges = 0;
        foreach ((CueRecord cue, string edge, long from, long to) in AudioRun.Edges(run.Cues))
        {
            int step = AudioRun.LargestStep(run.Samples, from, to);
            Assert.True(step <= ClickBound, $"{cue.Name} at {cue.TimeMs} ms, {edge}: a step of {step} LSB");
            edges++;
        }

        Assert.True(edges >= 2 * run.Cues.Count - 1, "every cue has a start and, but for one still playing, a stop");
        Assert.True(run.Audio.LargestEdgeStep <= ClickBound);
    }

    [Fact]
    public void A_new_cue_cuts_the_playing_one_with_a_20_ms_fade()
    {
        AudioRun run = AudioRun.Of("--ratio", "2.5");
        CueRecord[] cut = run.Cues.Where(c => c.End == CueEnd.Cut).ToArray();
        Assert.NotEmpty(cut);
        foreach (CueRecord c in cut)
        {
            CueRecord next = run.Cues.First(n => n.StartSample == c.StopSample);
            Assert.Equal(CueMixer.CutFadeSamples, c.EndSample - c.StopSample);
            Assert.True(c.StopSample - c.StartSample < c.ClipSamples);
            Assert.NotEqual(c, next);
        }

        // Short in-breaths cut the tone-in while it still sounds: the fade is doing real work here.
        CueRecord loudCut = cut.OrderByDescending(c => ClipLevelAt(c, c.StopSample - c.StartSample)).First();
        Assert.True(ClipLevelAt(loudCut, loudCut.StopSample - loudCut.StartSample) > 100, "no cut of a sounding clip to test");
    }

    [Fact]
    public void A_stop_mid_phrase_fades_in_50_ms_then_silence_and_without_the_fade_it_would_click()
    {
        // Stop on the frame where the first phrase is loudest against its own steps there, where a
        // hard stop would stand out most (a press stops at its release, seen at the frame after the
        // 25 ms debounce: released 40 ms before a frame, it is that frame).
        AudioRun plain = AudioRun.Of("--length", "10");
        CueRecord first = plain.Cues.First(c => c.Clip == Clips.FirstStep);
        short[] clip = ClipReference.Samples(ClipReference.Bank[first.Clip], first.GainQ8);
        long stopMs = Enumerable.Range(1, (clip.Length / 320) - 1).Select(f => first.TimeMs + (f * 20L))
            .OrderByDescending(t => Math.Abs((int)clip[((t - first.TimeMs) * 16) - 1]) / (1.0 + Own(clip, (t - first.TimeMs) * 16))).First();
        string[] args = { "--length", "10", "--hold", "0s:120ms", "--press", DurationText.Format(stopMs - 40 - PressScript.TapMs) };

        AudioRun faded = AudioRun.Fresh(args);
        CueRecord stopped = faded.Cues.Single(c => c.End == CueEnd.FadedOut);
        long stop = stopped.StopSample;
        Assert.Equal(stopMs * 16, stop);
        Assert.Equal(CueMixer.StopFadeSamples, stopped.EndSample - stop);
        Assert.Equal(-1, Array.FindIndex(faded.Samples, (int)stopped.EndSample, s => s != 0));

        // The phrase's own largest step around the stop, had it played on; a fade may add its ramp (peak / 800) to that, no more.
        long at = stop - stopped.StartSample;
        int own = Own(clip, at);
        int step = AudioRun.LargestStep(faded.Samples, stop - 160, stopped.EndSample + 160);
        Assert.True(step <= own + (ClipReference.Bank[first.Clip].Peak * first.GainQ8 / 256 / 800) + 1, $"a step of {step} LSB, the phrase's own {own}");
        Assert.True(step <= ClickBound);

        // The same stop with no fade: the sound drops from the phrase's level to nothing in one sample.
        short[] hard = RunWithFades(args, 0, 0);
        int click = AudioRun.LargestStep(hard, stop - 160, stop + 160);
        Assert.Equal(Math.Abs((int)clip[at - 1]), click);
        Assert.True(click > 2 * own, $"a hard stop steps {click} LSB, the phrase's own {own}");
    }

    [Fact]
    public void The_mixer_cuts_at_the_loudest_moment_without_a_click_and_would_click_without_the_fade()
    {
        ClipData phrase = ClipReference.Bank[Clips.FirstStep];
        short[] x = ClipReference.Samples(phrase, 64);
        int loudest = Enumerable.Range(1, x.Length - 1).OrderByDescending(i => Math.Abs((int)x[i - 1])).First();
        foreach ((int fade, bool clicks) in new[] { (CueMixer.CutFadeSamples, false), (0, true) })
        {
            var mixer = new CueMixer(ClipReference.Bank, fade, fade);
            var sound = new short[loudest + 16000];
            mixer.Start(Cue(phrase.Number, 0));
            mixer.Render(sound.AsSpan(0, loudest));
            mixer.Start(Cue(Clips.ToneOut, loudest));
            mixer.Render(sound.AsSpan(loudest));
            int step = AudioRun.LargestStep(sound, loudest - 160, loudest + fade + 160);
            Assert.True(clicks == step > ClickBound, $"fade {fade}: step {step} LSB");
        }
    }

    private static int Own(short[] clip, long at) => AudioRun.LargestStep(clip, at - 160, at + 800 + 160);

    private static CueRecord Cue(int clip, long at) => new CueRecord
    {
        Clip = clip,
        Name = ClipReference.Bank[clip].Name,
        GainQ8 = 64,
        StartSample = at,
        Phase = BreathPhase.Out,
        ClipSamples = ClipReference.Bank[clip].SampleCount,
    };

    private static short[] RunWithFades(string[] args, int cutFade, int stopFade)
    {
        SimOptions options = OptionParser.Parse(args.Append("--audio").Append("unused.wav").ToArray());
        Simulation sim = SimulationFactory.Create(options);
        var sink = new MemorySink();
        sim.AddObserver(new AudioObserver(new CueMixer(ClipReference.Bank, cutFade, stopFade), sink));
        sim.RunUntilDone();
        return sink.Samples;
    }

    private static int ClipLevelAt(CueRecord c, long offset)
    {
        short[] x = ClipReference.Samples(ClipReference.Bank[c.Clip], c.GainQ8);
        int max = 0;
        for (long i = Math.Max(0, offset - 160); i < Math.Min(x.Length, offset + 160); i++)
        {
            max = Math.Max(max, Math.Abs((int)x[i]));
        }

        return max;
    }
}
