using System;
using System.Collections.Generic;
using System.IO;
using NLayer;
using NVorbis;

namespace RelaxLamp.AudioAssets
{
    /// <summary>
    /// Reads a recording in any common phone format: WAV (NAudio), MP3 (NLayer), OGG Vorbis (NVorbis), all managed;
    /// M4A/AAC, Opus, FLAC, AMR and the rest through ffmpeg when it is installed.
    /// </summary>
    public static class AudioInput
    {
        /// <summary>File extensions looked for in a voice folder, in order of preference.</summary>
        public static IReadOnlyList<string> Extensions { get; } = new[] { ".wav", ".mp3", ".ogg", ".oga", ".m4a", ".aac", ".mp4", ".3gp", ".opus", ".flac", ".amr", ".webm" };

        /// <summary>What the file's first bytes say it is.</summary>
        public static string Sniff(string path)
        {
            var head = new byte[12];
            int n;
            using (var f = File.OpenRead(path))
            {
                n = f.Read(head, 0, head.Length);
            }

            if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W' && head[9] == 'A' && head[10] == 'V' && head[11] == 'E')
            {
                return "wav";
            }

            if (n >= 4 && head[0] == 'O' && head[1] == 'g' && head[2] == 'g' && head[3] == 'S')
            {
                return "ogg";
            }

            if (n >= 3 && ((head[0] == 'I' && head[1] == 'D' && head[2] == '3') || (head[0] == 0xFF && (head[1] & 0xE6) == 0xE2)))
            {
                // ID3 tag, or an MPEG audio frame sync with layer III (0xFFFB, 0xFFF3, 0xFFE3 ...).
                return "mp3";
            }

            if (n >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p')
            {
                return "m4a";
            }

            return Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        }

        /// <summary>Reads <paramref name="path"/> as mono float audio at its own rate, with ffmpeg from PATH if installed.</summary>
        /// <exception cref="InvalidDataException">The file is not audio this tool (or ffmpeg) can read; the message says what to do.</exception>
        public static MonoAudio Read(string path) => Read(path, ExternalProgram.Find("ffmpeg"));

        /// <summary>Reads <paramref name="path"/>, using the ffmpeg at <paramref name="ffmpeg"/> (null: none) for what the managed decoders do not read.</summary>
        /// <exception cref="InvalidDataException">The file is not audio this tool (or ffmpeg) can read; the message says what to do.</exception>
        public static MonoAudio Read(string path, string? ffmpeg)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no such file", path);
            }

            string kind = Sniff(path);
            switch (kind)
            {
                case "wav":
                    try
                    {
                        return WavIo.Read(path);
                    }
                    catch (InvalidDataException) when (ffmpeg != null)
                    {
                        // A compressed WAV (µ-law, ADPCM, MP3-in-WAV): ffmpeg reads those.
                        return ThroughFfmpeg(path, "WAV", ffmpeg);
                    }

                case "mp3":
                    return Managed(path, "MP3", () =>
                    {
                        using var mp3 = new MpegFile(path);
                        return ReadInterleaved(mp3.SampleRate, mp3.Channels, (buf, off, cnt) => mp3.ReadSamples(buf, off, cnt));
                    });
                case "ogg":
                case "oga":
                    try
                    {
                        using var ogg = new VorbisReader(path);
                        return ReadInterleaved(ogg.SampleRate, ogg.Channels, (buf, off, cnt) => ogg.ReadSamples(buf, off, cnt));
                    }
                    catch (Exception ex) when (ex is ArgumentException or InvalidDataException or EndOfStreamException or IndexOutOfRangeException or NotSupportedException or InvalidOperationException)
                    {
                        // Not Vorbis (an Ogg Opus voice note, say): ffmpeg reads it if present.
                        if (ffmpeg != null)
                        {
                            return ThroughFfmpeg(path, "OGG", ffmpeg);
                        }

                        throw new InvalidDataException($"{path}: not an OGG Vorbis file NVorbis can read ({ex.Message}); for Ogg Opus install ffmpeg (apt-get install ffmpeg), or export as WAV or MP3", ex);
                    }

                default:
                    return ThroughFfmpeg(path, kind.ToUpperInvariant(), ffmpeg);
            }
        }

        /// <summary>Decodes with ffmpeg to a temporary 32-bit float WAV, mono, at the file's own rate.</summary>
        /// <exception cref="InvalidDataException">ffmpeg is missing (the message names what to install) or failed.</exception>
        public static MonoAudio ThroughFfmpeg(string path, string what, string? ffmpeg)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (ffmpeg == null)
            {
                throw new InvalidDataException($"{path}: {(what == "M4A" ? "M4A/AAC" : what)} needs ffmpeg, which is not installed (apt-get install ffmpeg, brew install ffmpeg, or winget install ffmpeg); or export the recording as WAV, MP3 or OGG Vorbis, which the tool reads itself");
            }

            string wav = Path.Combine(Path.GetTempPath(), "relaxlamp-" + Guid.NewGuid().ToString("N") + ".wav");
            try
            {
                var (code, _, err) = ExternalProgram.Run(ffmpeg, new[] { "-nostdin", "-hide_banner", "-loglevel", "error", "-i", path, "-vn", "-ac", "1", "-c:a", "pcm_f32le", "-f", "wav", wav });
                if (code != 0 || !File.Exists(wav))
                {
                    throw new InvalidDataException($"{path}: ffmpeg could not read it as audio ({err.Trim()})");
                }

                return WavIo.Read(wav);
            }
            finally
            {
                File.Delete(wav);
            }
        }

        private static MonoAudio Managed(string path, string what, Func<MonoAudio> read)
        {
            try
            {
                MonoAudio a = read();
                if (a.Samples.Length == 0)
                {
                    throw new InvalidDataException("no audio frames");
                }

                return a;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidDataException or EndOfStreamException or IndexOutOfRangeException or NotSupportedException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}: not a {what} file the tool can read ({ex.Message})", ex);
            }
        }

        private static MonoAudio ReadInterleaved(int rate, int channels, Func<float[], int, int, int> read)
        {
            if (rate <= 0 || channels <= 0)
            {
                throw new InvalidDataException($"bad stream ({rate} Hz, {channels} channels)");
            }

            var mono = new List<float>();
            var buffer = new float[4096 * channels];
            int n;
            while ((n = read(buffer, 0, buffer.Length)) > 0)
            {
                for (int i = 0; i + channels <= n; i += channels)
                {
                    float sum = 0;
                    for (int c = 0; c < channels; c++)
                    {
                        sum += buffer[i + c];
                    }

                    mono.Add(sum / channels);
                }
            }

            return new MonoAudio(mono.ToArray(), rate);
        }
    }
}
