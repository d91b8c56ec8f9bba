using System.Collections.Generic;
using System.Linq;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using Xunit;

namespace RelaxLamp.Core.Tests;

/// <summary>The voice's script in whole sessions: on the out-breaths, spread, scaled, silent at the end.</summary>
public class GuidanceTests
{
    // Lengths like the default set's: early lines up to 3.3 s, later ones up to 4.5 s, tones 2 s.
    private static int LengthOf(int clip) => clip switch
    {
        Clips.ToneIn or Clips.ToneOut => 2000,
        Clips.Chime => 600,
        < Clips.FirstScan => 3200,
        _ => 4500,
    };

    private readonly record struct Cue(long T, long At, int Clip, int Gain, BreathPhase Phase, long InStart, long InEnd, long BreathEnd);

    private static List<Cue> Session(int minutes, LampSettings? settings = null, bool speaker = true, System.Func<int, int>? lengths = null, bool scan = true)
    {
        var d = new Drive(settings: settings ?? new LampSettings { LengthMinutes = minutes });
        d.Lamp.SpeakerFitted = speaker;
        d.Lamp.Cues.BodyScan = scan;
        for (int c = 0; c < Clips.Count; c++)
        {
            d.Lamp.Cues.SetLength(c, (lengths ?? LengthOf)(c));
        }

        var cues = new List<Cue>();
        d.Press(0);
        d.RunUntilAsleep((minutes + 1) * 60_000L, x =>
        {
            if (x.Lamp.CueClip != Clips.None)
            {
                var p = x.Lamp.Pacer;
                cues.Add(new Cue(x.Now, x.Lamp.CueAtMs, x.Lamp.CueClip, x.Lamp.CueGain, x.Lamp.Phase, p.BreathStartMs, p.InEndMs, p.BreathEndMs));
            }
        });
        return cues;
    }

    private static List<Cue> Lines(List<Cue> cues) => cues.FindAll(c => c.Clip >= Clips.FirstLine);

    [Fact]
    public void Every_line_is_cued_during_an_in_breath_for_the_out_breath_after_it_and_ends_before_the_next_in_breath()
    {
        foreach (int minutes in new[] { 10, 15, 20 })
        {
            var lines = Lines(Session(minutes));
            Assert.NotEmpty(lines);
            Assert.All(lines, c =>
            {
                Assert.Equal(BreathPhase.In, c.Phase);
                Assert.Equal(c.InEnd, c.At);
                Assert.True(c.At + LengthOf(c.Clip) + Guidance.EndMarginMs <= c.BreathEnd, $"line {c.Clip} at {c.At} runs into the in-breath");
            });
        }
    }

    [Fact]
    public void The_script_is_said_in_order_and_every_line_of_a_15_minute_session_is_said()
    {
        var said = Lines(Session(15)).ConvertAll(c => c.Clip);
        var script = Enumerable.Range(0, Guidance.ScriptLength)
            .Where(i => (Guidance.FlagsOf(i) & Guidance.Long) == 0)
            .Select(Guidance.ClipOf)
            .ToList();
        Assert.Equal(script, said);
    }

    [Fact]
    public void Voice_is_spread_over_the_first_two_thirds_and_the_last_two_minutes_are_silent()
    {
        foreach (int minutes in new[] { 10, 15, 20 })
        {
            long length = minutes * 60_000L;
            var cues = Session(minutes);
            var lines = Lines(cues);
            Assert.All(cues, c => Assert.True(c.At <= length - Guidance.SilentTailMs, "silent tail"));
            Assert.All(lines, c => Assert.True(c.At <= length * Guidance.GuidedPerMille / 1000 + 10_000, $"line {c.Clip} at {c.At} after the guided span"));

            // Spread: every third of the guided span has voice.
            long span = length * Guidance.GuidedPerMille / 1000;
            for (int third = 0; third < 3; third++)
            {
                Assert.Contains(lines, c => c.At >= third * span / 3 && c.At < (third + 1) * span / 3);
            }
        }
    }

    [Fact]
    public void A_15_minute_session_has_two_to_four_minutes_of_voice_the_short_one_less_and_the_long_one_more()
    {
        double Voiced(int minutes) => Lines(Session(minutes)).Sum(c => LengthOf(c.Clip)) / 1000.0;
        double ten = Voiced(10), fifteen = Voiced(15), twenty = Voiced(20);
        Assert.InRange(fifteen, 120, 240);
        Assert.True(ten < fifteen, $"10 min {ten} s vs 15 min {fifteen} s");
        Assert.True(twenty > fifteen, $"20 min {twenty} s vs 15 min {fifteen} s");
    }

