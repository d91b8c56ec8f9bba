using System;
using System.IO;

namespace RelaxLamp.Simulator.Tests;

/// <summary>A fresh folder for one test, removed afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "relaxlamp-sim-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Every file under the folder, relative names.</summary>
    public string[] Files()
    {
        string[] all = Directory.GetFiles(Path, "*", SearchOption.AllDirectories);
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = System.IO.Path.GetRelativePath(Path, all[i]);
        }

        Array.Sort(all, StringComparer.Ordinal);
        return all;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: not worth failing a test over.
        }
    }
}
