using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace RelaxLamp.Simulator.Tests;

/// <summary>A WAV file read back by its own small parser (RIFF chunks), independent of the writer.</summary>
internal sealed class WavFile
{
    public int Format { get; private init; }

    public int Channels { get; private init; }

    public int SampleRate { get; private init; }

    public int ByteRate { get; private init; }

    public int BlockAlign { get; private init; }

    public int BitsPerSample { get; private init; }

    public short[] Samples { get; private init; } = Array.Empty<short>();

    public static WavFile Read(string path)
    {
        byte[] b = File.ReadAllBytes(path);
        if (Encoding.ASCII.GetString(b, 0, 4) != "RIFF" || Encoding.ASCII.GetString(b, 8, 4) != "WAVE")
        {
            throw new InvalidDataException("not RIFF/WAVE");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(4)) != b.Length - 8)
        {
            throw new InvalidDataException("RIFF size does not match the file");
        }

        int fmt = -1;
        int data = -1;
        int dataLength = 0;
        for (int p = 12; p + 8 <= b.Length;)
        {
            string id = Encoding.ASCII.GetString(b, p, 4);
            int size = (int)BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(p + 4));
            if (id == "fmt ")
            {
                fmt = p + 8;
            }
            else if (id == "data")
            {
                data = p + 8;
                dataLength = size;
            }

            p += 8 + size + (size & 1);
        }

        if (fmt < 0 || data < 0 || data + dataLength > b.Length)
        {
            throw new InvalidDataException("fmt or data chunk missing");
        }

        var samples = new short[dataLength / 2];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(b.AsSpan(data + (2 * i)));
        }

        return new WavFile
        {
            Format = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(fmt)),
            Channels = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(fmt + 2)),
            SampleRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(fmt + 4)),
            ByteRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(fmt + 8)),
            BlockAlign = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(fmt + 12)),
            BitsPerSample = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(fmt + 14)),
            Samples = samples,
        };
    }
}
