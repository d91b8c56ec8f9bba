using System;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Core.Tests;

/// <summary>Runs a lamp frame by frame with a scripted button, as the simulator and device do.</summary>
internal sealed class Drive
{
    public Drive(int leds = 24, LampSettings? settings = null, int fps = 50, PowerUpKind kind = PowerUpKind.Idle, bool down = false, long start = 0)
    {
        // The first frame one frame after power-up, as the device's loop does.
        Loop = new FrameLoop(leds, settings ?? new LampSettings(), fps, null, kind, down, start, frameAtOrigin: false);
    }

    /// <summary>The shared engine's loop this drive steps (its one time rule).</summary>
    public FrameLoop Loop { get; }

    public Lamp Lamp => Loop.Lamp;
    public byte[] Frame => Loop.Frame;
    public EdgeQueue Edges => Loop.Edges;
    public long Start => Loop.OriginMs;
    public long Now => Loop.NowMs;
    public long Frames => Loop.FrameCount;

    /// <summary>How long after a release <see cref="Press"/> keeps stepping: the release is debounced and handled by then.</summary>
    public const long SettleMs = 60;

    /// <summary>
    /// A press from <paramref name="at"/> lasting <paramref name="holdMs"/> (ms since start): steps frames up
    /// to it, through it (calling <paramref name="each"/>) and <see cref="SettleMs"/> past its release.
    /// </summary>
    public void Press(long at, long holdMs = 120, Action<Drive>? each = null)
    {
        RunUntil(at);
        Edges.Add(Start + at, true);
        RunUntil(at + holdMs, each);
        Edges.Add(Start + at + holdMs, false);
        RunUntil(at + holdMs + SettleMs, each);
    }

    /// <summary>Steps frames until the time since start reaches <paramref name="t"/>.</summary>
    public void RunUntil(long t, Action<Drive>? each = null)
    {
        while (Loop.NextFrameMs <= Start + t)
        {
            Step();
            each?.Invoke(this);
        }
    }

    /// <summary>Steps frames until the lamp may sleep (or a limit).</summary>
    public void RunUntilAsleep(long limit, Action<Drive>? each = null) => RunWhile(limit, each, static d => d.Lamp.MaySleep);

    /// <summary>Steps frames until the lamp's state is Asleep (dark; it may still be resting), or a limit.</summary>
    public void RunUntilDark(long limit, Action<Drive>? each = null) => RunWhile(limit, each, static d => d.Lamp.State == LampState.Asleep);

    /// <summary>Steps the next frame.</summary>
    public void Step() => Loop.Step();

    /// <summary>The light now in relative L* (0..100, the breath's top = 100), from the level asked for.</summary>
    public double RelL => Light.RelativeL(Lamp.Level, Lamp.TopLevel);

    /// <summary>The light of the frame in relative L*, from its bytes (what the ring gives, quantised).</summary>
    public double FrameRelL => Light.FrameRelativeL(Frame, Lamp.TopLevel);

    public int CodeSum()
    {
        int s = 0;
        foreach (byte b in Frame)
        {
            s += b;
        }

        return s;
    }

    // Static predicates: cached delegates, so a run allocates nothing (Step_allocates_nothing).
    private void RunWhile(long limit, Action<Drive>? each, Func<Drive, bool> done)
    {
        while (Now - Start < limit)
        {
            Step();
            each?.Invoke(this);
            if (done(this))
            {
                return;
            }
        }
    }
}
