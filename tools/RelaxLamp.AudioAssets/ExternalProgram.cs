using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace RelaxLamp.AudioAssets
{
    /// <summary>Finds and runs the optional programs the tool can use (espeak-ng, festival's text2wave, ffmpeg).</summary>
    public static class ExternalProgram
    {
        /// <summary>Full path of <paramref name="name"/> on PATH, or null when it is not installed.</summary>
        public static string? Find(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            string? path = Environment.GetEnvironmentVariable("PATH");
            if (path == null)
            {
                return null;
            }

            foreach (string dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>Runs <paramref name="exe"/> to its end and returns its exit code, standard output and standard error.</summary>
        /// <exception cref="InvalidOperationException">The program could not be started.</exception>
        public static (int ExitCode, string Output, string Error) Run(string exe, IEnumerable<string> args)
        {
            ArgumentNullException.ThrowIfNull(args);
            var info = new ProcessStartInfo(exe)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (string a in args)
            {
                info.ArgumentList.Add(a);
            }

            using var p = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {exe}");
            p.StandardInput.Close();

            // Both streams are read at once, so neither can fill and stall the program.
            Task<string> output = p.StandardOutput.ReadToEndAsync();
            Task<string> error = p.StandardError.ReadToEndAsync();
            p.WaitForExit();
            return (p.ExitCode, output.Result, error.Result);
        }
    }
}
