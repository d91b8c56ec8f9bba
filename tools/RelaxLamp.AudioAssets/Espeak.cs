using System;
using System.Diagnostics;
using System.IO;

namespace RelaxLamp.AudioAssets
{
    /// <summary>Settings for espeak-ng.</summary>
    /// <param name="Voice">
    /// Voice and variant. <c>en+m7</c> is British English with variant m7 (damped upper formants: a darker,
    /// softer voice). Not <c>en-gb+m7</c>: espeak-ng 1.51 silently drops the variant after a language name.
    /// </param>
    /// <param name="WordsPerMinute">espeak-ng's <c>-s</c>; its real rate is measured by <c>analyze</c>.</param>
    /// <param name="Pitch">espeak-ng's <c>-p</c>, 0–99; 25 is low.</param>
    /// <param name="WordGapMs">Extra pause between words (<c>-g</c>, in 10 ms units on the command line).</param>
    public sealed record EspeakSettings(string Voice = "en+m7", int WordsPerMinute = 100, int Pitch = 25, int WordGapMs = 20);

    /// <summary>Renders phrases with the espeak-ng program from Debian's packages.</summary>
    public static class Espeak
    {
        /// <summary>Full path of espeak-ng on PATH, or null when it is not installed.</summary>
        public static string? Find() => ExternalProgram.Find("espeak-ng");

        /// <summary>The version line espeak-ng prints, for the build log.</summary>
        public static string Version(string exe)
        {
            using var p = Start(exe, true, "--version");
            string text = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return text;
        }

        /// <summary>Speaks <paramref name="text"/> into audio (espeak-ng writes 22.05 kHz mono).</summary>
        /// <exception cref="InvalidOperationException">espeak-ng failed.</exception>
        public static MonoAudio Render(string exe, string text, EspeakSettings settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            string wav = Path.Combine(Path.GetTempPath(), "relaxlamp-" + Guid.NewGuid().ToString("N") + ".wav");
            try
            {
                using (var p = Start(
                    exe,
                    false,
                    "-v", settings.Voice,
                    "-s", settings.WordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-p", settings.Pitch.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-g", (settings.WordGapMs / 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-w", wav,
                    text))
                {
                    string err = p.StandardError.ReadToEnd();
                    p.WaitForExit();
                    if (p.ExitCode != 0 || !File.Exists(wav))
                    {
                        throw new InvalidOperationException($"espeak-ng failed ({p.ExitCode}): {err.Trim()}");
                    }
                }

                return WavIo.Read(wav);
            }
            finally
            {
                File.Delete(wav);
            }
        }

        private static Process Start(string exe, bool readOutput, params string[] args)
        {
            // Only one stream is redirected per call, so reading it to its end cannot deadlock on the other.
            var info = new ProcessStartInfo(exe)
            {
                RedirectStandardOutput = readOutput,
                RedirectStandardError = !readOutput,
                UseShellExecute = false,
            };
            foreach (string a in args)
            {
                info.ArgumentList.Add(a);
            }

            return Process.Start(info) ?? throw new InvalidOperationException("cannot start espeak-ng");
        }
    }
}
