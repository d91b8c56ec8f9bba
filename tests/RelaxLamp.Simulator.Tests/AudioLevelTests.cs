using System;
using System.Linq;
using RelaxLamp.Core.Audio;
using RelaxLamp.Simulator.Audio;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>How loud the session is, what it holds, and where it is silent.</summary>
public class AudioLevelTests
{
    // The clip tool levels every phrase under a -7 dBFS peak ceiling and its tests hold each decoded clip
    // under -6 dBFS. Volume 3 plays the clips as recorded and only one clip
    // sounds at a time, so the session must stay under the same -6 dBFS; volume 1 is 12 dB quieter.
    private const double Volume3CeilingDbfs = -6.0;
    private const double Volume1CeilingDbfs = Volume3CeilingDbfs - 12.0;

    [Fact]
    public void Peak_is_under_minus_6_dbfs_at_volume_3_and_12_db_lower_at_volume_1()
    {
        AudioRun loud = AudioRun.Of("--volume", "3");
        AudioRun quiet = AudioRun.Of();
        int loudPeak = loud.Samples.Max(s => Math.Abs((int)s));
        int quietPeak = quiet.Samples.Max(s => Math.Abs((int)s));
        Assert.True(AudioFormat.Dbfs(loudPeak) < Volume3CeilingDbfs, $"volume 3 peak {AudioFormat.Dbfs(loudPeak):0.00} dBFS");
        Assert.True(AudioFormat.Dbfs(quietPeak) < Volume1CeilingDbfs, $"volume 1 peak {AudioFormat.Dbfs(quietPeak):0.00} dBFS");
        Assert.InRange(AudioFormat.Dbfs(loudPeak) - AudioFormat.Dbfs(quietPeak), 11.9, 12.1);

        // At volume 3 the loudest sample is exactly the loudest played clip's own: nothing adds up.
        int clipPeak = loud.Cues.Max(c => ClipReference.Bank[c.Clip].Peak);
        Assert.Equal(clipPeak, loudPeak);
        Assert.Equal(loudPeak, loud.Audio.Peak);
    }

    [Fact]
    public void Volume_2_is_half_of_volume_3()
    {
        AudioRun mid = AudioRun.Of("--length", "10", "--volume", "2");
        AudioRun loud = AudioRun.Of("--length", "10", "--volume", "3");
        Assert.Equal(loud.Cues.Where(c => c.IsPhrase).Select(c => c.GainQ8 / 2), mid.Cues.Where(c => c.IsPhrase).Select(c => c.GainQ8));
        Assert.InRange(loud.Audio.PeakDbfs - mid.Audio.PeakDbfs, 5.9, 6.1);
    }

    [Theory]
    [InlineData("--volume", "1")]
    [InlineData("--volume", "3")]
    [InlineData("--ratio", "2.5")]
    public void Every_cue_plays_its_clip_sample_for_sample_from_its_frame_on(params string[] args)
    {
        AudioRun run = AudioRun.Of(args.Append("--length").Append("10").ToArray());
        short[] wav = run.Samples;
        var cues = run.Cues;
        Assert.NotEmpty(cues);
        for (int k = 0; k < cues.Count; k++)
        {
            CueRecord c = cues[k];
            Assert.Equal(c.TurnMs * 16, c.StartSample);
            Assert.Equal(CueEnd.Finished, c.End);
            short[] expect = ClipReference.Samples(ClipReference.Bank[c.Clip], c.GainQ8);

            // Where it plays alone: after the previous clip's fade, before its own stop and the next cue.
            long from = k > 0 ? Math.Max(c.StartSample, cues[k - 1].EndSample) : c.StartSample;
            long to = Math.Min(Math.Min(c.StopSample, c.StartSample + expect.Length), k + 1 < cues.Count ? cues[k + 1].StartSample : long.MaxValue);
            Assert.True(to - from > expect.Length / 2, $"{c.Name} at {c.TimeMs} ms plays alone for too little to check");
            for (long i = from; i < to; i++)
            {
                if (wav[i] != expect[i - c.StartSample])
                {
                    Assert.Fail($"{c.Name} at {c.TimeMs} ms: sample {i - c.StartSample} is {wav[i]}, the clip says {expect[i - c.StartSample]}");
                }
            }
        }
    }

