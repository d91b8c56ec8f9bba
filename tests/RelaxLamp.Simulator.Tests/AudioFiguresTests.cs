using System.Globalization;
using System.Linq;
using RelaxLamp.Simulator.Audio;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Simulator.Tests;

/// <summary>The figures of a default 15-minute session, printed (dotnet test --logger "console;verbosity=detailed") and held to their bounds.</summary>
public class AudioFiguresTests
{
    private readonly ITestOutputHelper _out;

    public AudioFiguresTests(ITestOutputHelper output) => _out = output;

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void A_default_session_measures_quiet_soft_edged_and_brief(string volume)
    {
        AudioRun run = AudioRun.Of(volume == "1" ? System.Array.Empty<string>() : new[] { "--volume", volume });
        AudioSummary a = run.Audio;
        double phraseSeconds = run.Cues.Where(c => c.IsPhrase).Sum(c => (c.EndSample - c.StartSample) / 16000.0);
        int exactEdge = AudioRun.Edges(run.Cues).Max(e => AudioRun.LargestStep(run.Samples, e.From, e.To));

        // Speech activity: 10 ms windows inside a phrase within 30 dB of the loudest window of the session.
        short[] x = run.Samples;
        var energy = new double[x.Length / 160];
        for (int i = 0; i < energy.Length * 160; i++)
        {
            energy[i / 160] += (double)x[i] * x[i];
        }

        double floor = energy.Max() / 1000;
        int speech = run.Cues.Where(c => c.IsPhrase).Sum(c => Enumerable.Range((int)(c.StartSample / 160), (int)((c.EndSample - c.StartSample) / 160)).Count(w => energy[w] >= floor));
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"volume {volume}: peak {a.PeakDbfs:0.00} dBFS, active RMS {a.ActiveRmsDbfs:0.00} dBFS, active {a.ActiveSeconds:0.00} s, sounding {a.SoundingSeconds:0.00} s, phrases {phraseSeconds:0.00} s of which speech-active {speech / 100.0:0.00} s, largest edge step {exactEdge} LSB (±10 ms), last sound {a.LastSoundMs} ms, voiced {a.VoicedSeconds:0.0} s, on in-breaths {a.InBreathShare:P1}"));

        Assert.True(a.PeakDbfs < (volume == "1" ? -18 : -6));
        Assert.InRange(a.ActiveSeconds, 60, 240); // about two minutes of a 900 s session
        Assert.InRange(a.VoicedSeconds, 120, 240); // the script's two to four minutes of voice
        Assert.Equal(0.0, a.InBreathShare);
        Assert.InRange(speech / 100.0, 0.6 * phraseSeconds, phraseSeconds);
        Assert.True(exactEdge <= (volume == "1" ? 50 : 200), $"edge step {exactEdge}");
        Assert.True(a.LastSoundMs < (15 * 60000 * Core.Audio.Guidance.GuidedPerMille / 1000) + 10000); // the voice keeps to the first two thirds
    }
}
