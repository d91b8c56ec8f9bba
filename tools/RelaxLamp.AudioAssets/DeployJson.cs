using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.AudioAssets
{
    /// <summary>One clip to copy onto the lamp.</summary>
    /// <param name="Id">Clip number (the core's <see cref="Clips"/>).</param>
    /// <param name="SourceFilePath">Absolute path of the clip file on this computer.</param>
    /// <param name="DestinationFilePath">Path on the lamp, <c>I:\audio\NN.rla</c>.</param>
    /// <param name="Bytes">File size.</param>
    public sealed record DeployEntry(int Id, string SourceFilePath, string DestinationFilePath, long Bytes);

    /// <summary>
    /// The <c>deploy-json</c> command: the file list for nanoff's file deployment, which copies the
    /// clips onto the lamp's internal flash file system where the firmware's player reads them
    /// (<c>firmware/RelaxLamp.Firmware/ClipFiles.cs</c>). The format is nanoff's
    /// <c>FileDeploymentConfiguration</c>: an optional <c>SerialPort</c> (it overrides the port given on
    /// nanoff's command line) and <c>Files</c>, each with <c>DestinationFilePath</c> and <c>SourceFilePath</c>.
    /// </summary>
    public static class DeployJson
    {
        /// <summary>The clips' folder on the lamp (drive I: is nanoFramework's internal flash file system).</summary>
        public const string DeviceFolder = "I:\\audio\\";

        /// <summary>The only rate the lamp's I2S bus runs at.</summary>
        public const int DeviceSampleRate = 16000;

        /// <summary>The largest block the lamp's player reads (the default PCM block; ADPCM blocks are 256 bytes).</summary>
        public const int DeviceMaxBlockBytes = ClipCodec.DefaultPcmBlockSize;

        /// <summary>The largest µ-law block the lamp's player reads (the default, 512 samples).</summary>
        public const int DeviceMaxMuLawBlockBytes = ClipFile.DefaultMuLawBlockSize;

        /// <summary>The lamp's path for clip <paramref name="id"/>: <c>I:\audio\NN.rla</c>.</summary>
        public static string DevicePath(int id) => DeviceFolder + id.ToString("00", CultureInfo.InvariantCulture) + ClipSet.Extension;

        /// <summary>
        /// The clips in <paramref name="dir"/> (<c>NN-name.rla</c>), each checked as the lamp will read it:
        /// decodes, 16 kHz, blocks the player can hold, a number the lamp cues. Throws on the first problem.
        /// </summary>
        public static IReadOnlyList<DeployEntry> Plan(string dir)
        {
            ArgumentNullException.ThrowIfNull(dir);
            if (!Directory.Exists(dir))
            {
                throw new DirectoryNotFoundException($"{dir}: no such folder");
            }

            var entries = new List<DeployEntry>();
            var seen = new Dictionary<int, string>();
            foreach (string file in Analysis.ClipFiles(dir))
            {
                string name = Path.GetFileName(file);
                int id = IdOf(name);
                if (id < 0)
                {
                    throw new InvalidDataException($"{name}: expected NN-name{ClipSet.Extension} (NN = the clip number)");
                }

                if (id >= ClipSet.Default.Count)
                {
                    throw new InvalidDataException($"{name}: the lamp cues clips 00 to {ClipSet.Default.Count - 1:00} only");
                }

                if (seen.TryGetValue(id, out string? other))
                {
                    throw new InvalidDataException($"{name}: clip {id:00} is also {other}");
                }

                seen[id] = name;
                Check(file);
                entries.Add(new DeployEntry(id, Path.GetFullPath(file), DevicePath(id), new FileInfo(file).Length));
            }

            if (entries.Count == 0)
            {
                throw new InvalidOperationException($"{dir}: no {ClipSet.Extension} files");
            }

            entries.Sort((a, b) => a.Id.CompareTo(b.Id));
            return entries;
        }

        /// <summary>The JSON nanoff reads, indented; <c>SerialPort</c> only when <paramref name="serialPort"/> is given.</summary>
        public static byte[] Json(IReadOnlyList<DeployEntry> entries, string? serialPort)
        {
            ArgumentNullException.ThrowIfNull(entries);
            using var buffer = new MemoryStream();

            // Relaxed escaping: the file is for a tool, not a web page, and keeps paths readable.
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var w = new Utf8JsonWriter(buffer, options))
            {
                w.WriteStartObject();
                if (!string.IsNullOrEmpty(serialPort))
                {
                    w.WriteString("SerialPort", serialPort);
                }

                w.WriteStartArray("Files");
                foreach (DeployEntry e in entries)
                {
                    w.WriteStartObject();
                    w.WriteString("DestinationFilePath", e.DestinationFilePath);
                    w.WriteString("SourceFilePath", e.SourceFilePath);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            return buffer.ToArray();
        }

        /// <summary>What the command prints: where the file went, what is in it, what is missing, what to run next.</summary>
        public static string Summary(IReadOnlyList<DeployEntry> entries, string outPath, string? serialPort)
        {
            ArgumentNullException.ThrowIfNull(entries);
            var sizes = new List<long>();
            var present = new HashSet<int>();
            foreach (DeployEntry e in entries)
            {
                sizes.Add(e.Bytes);
                present.Add(e.Id);
            }

            var missing = new List<string>();
            for (int id = 0; id < ClipSet.Default.Count; id++)
            {
                if (!present.Contains(id))
                {
                    missing.Add(id.ToString("00", CultureInfo.InvariantCulture));
                }
            }

            long bytes = 0;
            sizes.ForEach(s => bytes += s);
            var sb = new StringBuilder();
            sb.AppendLine(Invariant($"wrote {outPath}: {entries.Count} clips to {DeviceFolder}, {bytes} bytes (on flash with 4 KiB blocks and the settings file: {FlashBudget.OnFlash(sizes)} of {FlashBudget.Limit})"));
            if (missing.Count > 0)
            {
                sb.AppendLine($"missing: {string.Join(", ", missing)} (the lamp skips those cues)");
            }

            string port = string.IsNullOrEmpty(serialPort) ? " serialport COM3" : string.Empty;
            sb.AppendLine($"next: nanoff deploy file \"{outPath}\"{port}   (older nanoff: --filedeployment; see docs/flashing.md)");
            return sb.ToString();
        }

        /// <summary>The clip number of <c>NN-name.rla</c>, or -1.</summary>
        private static int IdOf(string fileName)
        {
            if (fileName.Length < 4 || !char.IsAsciiDigit(fileName[0]) || !char.IsAsciiDigit(fileName[1]) || fileName[2] != '-')
            {
                return -1;
            }

            return ((fileName[0] - '0') * 10) + (fileName[1] - '0');
        }

        /// <summary>Fails unless the lamp's player can play <paramref name="file"/> whole.</summary>
        private static void Check(string file)
        {
            string name = Path.GetFileName(file);
            ClipInfo header;
            try
            {
                ClipEncoder.Decode(File.ReadAllBytes(file), out header);
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException($"{name}: {ex.Message}", ex);
            }

            if (header.SampleRate != DeviceSampleRate)
            {
                throw new InvalidDataException($"{name}: {header.SampleRate} Hz; the lamp plays {DeviceSampleRate} Hz only");
            }

            int max = header.Codec == ClipFile.CodecMuLaw ? DeviceMaxMuLawBlockBytes : DeviceMaxBlockBytes;
            if (header.BlockSize > max || (header.Codec != ClipFile.CodecMuLaw && header.SamplesPerBlock * 2 > DeviceMaxBlockBytes))
            {
                throw new InvalidDataException($"{name}: {header.BlockSize}-byte {ClipEncoder.CodecName(header.Codec)} blocks; the lamp reads at most {max}");
            }
        }

        private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }
}