    [Theory]
    [InlineData("10")]
    [InlineData("15")]
    [InlineData("20")]
    public void The_last_two_minutes_are_exactly_silent(string length)
    {
        AudioRun run = AudioRun.Of("--length", length);
        short[] wav = run.Samples;
        int tail = Guidance.SilentTailMs * 16;
        int loud = Array.FindIndex(wav, wav.Length - tail, s => s != 0);
        Assert.True(loud < 0, $"sound at {loud / 16} ms of {wav.Length / 16}");
    }

    [Fact]
    public void The_envelope_has_sound_in_the_first_minutes_and_none_after_the_last_cue()
    {
        AudioRun run = AudioRun.Of();
        double[] rms = run.SecondRmsDbfs();
        long lastEnd = run.Cues.Max(c => c.EndSample);
        long lastPhraseEnd = run.Cues.Where(c => c.IsPhrase).Max(c => c.EndSample);

        // Every 45 s from the first line to the last has something clearly audible (over -50 dBFS for a
        // second): the script's lines are at most 1/20 of its span (30 s in 15 minutes) apart.
        for (int s = (int)(run.Cues.First(c => c.IsPhrase).StartSample / 16000); s + 45 <= lastPhraseEnd / 16000; s += 45)
        {
            Assert.True(rms.Skip(s).Take(45).Max() > -50, $"no sound from {s} s for 45 s: {string.Join(", ", run.Cues.Select(c => c.Name + "@" + (c.StartSample / 16000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))}; {string.Join(" ", rms.Skip(s).Take(45).Select(r => r.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}");
        }

        // From the second after the last clip ends: digital silence, every second of it.
        int silentFrom = (int)((lastEnd + 15999) / 16000);
        Assert.All(rms.Skip(silentFrom), r => Assert.Equal(double.NegativeInfinity, r));
        Assert.True(silentFrom <= rms.Length * Core.Audio.Guidance.GuidedPerMille / 1000 + 10, $"sound until {silentFrom} s of {rms.Length}: the voice keeps to the first two thirds");
        Assert.InRange(run.Audio.LastSoundMs, 0, lastEnd / 16);
    }

    [Fact]
    public void The_summary_s_figures_match_the_wav_measured_apart()
    {
        AudioRun run = AudioRun.Of();
        short[] wav = run.Samples;
        Assert.Equal(wav.Max(s => Math.Abs((int)s)), run.Audio.Peak);

        // Active RMS: 10 ms windows within 30 dB of the loudest window.
        var e = new double[wav.Length / 160];
        for (int i = 0; i < e.Length * 160; i++)
        {
            e[i / 160] += (double)wav[i] * wav[i];
        }

        double loudest = e.Max();
        double[] active = e.Where(x => x >= loudest / 1000).ToArray();
        double rmsDb = AudioFormat.Dbfs(Math.Sqrt(active.Sum() / (active.Length * 160.0)));
        Assert.Equal(rmsDb, run.Audio.ActiveRmsDbfs, 6);
        Assert.Equal(active.Length / 100.0, run.Audio.ActiveSeconds, 6);

        // The edge figure rounds out to 5 ms bins, so it is at least the exact ±10 ms figure.
        int exact = AudioRun.Edges(run.Cues).Max(x => AudioRun.LargestStep(wav, x.From, x.To));
        Assert.InRange(run.Audio.LargestEdgeStep, exact, exact + 200);
    }

    [Fact]
    public void Body_scan_and_breath_tones_can_be_switched_off()
    {
        AudioRun noScan = AudioRun.Of("--length", "10", "--no-body-scan");
        AudioRun noTones = AudioRun.Of("--length", "10", "--no-breath-tones");
        Assert.DoesNotContain(noScan.Cues, c => c.Clip >= Clips.FirstScan && c.Clip <= Clips.LastScan);
        Assert.Contains(noScan.Cues, c => c.Clip > Clips.LastScan);
        Assert.All(noTones.Cues, c => Assert.True(c.IsPhrase));
        Assert.Equal(AudioRun.Of("--length", "10").Cues.Count(c => c.IsPhrase), noTones.Cues.Count);
    }
}
