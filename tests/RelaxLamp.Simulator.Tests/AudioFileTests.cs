using System;
using System.IO;
using System.Linq;
using System.Threading;
using RelaxLamp.Simulator.Audio;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>--audio FILE.wav: the file's format and length, sound off, and the failures that must leave no file.</summary>
public class AudioFileTests
{
    [Theory]
    [InlineData("10", 10 * 60000L)]
    [InlineData("15", 15 * 60000L)]
    public void The_wav_is_16_khz_16_bit_mono_pcm_as_long_as_the_session(string length, long sessionMs)
    {
        AudioRun run = AudioRun.Of("--length", length);
        WavFile w = run.Wav;
        Assert.Equal(1, w.Format);
        Assert.Equal(1, w.Channels);
        Assert.Equal(16000, w.SampleRate);
        Assert.Equal(16, w.BitsPerSample);
        Assert.Equal(2, w.BlockAlign);
        Assert.Equal(32000, w.ByteRate);

        // From the first press to the frame the lamp fell asleep: exactly, so well within one frame.
        Assert.Equal(sessionMs, run.Summary.AsleepAtMs);
        Assert.Equal(sessionMs * 16, w.Samples.Length);
        Assert.Equal(w.Samples.Length, run.Audio.Samples);
    }

    [Fact]
    public void A_stopped_session_s_sound_ends_with_the_lamp()
    {
        AudioRun run = AudioRun.Of("--length", "10", "--hold", "0s:120ms", "--press", "60s");
        Assert.Equal(60120 + Core.Lamp.StopFadeMs, run.Summary.AsleepAtMs);
        Assert.Equal((60120 + Core.Lamp.StopFadeMs) * 16, run.Samples.Length);
    }

    [Fact]
    public void Sound_off_gives_a_silent_wav_of_the_same_length_and_no_cue()
    {
        AudioRun run = AudioRun.Of("--length", "10", "--sound", "off");
        Assert.Equal(10 * 60000L * 16, run.Samples.Length);
        Assert.Equal(-1, Array.FindIndex(run.Samples, s => s != 0));
        Assert.Empty(run.Cues);
        Assert.Contains("sound       silent throughout", run.Summary.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_audio_the_speaker_is_not_fitted_and_the_summary_has_no_sound_lines()
    {
        (int exit, string output, _) = Cli.Run("--length", "10");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("cues", output, StringComparison.Ordinal);
        Assert.DoesNotContain("audio", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_gives_cues_levels_edges_and_duration_and_names_the_file()
    {
        using var dir = new TempDir();
        (int exit, string output, string err) = Cli.Run("--length", "10", "--audio", dir["s.wav"]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Matches(@"\ncues        \d+ started at volume 1: \d+ lines \(10 of the body scan\), \d+ tones\n", output);
        Assert.Matches(@"\nvoice       \d+\.\d s voiced, 0\.0% of it on in-breaths, last line ends at \d+:\d\d\.\d{3}\n", output);
        Assert.Matches(@"\nsound       peak -\d+\.\d dBFS, active RMS -\d+\.\d dBFS over \d+\.\d s, last sound at \d:\d\d\.\d\d\d\n", output);
        Assert.Matches(@"\nedges       largest step \d+ LSB within 10 ms of a cue's start or stop\n", output);
        Assert.Contains("\naudio       10:00.000, 16 kHz 16-bit mono\n", output, StringComparison.Ordinal);
        Assert.Contains($"wrote       {dir["s.wav"]}", output, StringComparison.Ordinal);
        Assert.Equal(new[] { "s.wav" }, dir.Files());
    }

    [Fact]
    public void A_missing_clip_folder_is_one_line_exit_1_and_no_file()
    {
        using var dir = new TempDir();
        string none = dir["no-such-folder"];
        (int exit, string output, string err) = Cli.Run("--audio", dir["s.wav"], "--audio-dir", none, "--trace", dir["t.csv"]);
        Assert.Equal(Program.ExitFailed, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: no clip folder {none}\n", err.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void A_missing_clip_is_named_and_nothing_is_written()
    {
        using var clips = CopyOfClips(out string folder);
        File.Delete(Directory.GetFiles(folder, "08-*.rla").Single());
        using var dir = new TempDir();
        (int exit, _, string err) = Cli.Run("--audio", dir["s.wav"], "--audio-dir", folder, "--report", dir["r"]);
        Assert.Equal(Program.ExitFailed, exit);
        Assert.Equal($"error: missing clip {Path.Combine(folder, "08-*.rla")}\n", err.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void A_damaged_clip_is_named_with_what_is_wrong()
    {
        using var clips = CopyOfClips(out string folder);
        string bad = Directory.GetFiles(folder, "03-*.rla").Single();
        byte[] bytes = File.ReadAllBytes(bad);
        bytes[12] ^= 1; // the sample count: the header checksum no longer matches
        File.WriteAllBytes(bad, bytes);
        using var dir = new TempDir();
        (int exit, _, string err) = Cli.Run("--audio", dir["s.wav"], "--audio-dir", folder);
        Assert.Equal(Program.ExitFailed, exit);
        Assert.Equal($"error: {bad} is not a clip (header checksum wrong)\n", err.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void A_cancelled_run_leaves_no_wav()
    {
        using var dir = new TempDir();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        (int exit, _, _) = Cli.Run(cancel.Token, "--audio", dir["s.wav"]);
        Assert.Equal(Program.ExitCancelled, exit);
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void The_clips_are_found_in_the_repo_the_simulator_was_built_in_whatever_the_working_folder()
    {
        string? found = ClipFolder.FindDefault();
        Assert.NotNull(found);
        Assert.True(File.Exists(Path.Combine(found, "..", "..", "RelaxLamp.sln")));
        Assert.True(File.Exists(Path.Combine(found, "manifest.csv")));
        Assert.Equal("/given", ClipFolder.Resolve("/given"));
    }

    private static TempDir CopyOfClips(out string folder)
    {
        var dir = new TempDir();
        folder = dir["clips"];
        Directory.CreateDirectory(folder);
        foreach (string f in Directory.GetFiles(AudioRun.RepoClips(), "*.rla"))
        {
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        }

        return dir;
    }
}
