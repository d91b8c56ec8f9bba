using System.Globalization;
using NanoClrHost;
using RelaxLamp.Build;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Nano.Tests;

/// <summary>
/// The interpreter's budget with the speaker fitted, counted on nanoCLR: light, ring driver and sound
/// together at most 400,000 IL instructions a second of session (40% of the interpreter at a
/// pessimistic 1 µs an instruction), the light at its 25 frames a second with sound.
/// </summary>
public class SoundBudgetTests
{
    private const int Budget = 400_000;
    private const int FramesPerSecond = 1000 / RelaxLamp.Core.Time.FramePacing.SoundPeriodMs;
    private readonly ITestOutputHelper output;

    public SoundBudgetTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SkippableFact]
    public void Light_ring_and_sound_stay_within_400000_IL_a_second_on_nanoCLR()
    {
        NanoClrHarness clr = NanoClr.Require();

        // The sound: 10 s of continuous playing, minus the same program without the playing.
        NanoRun sound = RunScenarioPlan(clr, 3);
        NanoRun silent = RunScenarioPlan(clr, 4);
        string line = Assert.Single(sound.Lines);
        Assert.Contains(" underruns=0 ", line, System.StringComparison.Ordinal);
        // Per decoded block, the speaker's reads included; the worst second decodes one block more than the cap.
        int blocks = int.Parse(Field(line, "blocks"), CultureInfo.InvariantCulture);
        double perBlock = (sound.Il - silent.Il) / (double)blocks;
        double soundPerSecond = perBlock * (RelaxLamp.Core.Audio.ClipPlayer.DecodeBlocksPerSecond + 1);
        Assert.InRange(blocks, (RelaxLamp.Core.Audio.ClipPlayer.DecodeBlocksPerSecond * RelaxLamp.Scenarios.SoundCost.Seconds) - 12, (RelaxLamp.Core.Audio.ClipPlayer.DecodeBlocksPerSecond * RelaxLamp.Scenarios.SoundCost.Seconds) + 1);

        // The light: breathing frames on 24 LEDs (window 2), as the bench measures them.
        int window = 2;
        NanoRun frames = RunScenarioPlan(clr, (10000 * (window + 1)) + 240 + 1);
        NanoRun setup = RunScenarioPlan(clr, (10000 * (window + 1)) + 240);
        double perFrame = (frames.Il - setup.Il) / (double)RelaxLamp.Scenarios.FrameCost.Frames(window);

        // The ring driver: encode and send of a 24-LED frame.
        double ringPerFrame = RingBudgetTests.IlPerFrame(clr);

        double total = soundPerSecond + (FramesPerSecond * (perFrame + ringPerFrame));
        output.WriteLine(line);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sound {soundPerSecond:F0} IL in the worst second ({perBlock:F0} IL a decoded block of 512 samples, reads included: {perBlock / 512:F1} IL a sample; {soundPerSecond / 16000:F1} IL an output sample at 16 kHz); light {perFrame:F0} + ring {ringPerFrame:F0} IL a frame at {FramesPerSecond} fps; total {total:F0} IL/s of {Budget}"));
        Assert.InRange(perBlock, 512 * 10, 512 * 40);
        Assert.InRange(total, 100_000, Budget);
    }

    [SkippableFact]
    public void Of_the_codecs_only_raw_pcm_and_mu_law_fit_the_budget_at_16_khz()
    {
        NanoClrHarness clr = NanoClr.Require();
        long baseline = RunScenarioPlan(clr, 5).Il;
        double Per(int plan, int samples) => (RunScenarioPlan(clr, plan).Il - baseline) / (double)samples;
        double pcm = Per(6, RelaxLamp.Scenarios.SoundCost.CompareBlocks * 512);
        double adpcm = Per(7, RelaxLamp.Scenarios.SoundCost.CompareBlocks * 505);
        double mulaw = Per(8, RelaxLamp.Scenarios.SoundCost.CompareBlocks * 512);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"IL a sample on nanoCLR: raw PCM copy {pcm:F2}, µ-law through the volume table {mulaw:F1}, IMA-ADPCM decode alone {adpcm:F1}; at 16 kHz: {pcm * 16000:F0}, {mulaw * 16000:F0}, {adpcm * 16000:F0} IL/s"));
        Assert.True(pcm < 0.5, "raw PCM is a native copy");
        Assert.InRange(mulaw, 15, 30);
        Assert.True(adpcm * 16000 > Budget, "ADPCM alone is over the budget");
    }

    private static string Field(string line, string name)
    {
        int at = line.IndexOf(" " + name + "=", System.StringComparison.Ordinal) + name.Length + 2;
        int end = line.IndexOf(' ', at);
        return end < 0 ? line[at..] : line[at..end];
    }

    private static NanoRun RunScenarioPlan(NanoClrHarness clr, int plan)
    {
        NanoRun run = clr.RunPlan(BuildInfo.Get("NanoScenarios"), "RelaxLamp.Scenarios.Nano.Program", plan, countIl: true, BuildInfo.Get("NanoCore"));
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }
}
