using System;
using CsCheck;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;
using Xunit;
using Xunit.Abstractions;

namespace RelaxLamp.Core.Tests;

/// <summary>Random button streams and random bytes: the lamp never throws, stays valid, stays dim and always ends.</summary>
public class PropertyTests
{
    /// <summary>Cases of the button property; × <see cref="EdgesPerCase"/> = 1,000,000 edges.</summary>
    public const int ButtonCases = 100;

    /// <summary>Edges per case.</summary>
    public const int EdgesPerCase = 10_000;

    private readonly ITestOutputHelper _out;

    public PropertyTests(ITestOutputHelper output) => _out = output;

    /// <summary>One step of a random stream: wait <c>Gap</c> ms (raw clock), then an edge, with clock trouble now and then.</summary>
    private readonly record struct Edge(int Gap, bool Down, int Clock);

    // Bounce (0-10 ms), presses and taps (30-500 ms), holds (2-15 s), long waits (up to 22 min):
    // weighted so that a case's million-odd frames run in a fraction of a second.
    private static readonly Gen<int> GapGen = Gen.Frequency(
        (400, Gen.Int[0, 10]),
        (550, Gen.Int[30, 500]),
        (30, Gen.Int[2_000, 15_000]),
        (1, Gen.Int[60_000, 1_320_000]));

    // Mostly a steady clock; sometimes a 500 ms stall or a jump back.
    private static readonly Gen<int> ClockGen = Gen.Frequency((97, Gen.Const(0)), (2, Gen.Const(500)), (1, Gen.Const(-2_000)));

    private static readonly Gen<Edge[]> StreamGen =
        Gen.Select(GapGen, Gen.Bool, ClockGen, (g, d, c) => new Edge(g, d, c)).Array[EdgesPerCase];

    [Fact]
    public void Random_button_streams_of_a_million_edges_keep_the_lamp_valid_dim_and_ending()
    {
        long edges = 0;
        long frames = 0;
        long sessions = 0;
        StreamGen.Sample(
            stream =>
            {
                var (f, s) = Run(stream);
                frames += f;
                sessions += s;
                edges += stream.Length;
            },
            iter: ButtonCases,
            threads: 1,
            seed: null);
        _out.WriteLine($"button property: {ButtonCases} cases, {edges:N0} edges, {frames:N0} frames, {sessions:N0} sessions");
        Assert.Equal((long)ButtonCases * EdgesPerCase, edges);
        Assert.True(sessions > ButtonCases, "the streams started sessions");
    }

    private static (long frames, long sessions) Run(Edge[] stream)
    {
        // Cross a 32-bit millisecond wrap (49.7 days) on the way; frames every 20 ms (the engine's clock).
        var loop = new FrameLoop(24, new LampSettings(), 50, null, PowerUpKind.Cold, false, (1L << 32) - 600_000, frameAtOrigin: false);
        Lamp lamp = loop.Lamp;
        int cap = 24 * 765 * Brightness.CapOutput / 10000;
        long raw = loop.OriginMs;
        long frames = 0;
        int seenSessions = 0;
        long sessionStart = 0;

        void Frame()
        {
            loop.Step();
            frames++;
            byte[] grb = loop.Frame;
            int sum = 0;
            for (int i = 0; i < grb.Length; i++)
            {
                sum += grb[i];
            }

            if (sum > cap)
            {
                throw new InvalidOperationException($"output {sum} over the cap {cap}");
            }

            if (!lamp.Settings.IsValid || (int)lamp.State < 0 || (int)lamp.State > 5 || lamp.Level < 0 || lamp.Level > Brightness.CapLevel + 1)
            {
                throw new InvalidOperationException("invalid state");
            }

            if (lamp.SessionCount != seenSessions)
            {
                seenSessions = lamp.SessionCount;
                sessionStart = lamp.SessionStartMs;
            }

            long length = lamp.SessionEndMs - lamp.SessionStartMs;
            if (seenSessions > 0 && length != 600_000 && length != 900_000 && length != 1_200_000)
            {
                throw new InvalidOperationException($"session length {length}");
            }

            bool inSession = lamp.State is LampState.Choosing or LampState.Breathing or LampState.Ending or LampState.Stopping;
            if (inSession && lamp.Now > sessionStart + length + Lamp.StopFadeMs + 100)
            {
                throw new InvalidOperationException($"session of {length} ms still running at {lamp.Now - sessionStart} ms");
            }
        }

        foreach (var e in stream)
        {
            long at = raw + e.Gap;

            // Frames up to the edge; a sleeping lamp needs none (the device is in deep sleep and wakes at the edge).
            if (lamp.MaySleep && at - loop.NextFrameMs > 100)
            {
                loop.ShiftClock(at - loop.NextFrameMs);
            }

            while (loop.NextFrameMs <= at)
            {
                Frame();
            }

            raw = at;
            if (e.Clock != 0)
            {
                // Clock trouble: the raw clock and the frames' clock stall or jump back together.
                raw += e.Clock;
                loop.ShiftClock(e.Clock);
            }

            loop.Edges.Add(raw, e.Down);
        }

        // Then let it run out: whatever the last edge left (even a button held for ever), it ends.
        for (int i = 0; i < 22 * 60 * 50; i++)
        {
            Frame();
        }

        if (lamp.State != LampState.Asleep)
        {
            throw new InvalidOperationException($"not asleep at the end but {LampStateNames.Of(lamp.State)}");
        }

        return (frames, seenSessions);
    }

    [Fact]
    public void Random_bytes_always_decode_to_valid_settings_or_nothing()
    {
        const int cases = 200_000;
        Gen.Byte.Array[0, 40].Sample(
            bytes =>
            {
                var into = new LampSettings();
                int seq = SettingsCodec.Decode(bytes, bytes.Length, into);
                Assert.True(into.IsValid);
                Assert.InRange(seq, -1, 65535);
            },
            iter: cases);
        _out.WriteLine($"random settings bytes: {cases:N0} cases");
    }

    [Fact]
    public void Corrupted_records_and_slot_pairs_load_valid_settings_and_never_throw()
    {
        const int cases = 200_000;
        var good = new byte[SettingsCodec.RecordSize];
        SettingsCodec.Encode(new LampSettings { Brightness = 2, LengthMinutes = 20 }, 9, good);
        var gen = Gen.Select(Gen.Int[0, SettingsCodec.RecordSize - 1], Gen.Byte, Gen.Int[0, SettingsCodec.RecordSize + 4], Gen.Byte.Array[0, 24]);
        gen.Sample(
            (at, value, length, other) =>
            {
                var bad = (byte[])good.Clone();
                bad[at] = value;
                var into = new LampSettings();
                var slots = new SettingsSlots();
                slots.Load(bad, Math.Min(length, bad.Length), other, other.Length, into);
                Assert.True(into.IsValid);
                if (bad[at] != good[at] && length >= SettingsCodec.RecordSize)
                {
                    // A changed byte is caught by the CRC: the other slot or the defaults load.
                    Assert.NotEqual(0, slots.NewestSlot);
                }
            },
            iter: cases);
        _out.WriteLine($"corrupted records: {cases:N0} cases");
    }
}
