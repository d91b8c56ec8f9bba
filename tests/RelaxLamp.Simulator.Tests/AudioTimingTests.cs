using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Engine;
using RelaxLamp.Simulator.Audio;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Output;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>Cues against the breath: each starts on the frame its half of the breath begins, read from the trace.</summary>
public class AudioTimingTests
{
    [Theory]
    [InlineData(50, "15")]
    [InlineData(30, "10")]
    [InlineData(100, "10")]
    public void Phrases_start_on_out_breaths_and_tone_ins_on_in_breaths_within_one_frame(int fps, string length)
    {
        using var dir = new TempDir();
        SimOptions options = OptionParser.Parse(new[] { "--fps", fps.ToString(CultureInfo.InvariantCulture), "--length", length, "--trace", dir["t.csv"], "--audio", dir["s.wav"] });
        (SessionSummary summary, _) = HeadlessRun.Run(options, null, CancellationToken.None);
        IReadOnlyList<CueRecord> cues = summary.Audio!.Cues;
        List<TraceRow> rows = TraceReader.ReadRows(dir["t.csv"]);
        var rowAt = new Dictionary<long, int>();
        for (int i = 0; i < rows.Count; i++)
        {
            rowAt[rows[i].TimeMs] = i;
        }

        double frameMs = 1000.0 / fps;
        foreach (CueRecord c in cues)
        {
            BreathPhase expected = c.Clip == Clips.ToneIn ? BreathPhase.In : BreathPhase.Out;
            Assert.Equal(expected, c.Phase);

            // In the trace: the cue's frame is the first of its half of the breath.
            int k = rowAt[c.TimeMs];
            Assert.Equal(expected, rows[k].Phase);
            Assert.NotEqual(expected, rows[k - 1].Phase);

            // By the pacer's own clock: within one frame after the turn.
            Assert.InRange(c.TimeMs - c.TurnMs, 0, frameMs);

            // In the sound: the clip begins at that frame's sample.
            Assert.Equal(c.TimeMs * 16, c.StartSample);
        }

        // Every out-breath start in the trace that carries a phrase: breaths 1, 3 ... 23, in order.
        List<int> phraseBreaths = cues.Where(c => c.IsPhrase).Select(c => c.Breath).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (2 * i) + 1), phraseBreaths);
        Assert.Equal(Enumerable.Range(0, 8).Concat(Enumerable.Range(Clips.FirstScan, Clips.Scans)), cues.Where(c => c.IsPhrase).Select(c => c.Clip));
    }

    [Fact]
    public void The_sound_begins_in_each_clip_s_own_lead_in_after_the_turn()
    {
        AudioRun run = AudioRun.Of();
        foreach (CueRecord c in run.Cues.Where(c => c.IsPhrase))
        {
            // After the fade of a tone this phrase cut, if any (it ends in the phrase's lead-in).
            long from = run.Cues.Where(o => o.StartSample < c.StartSample).Select(o => o.EndSample).DefaultIfEmpty(0).Max();
            short[] clip = ClipReference.Samples(ClipReference.Bank[c.Clip], c.GainQ8);
            int lead = Array.FindIndex(clip, s => s != 0);
            Assert.True(from - c.StartSample < lead);
            int heard = Array.FindIndex(run.Samples, (int)Math.Max(from, c.StartSample), s => s != 0) - (int)c.StartSample;
            Assert.Equal(lead, heard);
            Assert.InRange(heard / 16, 70, 150); // the clips' lead-in: under a sixth of a second after the frame
        }
    }

    [Fact]
    public void Tones_fade_away_over_the_first_three_minutes_and_nothing_starts_in_the_last_two()
    {
        AudioRun run = AudioRun.Of();
        CueRecord[] tones = run.Cues.Where(c => !c.IsPhrase).ToArray();
        for (int i = 1; i < tones.Length; i++)
        {
            Assert.True(tones[i].GainQ8 <= tones[i - 1].GainQ8);
        }

        Assert.All(tones, t => Assert.True(t.TimeMs < CueSchedule.ToneFadeMs));
        Assert.All(run.Cues, c => Assert.True(c.TimeMs < (15 * 60000) - CueSchedule.SilentTailMs));
    }
}
