using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using RelaxLamp.Simulator.Audio;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Output;

namespace RelaxLamp.Simulator.Tests;

/// <summary>A headless run with --audio, in-process: the summary (with the cue record) and the WAV read back.</summary>
internal sealed class AudioRun
{
    private static readonly Dictionary<string, AudioRun> Cache = new Dictionary<string, AudioRun>(StringComparer.Ordinal);

    private AudioRun(SessionSummary summary, WavFile wav)
    {
        Summary = summary;
        Wav = wav;
    }

    public SessionSummary Summary { get; }

    public AudioSummary Audio => Summary.Audio ?? throw new InvalidOperationException("no audio");

    public IReadOnlyList<CueRecord> Cues => Audio.Cues;

    public WavFile Wav { get; }

    public short[] Samples => Wav.Samples;

    /// <summary>Runs once per distinct command line and keeps the result: the runs are deterministic.</summary>
    public static AudioRun Of(params string[] args)
    {
        string key = string.Join(' ', args);
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out AudioRun? run))
            {
                run = Fresh(args);
                Cache[key] = run;
            }

            return run;
        }
    }

    public static AudioRun Fresh(params string[] args)
    {
        using var dir = new TempDir();
        var all = new List<string>(args) { "--audio", dir["s.wav"] };
        SimOptions options = OptionParser.Parse(all);
        (SessionSummary summary, _) = HeadlessRun.Run(options, null, CancellationToken.None);
        return new AudioRun(summary, WavFile.Read(dir["s.wav"]));
    }

    /// <summary>Largest |x[i] - x[i-1]| over [from, to) (x[-1] = 0), clipped to the sound.</summary>
    public static int LargestStep(short[] x, long from, long to)
    {
        int max = 0;
        for (long i = Math.Max(0, from); i < Math.Min(x.Length, to); i++)
        {
            int prev = i == 0 ? 0 : x[i - 1];
            max = Math.Max(max, Math.Abs(x[i] - prev));
        }

        return max;
    }

    /// <summary>Every edge of every cue as a sample range: [start - 10 ms, start + 10 ms) and [stop - 10 ms, end + 10 ms).</summary>
    public static IEnumerable<(CueRecord Cue, string Edge, long From, long To)> Edges(IReadOnlyList<CueRecord> cues)
    {
        const int w = AudioSummary.EdgeMs * AudioFormat.SamplesPerMs;
        foreach (CueRecord c in cues)
        {
            yield return (c, "start", c.StartSample - w, c.StartSample + w);
            if (c.StopSample >= 0)
            {
                yield return (c, c.End.ToString(), c.StopSample - w, c.EndSample + w);
            }
        }
    }

    /// <summary>RMS of each 1 s of the sound, dBFS.</summary>
    public double[] SecondRmsDbfs()
    {
        var r = new double[(Samples.Length + AudioFormat.SampleRate - 1) / AudioFormat.SampleRate];
        for (int s = 0; s < r.Length; s++)
        {
            double sum = 0;
            int n = 0;
            for (int i = s * AudioFormat.SampleRate; i < Math.Min(Samples.Length, (s + 1) * AudioFormat.SampleRate); i++, n++)
            {
                sum += (double)Samples[i] * Samples[i];
            }

            r[s] = AudioFormat.Dbfs(Math.Sqrt(sum / Math.Max(1, n)));
        }

        return r;
    }

    public static string RepoClips() => ClipFolder.FindDefault() ?? throw new DirectoryNotFoundException("repo clips");
}
