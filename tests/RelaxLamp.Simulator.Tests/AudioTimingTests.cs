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
    [InlineData(100, "20")]
    public void Lines_sound_as_out_breaths_begin_and_end_before_the_next_in_breath_and_tones_sound_at_their_turns(int fps, string length)
    {
        using var dir = new TempDir();
        SimOptions options = OptionParser.Parse(new[] { "--fps", fps.ToString(CultureInfo.InvariantCulture), "--length", length, "--trace", dir["t.csv"], "--audio", dir["s.wav"] });
        (SessionSummary summary, _) = HeadlessRun.Run(options, null, CancellationToken.None);
        IReadOnlyList<CueRecord> cues = summary.Audio!.Cues;
        List<TraceRow> rows = TraceReader.ReadRows(dir["t.csv"]);
        Assert.NotEmpty(cues);
        foreach (CueRecord c in cues)
        {
            // Cued a half-breath ahead, for the next turn: the sound begins exactly at that turn.
            Assert.True(c.TurnMs * 16 == c.StartSample, $"{c.Name} cued at {c.TimeMs} for {c.TurnMs} starts at {c.StartSample / 16.0} ms; {string.Join(", ", cues.Where(o => Math.Abs(o.TurnMs - c.TurnMs) < 12000).Select(o => o.Name + "@" + o.TimeMs + ">" + o.TurnMs + "/" + (o.StartSample / 16) + ":" + o.End))}");
            Assert.True(c.TurnMs > c.TimeMs, $"{c.Name} cued at {c.TimeMs} for {c.TurnMs}");

            // In the trace: the first frame after the turn is in the half the cue is for.
            BreathPhase expected = c.Clip == Clips.ToneIn ? BreathPhase.In : BreathPhase.Out;
            TraceRow at = rows.First(r => r.TimeMs > c.TurnMs);
            Assert.Equal(expected, at.Phase);
            if (c.IsPhrase)
            {
                // It ends while the out-breath lasts: the trace's next in-breath begins after its last sample.
                TraceRow nextIn = rows.First(r => r.TimeMs > c.TurnMs && r.Phase == BreathPhase.In);
                Assert.True(c.EndSample <= nextIn.TimeMs * 16, $"{c.Name} at {c.TurnMs} ms runs into the in-breath at {nextIn.TimeMs} ms");
                Assert.Equal(CueEnd.Finished, c.End);
            }
        }

        Assert.Equal(0.0, summary.Audio!.InBreathShare);
        Assert.Equal(cues.Count(c => c.IsPhrase), cues.Where(c => c.IsPhrase).Select(c => c.TurnMs).Distinct().Count());
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
            Assert.InRange(heard / 16, 0, 150); // the clips' lead-in: under a sixth of a second after the turn
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

        Assert.All(tones, t => Assert.True(t.TurnMs < Guidance.ToneFadeMs));
        Assert.All(run.Cues, c => Assert.True(c.TurnMs < (15 * 60000) - Guidance.SilentTailMs));
    }
}
