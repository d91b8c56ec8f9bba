using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace NanoClrHost;

/// <summary>
/// The nanoCLR harness as built into the repo's .nanoclr folder: its runners, MetadataProcessor and
/// the .pe files of mscorlib and the TestFramework, named by the <c>nanoclr.props</c> it wrote.
/// </summary>
public sealed class NanoClrHarness
{
    private readonly Dictionary<string, string> properties;

    private NanoClrHarness(Dictionary<string, string> properties)
    {
        this.properties = properties;
    }

    /// <summary>Reads the harness from its <c>nanoclr.props</c>; null when the file is not there.</summary>
    /// <param name="propsPath">The props file build.sh wrote.</param>
    public static NanoClrHarness? Find(string propsPath)
    {
        if (!File.Exists(propsPath))
        {
            return null;
        }

        var values = XDocument.Load(propsPath).Descendants("PropertyGroup").Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);
        return new NanoClrHarness(values);
    }

    /// <summary>A harness file or setting by its MSBuild property name, e.g. <c>NanoClrMscorlibPe</c>.</summary>
    /// <param name="property">The property name.</param>
    public string this[string property] => properties.TryGetValue(property, out string? value) ? value : throw new KeyNotFoundException("nanoclr.props has no " + property);

    /// <summary>Runs nfrun (or the IL-counting nfrun-count) on mscorlib and then <paramref name="pes"/>, in order.</summary>
    /// <param name="countIl">True for the counting build (<c>il=</c> on stderr).</param>
    /// <param name="options">nfrun options before the files, e.g. <c>--min-tests 18</c>.</param>
    /// <param name="pes">The .pe files after mscorlib: dependencies first, the program last.</param>
    /// <exception cref="FileNotFoundException">A .pe file does not exist.</exception>
    /// <exception cref="TimeoutException">nfrun ran for more than 10 minutes.</exception>
    public NanoRun Run(bool countIl, IEnumerable<string> options, params string[] pes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pes);
        var start = new ProcessStartInfo(countIl ? this["NanoClrNfrunCount"] : this["NanoClrNfrun"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--quiet");
        foreach (string option in options)
        {
            start.ArgumentList.Add(option);
        }

        start.ArgumentList.Add(this["NanoClrMscorlibPe"]);
        foreach (string pe in pes)
        {
            if (!File.Exists(pe))
            {
                throw new FileNotFoundException("no .pe: was the nano build converted?", pe);
            }

            start.ArgumentList.Add(pe);
        }

        return Execute(start);
    }

    /// <summary>Converts a nano assembly to .pe beside it with the harness's topes; returns the .pe's path.</summary>
    /// <param name="dll">The nano assembly.</param>
    /// <param name="references">Every nano assembly it references except mscorlib.</param>
    /// <exception cref="InvalidOperationException">The MetadataProcessor failed.</exception>
    public string ToPe(string dll, params string[] references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var start = new ProcessStartInfo(this["NanoClrTopes"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (string reference in references)
        {
            start.ArgumentList.Add(reference);
        }

        NanoRun run = Execute(start);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("topes failed on " + dll + ": " + run.Error);
        }

        return Path.ChangeExtension(dll, ".pe");
    }

    /// <summary>
    /// Runs <paramref name="program"/> with its parameter method <c>Plan()</c> patched to return
    /// <paramref name="plan"/> (<see cref="PlanPatch"/>): the copy is written to a folder of its own,
    /// converted to .pe and run after <paramref name="references"/>' .pe files (each beside its
    /// .dll), and the folder is removed. The one way the tests and the bench run a plan.
    /// </summary>
    /// <param name="program">The nano program (.dll).</param>
    /// <param name="typeName">Full name of the type holding <c>Plan()</c>.</param>
    /// <param name="plan">What <c>Plan()</c> returns in this run.</param>
    /// <param name="countIl">True for the counting build (<c>il=</c> on stderr).</param>
    /// <param name="references">Every nano assembly the program references except mscorlib, dependencies first.</param>
    public NanoRun RunPlan(string program, string typeName, int plan, bool countIl, params string[] references)
    {
        ArgumentNullException.ThrowIfNull(references);
        string folder = Path.Combine(Path.GetTempPath(), "nanoclr-plan-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            string pe = ToPe(PlanPatch.Write(program, typeName, "Plan", plan, folder), references);
            return Run(countIl, Array.Empty<string>(), references.Select(r => Path.ChangeExtension(r, ".pe")).Append(pe).ToArray());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static NanoRun Execute(ProcessStartInfo start)
    {
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + start.FileName);
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill();
            throw new TimeoutException(start.FileName + " did not finish in 10 minutes");
        }

        return new NanoRun(process.ExitCode, stdout, stderr.Result);
    }
}
