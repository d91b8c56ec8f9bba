using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>
    /// kicad-cli (KiCad 9), where it is installed (hardware/kicad/install-kicad-cli.sh), run on a copy of
    /// the project in a temporary folder so that the tests never write into the repository.
    /// </summary>
    internal static class KiCadCli
    {
        public const string ProjectFolder = "hardware/kicad";
        public const string SchematicName = "relaxlamp.kicad_sch";

        private static readonly string[] ProjectFiles =
        {
            "relaxlamp.kicad_sch", "relaxlamp.kicad_pro", "relaxlamp.kicad_sym", "sym-lib-table", "fp-lib-table",
        };

        private static readonly Lazy<string?> Executable = new Lazy<string?>(Find);

        /// <summary>The full path of kicad-cli on PATH, or null.</summary>
        public static string? Path => Executable.Value;

        public static string SkipReason =>
            "kicad-cli (KiCad 9) is not on PATH: install it with hardware/kicad/install-kicad-cli.sh (.ci/run does)";

        /// <summary>KiCad's footprint library folder, which the ERC's footprint-link check reads.</summary>
        public static string FootprintDir =>
            Environment.GetEnvironmentVariable("KICAD9_FOOTPRINT_DIR") is { Length: > 0 } dir ? dir : "/usr/share/kicad/footprints";

        public static bool HasFootprintLibrary => Directory.Exists(System.IO.Path.Combine(FootprintDir, "RF_Module.pretty"));

        /// <summary>Copies the project to a new temporary folder and returns it.</summary>
        public static string CopyProject()
        {
            string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "relaxlamp-kicad-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            foreach (string file in ProjectFiles)
            {
                File.Copy(RepoFiles.PathOf(ProjectFolder + "/" + file), System.IO.Path.Combine(dir, file));
            }

            return dir;
        }

        /// <summary>Runs kicad-cli with <paramref name="args"/> in <paramref name="workDir"/>; returns its exit code and output.</summary>
        public static (int ExitCode, string Output) Run(string workDir, params string[] args)
        {
            var psi = new ProcessStartInfo(Path ?? throw new InvalidOperationException(SkipReason))
            {
                WorkingDirectory = workDir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in args)
            {
                psi.ArgumentList.Add(a);
            }

            using Process p = Process.Start(psi) ?? throw new InvalidOperationException("kicad-cli did not start");
            var stderr = p.StandardError.ReadToEndAsync();
            string stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("kicad-cli " + string.Join(" ", args) + " took over 2 minutes");
            }

            return (p.ExitCode, stdout + stderr.Result);
        }

        private static string? Find()
        {
            string? pathVar = Environment.GetEnvironmentVariable("PATH");
            if (string.IsNullOrEmpty(pathVar))
            {
                return null;
            }

            return pathVar.Split(System.IO.Path.PathSeparator)
                .Where(d => d.Length > 0)
                .Select(d => System.IO.Path.Combine(d, "kicad-cli"))
                .FirstOrDefault(File.Exists);
        }
    }
}