    [Fact]
    public void A_line_too_long_for_the_early_breaths_waits_for_a_slower_breath()
    {
        // Every line 5 s long: at 10 breaths a minute an out-breath is 3.6 s, so the first line must wait.
        var lines = Lines(Session(15, lengths: c => c >= Clips.FirstLine ? 5000 : 2000));
        Assert.NotEmpty(lines);
        Assert.All(lines, c => Assert.True(c.BreathEnd - c.InEnd >= 5000 + Guidance.EndMarginMs));
        Assert.True(lines[0].At > 60_000, "the first line waited for the breath to slow");
    }

    [Fact]
    public void A_line_no_out_breath_can_hold_is_left_out_after_its_wait_and_the_rest_is_said()
    {
        // A 9 s line never fits a 6 s out-breath: it waits, then is left out; the lines after it come.
        int longLine = Clips.FirstScan + 2;
        var lines = Lines(Session(15, lengths: c => c == longLine ? 9000 : LengthOf(c)));
        Assert.DoesNotContain(lines, c => c.Clip == longLine);
        Assert.Contains(lines, c => c.Clip == longLine + 1);
        Assert.Equal(Lines(Session(15)).Count - 1, lines.Count);
    }

    [Fact]
    public void A_missing_clip_is_left_out_and_the_script_goes_on()
    {
        var lines = Lines(Session(15, lengths: c => c == Clips.FirstLine + 1 ? 0 : LengthOf(c)));
        Assert.DoesNotContain(lines, c => c.Clip == Clips.FirstLine + 1);
        Assert.Contains(lines, c => c.Clip == Clips.FirstLine + 2);
    }

    [Fact]
    public void Breath_tones_fade_away_fit_their_half_and_never_follow_a_line_at_once()
    {
        var cues = Session(15);
        var tones = cues.FindAll(c => c.Clip == Clips.ToneIn || c.Clip == Clips.ToneOut);
        Assert.NotEmpty(tones);
        for (int i = 1; i < tones.Count; i++)
        {
            Assert.True(tones[i].Gain <= tones[i - 1].Gain, "tones only get softer");
        }

        Assert.All(tones, t => Assert.True(t.At < Guidance.ToneFadeMs));
        for (int i = 1; i < cues.Count; i++)
        {
            if (cues[i - 1].Clip >= Clips.FirstLine && (cues[i].Clip == Clips.ToneIn))
            {
                Assert.True(cues[i].At - cues[i - 1].At > 6000, "a tone right after a line");
            }
        }
    }

    [Fact]
    public void Sessions_under_15_minutes_leave_out_the_full_lines_and_only_20_minutes_say_the_long_ones()
    {
        var ten = Lines(Session(10)).ConvertAll(c => c.Clip);
        var twenty = Lines(Session(20)).ConvertAll(c => c.Clip);
        var plain = Enumerable.Range(0, Guidance.ScriptLength).Where(i => Guidance.FlagsOf(i) == 0).Select(Guidance.ClipOf).ToList();
        var all = Enumerable.Range(0, Guidance.ScriptLength).Select(Guidance.ClipOf).ToList();
        Assert.Equal(plain, ten);
        Assert.Equal(all, twenty);
    }

    [Fact]
    public void Volume_sets_the_gain()
    {
        var quiet = Session(10, new LampSettings { LengthMinutes = 10, Volume = 1 });
        var loud = Session(10, new LampSettings { LengthMinutes = 10, Volume = 3 });
        Assert.Equal(Guidance.FullGain / 4, quiet.Find(c => c.Clip == Clips.FirstLine).Gain);
        Assert.Equal(Guidance.FullGain, loud.Find(c => c.Clip == Clips.FirstLine).Gain);
    }

    [Fact]
    public void No_speaker_or_sound_off_means_no_cue()
    {
        Assert.Empty(Session(10, speaker: false));
        Assert.Empty(Session(10, new LampSettings { LengthMinutes = 10, AudioOn = false }));
    }

    [Fact]
    public void Stopping_silences_at_once()
    {
        var d = new Drive();
        d.Lamp.SpeakerFitted = true;
        d.Press(0);
        d.RunUntil(30_000);
        Assert.True(d.Lamp.SoundMayPlay);
        d.Press(30_000);
        Assert.Equal(LampState.Stopping, d.Lamp.State);
        Assert.False(d.Lamp.SoundMayPlay);
        d.Press(31_000); // undone: the sound may play again
        Assert.True(d.Lamp.SoundMayPlay);
    }

    [Fact]
    public void Without_body_scan_no_scan_line_is_said()
    {
        var lines = Lines(Session(15, scan: false));
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, c => c.Clip >= Clips.FirstScan && c.Clip <= Clips.LastScan);
    }
}
