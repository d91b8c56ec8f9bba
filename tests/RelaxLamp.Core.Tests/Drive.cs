using System;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Core.Tests;

/// <summary>Runs a lamp frame by frame with a scripted button, as the simulator and device do.</summary>
internal sealed class Drive
{
    public Drive(int leds = 24, LampSettings? settings = null, int fps = 50, PowerUpKind kind = PowerUpKind.Idle, bool down = false, long start = 0)
    {
        Lamp = new Lamp(leds, settings ?? new LampSettings());
        Frame = new byte[Lamp.FrameBytes];
        FrameMs = 1000.0 / fps;
        Start = start;
        Now = start;
        Lamp.PowerUp(start, kind, down);
    }

    public Lamp Lamp { get; }
    public byte[] Frame { get; }
    public EdgeQueue Edges { get; } = new EdgeQueue();
    public double FrameMs { get; }
    public long Start { get; }
    public long Now { get; private set; }
    public long Frames { get; private set; }

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
        while (true)
        {
            long next = Start + (long)Math.Round((Frames + 1) * FrameMs);
            if (next > Start + t)
            {
                break;
            }

            Step(next);
            each?.Invoke(this);
        }
    }

    /// <summary>Steps frames until the lamp may sleep (or a limit).</summary>
    public void RunUntilAsleep(long limit, Action<Drive>? each = null)
    {
        while (Now - Start < limit)
        {
            Step(Start + (long)Math.Round((Frames + 1) * FrameMs));
            each?.Invoke(this);
            if (Lamp.MaySleep)
            {
                return;
            }
        }
    }

    public void Step(long at)
    {
        Now = at;
        Frames++;
        Lamp.Step(at, Edges, Frame);
    }

    /// <summary>Steps frames until the lamp's state is Asleep (dark; it may still be resting), or a limit.</summary>
    public void RunUntilDark(long limit, Action<Drive>? each = null)
    {
        while (Now - Start < limit)
        {
            Step(Start + (long)Math.Round((Frames + 1) * FrameMs));
            each?.Invoke(this);
            if (Lamp.State == LampState.Asleep)
            {
                return;
            }
        }
    }

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
}
