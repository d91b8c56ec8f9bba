using System;
using System.Globalization;
using System.IO;

namespace RelaxLamp.AudioAssets
{
    /// <summary>Settings for festival's <c>text2wave</c>.</summary>
    /// <param name="Voice">
    /// Festival voice. <c>cmu_us_slt_arctic_hts</c> (Debian package festvox-us-slt-hts) is an HMM (statistical
    /// parametric) voice: smooth spectra and a moving pitch, far less robotic than a formant synthesiser.
    /// </param>
    /// <param name="Speed">
    /// Speaking speed relative to the voice's own. For HTS voices this is hts_engine's <c>-r</c> (durations ÷ speed;
    /// pitch unchanged); for other voices <c>Duration_Stretch</c> = 1 / speed.
    /// </param>
    public sealed record FestivalSettings(string Voice = "cmu_us_slt_arctic_hts", double Speed = 0.78)
    {
        /// <inheritdoc/>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"festival voice {Voice}, speed {Speed:0.00}");
    }

    /// <summary>Renders phrases with festival (Debian: <c>festival festvox-us-slt-hts</c>).</summary>
    public static class Festival
    {
        /// <summary>The program that renders text to a WAV.</summary>
        public const string ProgramName = "text2wave";

        /// <summary>What to install when it is missing.</summary>
        public const string Install = "apt-get install festival festvox-us-slt-hts";

        /// <summary>Full path of text2wave, or null.</summary>
        public static string? Find() => ExternalProgram.Find(ProgramName);

        /// <summary>The version line, for the build log.</summary>
        public static string Version()
        {
            string? festival = ExternalProgram.Find("festival");
            if (festival == null)
            {
                return "festival (version unknown)";
            }

            var (_, output, _) = ExternalProgram.Run(festival, new[] { "--version" });
            return output.Trim();
        }

        /// <summary>The Scheme that selects the voice and its speed, as text2wave's <c>-eval</c> arguments.</summary>
        public static string[] Setup(FestivalSettings settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            string r = settings.Speed.ToString("0.###", CultureInfo.InvariantCulture);
            string stretch = (1.0 / settings.Speed).ToString("0.###", CultureInfo.InvariantCulture);
            return new[]
            {
                "-eval", $"(voice_{settings.Voice})",
                "-eval", $"(if (and (symbol-bound? (quote hts_engine_params)) hts_engine_params) (set! hts_engine_params (append hts_engine_params (list (list \"-r\" {r})))) (Parameter.set 'Duration_Stretch {stretch}))",
            };
        }

        /// <summary>Speaks <paramref name="text"/> (the HTS voice writes 16-bit mono WAV).</summary>
        /// <exception cref="InvalidOperationException">text2wave failed.</exception>
        public static MonoAudio Render(string exe, string text, FestivalSettings settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            string stem = Path.Combine(Path.GetTempPath(), "relaxlamp-" + Guid.NewGuid().ToString("N"));
            string txt = stem + ".txt";
            string wav = stem + ".wav";
            try
            {
                File.WriteAllText(txt, text + "\n");
                var args = new System.Collections.Generic.List<string>(Setup(settings)) { txt, "-o", wav };
                var (code, _, err) = ExternalProgram.Run(exe, args);
                if (code != 0 || !File.Exists(wav) || new FileInfo(wav).Length <= 44 || err.Contains("SIOD ERROR", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"text2wave failed ({code}): {err.Trim()} (is the voice {settings.Voice} installed? {Install})");
                }

                return WavIo.Read(wav);
            }
            finally
            {
                File.Delete(txt);
                File.Delete(wav);
            }
        }
    }
}
