using System;
using RelaxLamp.Core.Audio;
using RelaxLamp.Simulator.Audio;

namespace RelaxLamp.Simulator.Tests;

/// <summary>What a clip should sound like at a gain, worked out apart from the mixer: samples from the device decoder, then (s × g) >> 8 as the device's µ-law table scales.</summary>
internal static class ClipReference
{
    private static ClipBank? _bank;

    public static ClipBank Bank => _bank ??= ClipBank.Load(AudioRun.RepoClips());

    public static short[] Samples(ClipData clip, int gainQ8 = 256)
    {
        var x = new short[clip.SampleCount];
        var buf = new short[clip.Header.SamplesPerBlock];
        int o = 0;
        for (int b = 0; b < clip.Header.BlockCount; b++)
        {
            int n = ClipDecoder.DecodeBlock(clip.Header, b, clip.Bytes, ClipCodec.HeaderSize + (b * clip.Header.BlockSize), clip.Header.BlockSize, buf, 0);
            for (int i = 0; i < n; i++)
            {
                x[o + i] = (short)Math.Clamp((buf[i] * gainQ8) >> 8, short.MinValue, short.MaxValue);
            }

            o += n;
        }

        return x;
    }
}
