using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using RelaxLamp.Engine;
using RelaxLamp.Simulator.Cli;
using RelaxLamp.Simulator.Engine;
using RelaxLamp.Simulator.Live;
using Spectre.Console;
using Spectre.Console.Testing;
using Xunit;

namespace RelaxLamp.Simulator.Tests;

/// <summary>Sound in the live view, with stand-in players: shell scripts named like the real ones.</summary>
public class LiveAudioTests
{
    [Fact]
    public void Players_are_looked_for_on_the_path_in_order_and_must_be_executable()
    {
        using var dir = new TempDir();
        Assert.Null(PlayerCommand.Find(dir.Path));
        Assert.Null(PlayerCommand.Find(string.Empty));
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.WriteAllText(dir["aplay"], "#!/bin/sh\n");
        Assert.Null(PlayerCommand.Find(dir.Path)); // not executable
        Script(dir, "aplay", "exit 0");
        Script(dir, "ffplay", "exit 0");
        PlayerCommand? found = PlayerCommand.Find("/no/such/dir" + Path.PathSeparator + dir.Path);
        Assert.NotNull(found);
        Assert.Equal("aplay", found.Name);
        Assert.Equal(dir["aplay"], found.Path);
        Assert.Contains("16000", found.Arguments);
        Assert.Equal(new[] { "pacat", "aplay", "ffplay" }, PlayerCommand.Names);
    }

    [Fact]
    public void At_1x_the_player_gets_the_very_sound_the_file_gets_and_nothing_while_time_runs_faster()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        Script(dir, "aplay", "exec cat > \"$(dirname \"$0\")/played.raw\"");
        Simulation sim = Sim();
        string wavPath;
        // The test steps seconds at a time, the live loop 40 ms: a queue for the whole burst, so nothing is dropped.
        using (LiveAudio audio = LiveAudio.Open(sim, ClipReference.Bank, dir["s.wav"], PlayerCommand.Find(dir.Path), 2000))
        {
            var live = new LiveSession(sim, audio);
            live.Advance(8000);
            Assert.Equal("playing 03-lie-down (aplay)", audio.Status);
            live.OnKey(Key('2'), 8000);
            Assert.Equal("muted at 10x (aplay)", audio.Status);
            live.Advance(9000); // 10 s of lamp time at 10x: to 18 s
            live.OnKey(Key('1'), 9000);
            live.Advance(12000); // 3 s more at 1x: to 21 s
            Assert.Equal(21000, sim.NowMs);
            Assert.Null(audio.Player!.Problem);
            Assert.Equal(0, audio.Player.DroppedSamples);
            wavPath = audio.Commit();
        }

        short[] file = WavFile.Read(wavPath).Samples;
        Assert.Equal(21000 * 16, file.Length);
        byte[] played = File.ReadAllBytes(dir["played.raw"]);
        short[] expected = file.Take(8000 * 16).Concat(file.Skip(18000 * 16)).ToArray();
        Assert.Equal(expected.Length * 2, played.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], BitConverter.ToInt16(played, 2 * i));
        }

        Assert.Contains(expected, s => s != 0);
    }

    [Fact]
    public void A_player_that_takes_nothing_never_holds_up_the_frames_and_is_ended_on_close()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        Script(dir, "aplay", "exec sleep 30");
        SoundPlayer player = SoundPlayer.Start(PlayerCommand.Find(dir.Path)!, out string? problem)!;
        Assert.Null(problem);
        var watch = Stopwatch.StartNew();
        var frame = new short[320];
        Array.Fill(frame, (short)1000);
        for (int i = 0; i < 50 * 120; i++)
        {
            player.Write(frame); // two minutes of frames
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"writing took {watch.Elapsed}");
        Assert.True(player.DroppedSamples > 0, $"dropped {player.DroppedSamples}, problem {player.Problem}");
        int pid = player.ProcessId;
        watch.Restart();
        player.Dispose();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"closing took {watch.Elapsed}");
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(pid));
    }

    [Fact]
    public void A_player_that_dies_is_reported_and_writing_goes_on()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        Script(dir, "aplay", "exit 3");
        using SoundPlayer player = SoundPlayer.Start(PlayerCommand.Find(dir.Path)!, out _)!;
        var frame = new short[320];
        var watch = Stopwatch.StartNew();
        while (player.Problem == null && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            player.Write(frame);
            Thread.Sleep(5);
        }

        Assert.Equal("aplay stopped (exit 3)", player.Problem);
        player.Write(frame);
    }

    [Fact]
    public void Without_a_player_the_panel_says_so_and_the_file_is_still_written()
    {
        using var dir = new TempDir();
        Simulation sim = Sim();
        using LiveAudio audio = LiveAudio.Open(sim, ClipReference.Bank, dir["s.wav"], null);
        var live = new LiveSession(sim, audio);
        live.Advance(8000);
        Assert.Equal("no player found; writing s.wav", audio.Status);
        Assert.Contains("no player found", Render(live), StringComparison.Ordinal);
        audio.Commit();
        Assert.Equal(8000 * 16, WavFile.Read(dir["s.wav"]).Samples.Length);
    }

    [Fact]
    public void Without_audio_the_panel_says_how_to_get_sound()
    {
        var live = new LiveSession(new Simulation(24, new Core.Settings.LampSettings(), 50, PressScript.SinglePress()));
        live.Advance(1000);
        Assert.Contains("none (--audio FILE.wav turns it on)", Render(live), StringComparison.Ordinal);
    }

    [Fact]
    public void Live_with_audio_writes_the_file_on_q()
    {
        using var dir = new TempDir();
        using var console = new TestConsole().Width(120).Interactive();
        console.Input.PushCharacter('q');
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(new[] { "--audio", dir["s.wav"] }, console, output, error, new TerminalInfo(true, true), CancellationToken.None);
        Assert.Equal(string.Empty, error.ToString());
        Assert.Equal(0, exit);
        Assert.Contains($"wrote       {dir["s.wav"]}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(16000, WavFile.Read(dir["s.wav"]).SampleRate);
        Assert.Contains("sound", console.Output, StringComparison.Ordinal);
    }

    private static Simulation Sim() => SimulationFactory.Create(OptionParser.Parse(new[] { "--length", "10", "--audio", "unused.wav" }));

    private static string Render(LiveSession live)
    {
        using var console = new TestConsole().Width(140);
        console.Write(LiveView.Render(live, 140));
        return console.Output;
    }

    private static void Script(TempDir dir, string name, string body)
    {
        File.WriteAllText(dir[name], "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir[name], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static ConsoleKeyInfo Key(char c) => new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false);
}
