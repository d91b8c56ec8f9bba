using System.Collections.Generic;
using RelaxLamp.Core.Audio;
using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class CueScheduleTests
{
    private readonly record struct Cue(long T, int Clip, int Gain, BreathPhase Phase, int Breath, long PhaseEnd);

    private static List<Cue> Session(int minutes, LampSettings? settings = null, bool speaker = true)
    {
        var d = new Drive(settings: settings ?? new LampSettings { LengthMinutes = minutes });
        d.Lamp.SpeakerFitted = speaker;
        var cues = new List<Cue>();
        d.Press(0);
        d.RunUntilAsleep((minutes + 1) * 60_000L, x =>
        {
            if (x.Lamp.CueClip != Clips.None)
            {
                var p = x.Lamp.Pacer;
                cues.Add(new Cue(x.Now, x.Lamp.CueClip, x.Lamp.CueGain, x.Lamp.Phase, p.BreathCount, x.Lamp.Phase == BreathPhase.In ? p.InEndMs : p.BreathEndMs));
            }
        });
        return cues;
    }

    [Fact]
    public void The_eight_steps_are_spoken_in_order_at_the_start_of_out_breaths()
    {
        var cues = Session(15).FindAll(c => c.Clip < Clips.Steps);
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5, 6, 7 }, cues.ConvertAll(c => c.Clip));
        Assert.All(cues, c => Assert.Equal(BreathPhase.Out, c.Phase));
        Assert.Equal(new[] { 1, 3, 5, 7, 9, 11, 13, 15 }, cues.ConvertAll(c => c.Breath));
    }

    [Fact]
    public void Every_cue_starts_within_one_frame_of_its_breath_turn()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Lamp.SpeakerFitted = true;
        int checkedCues = 0;
        d.Press(0);
        d.RunUntilAsleep(11 * 60_000, x =>
        {
            if (x.Lamp.CueClip == Clips.None)
            {
                return;
            }

            var p = x.Lamp.Pacer;
            long turn = x.Lamp.Phase == BreathPhase.In ? p.BreathStartMs : p.InEndMs;
            Assert.InRange(x.Now - turn, 0, 20);
            checkedCues++;
        });
        Assert.True(checkedCues > 20);
    }

    [Fact]
    public void Breath_tones_fade_away_over_the_first_minutes_and_the_end_is_silent()
    {
        var cues = Session(15);
        var tones = cues.FindAll(c => c.Clip == Clips.ToneIn || c.Clip == Clips.ToneOut);
        Assert.NotEmpty(tones);
        for (int i = 1; i < tones.Count; i++)
        {
            Assert.True(tones[i].Gain <= tones[i - 1].Gain, "tones only get softer");
        }

        Assert.All(tones, t => Assert.True(t.T < CueSchedule.ToneFadeMs));
        Assert.All(cues, c => Assert.True(c.T < (15 * 60_000) - CueSchedule.SilentTailMs));
        Assert.Contains(cues, c => c.Clip >= Clips.FirstScan);
    }

    [Fact]
    public void No_tone_talks_over_a_phrase()
    {
        var cues = Session(10);
        for (int i = 1; i < cues.Count; i++)
        {
            if (cues[i - 1].Clip < Clips.Steps || cues[i - 1].Clip >= Clips.FirstScan)
            {
                Assert.False(cues[i].Breath == cues[i - 1].Breath + 1 && cues[i].Phase == BreathPhase.In, "a tone right after a phrase");
            }
        }
    }

    [Fact]
    public void No_tone_starts_while_a_phrase_may_still_be_speaking()
    {
        var cues = Session(15);
        foreach (var phrase in cues.FindAll(c => c.Clip < Clips.Steps || c.Clip >= Clips.FirstScan))
        {
            Assert.DoesNotContain(cues, c => (c.Clip == Clips.ToneIn || c.Clip == Clips.ToneOut) && c.T > phrase.T && c.T - phrase.T < CueSchedule.PhraseGuardMs);
        }
    }

    [Fact]
    public void Volume_sets_the_gain()
    {
        var quiet = Session(10, new LampSettings { LengthMinutes = 10, Volume = 1 });
        var loud = Session(10, new LampSettings { LengthMinutes = 10, Volume = 3 });
        Assert.Equal(CueSchedule.FullGain / 4, quiet.Find(c => c.Clip == 0).Gain);
        Assert.Equal(CueSchedule.FullGain, loud.Find(c => c.Clip == 0).Gain);
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
    public void Without_body_scan_only_the_steps_are_spoken()
    {
        var d = new Drive(settings: new LampSettings { LengthMinutes = 10 });
        d.Lamp.SpeakerFitted = true;
        d.Lamp.Cues.BodyScan = false;
        var clips = new List<int>();
        d.Press(0);
        d.RunUntilAsleep(11 * 60_000, x =>
        {
            if (x.Lamp.CueClip != Clips.None)
            {
                clips.Add(x.Lamp.CueClip);
            }
        });
        Assert.DoesNotContain(clips, c => c >= Clips.FirstScan);
    }
}
