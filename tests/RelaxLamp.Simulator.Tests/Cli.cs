using System.IO;
using System.Threading;
using Spectre.Console.Testing;

namespace RelaxLamp.Simulator.Tests;

/// <summary>Runs the simulator's command line in-process, as with no terminal attached.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(CancellationToken.None, args);

    public static (int Exit, string Out, string Err) Run(CancellationToken cancel, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var console = new TestConsole();
        int exit = Program.Run(args, console, output, error, TerminalInfo.None, cancel);
        return (exit, output.ToString(), error.ToString());
    }
}
