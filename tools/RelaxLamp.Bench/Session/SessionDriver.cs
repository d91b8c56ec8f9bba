using RelaxLamp.Core;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Bench.Session;

/// <summary>
/// Runs a lamp frame by frame as the device and the simulator do: a steady frame clock, and the start
/// press queued as timestamped edges. Allocates nothing per frame, so the allocation figure measures
/// the core alone.
/// </summary>
public sealed class SessionDriver
{
    /// <summary>How long the start press is held, ms.</summary>
    public const long PressHoldMs = 120;

    /// <summary>The start press comes this long after the current frame: off the frame grid, so the session's end falls between frames.</summary>
    public const long PressOffsetMs = 1013;

    private long _pressAt = -1;
    private long _releaseAt = -1;
    private bool _downQueued = true;
    private bool _upQueued = true;
    private bool _pending;
    private int _sessionsBefore;

    /// <summary>Creates and powers up (idle, dark) a lamp of <paramref name="leds"/> LEDs at <paramref name="fps"/> frames a second with <paramref name="settings"/>.</summary>
    public SessionDriver(int leds, int fps, LampSettings settings)
    {
        Fps = fps;
        Lamp = new Lamp(leds, settings);
        Frame = new byte[Lamp.FrameBytes];
        Lamp.PowerUp(0, PowerUpKind.Idle, false);
    }

    /// <summary>The lamp driven.</summary>
    public Lamp Lamp { get; }

    /// <summary>The ring's bytes after the last frame.</summary>
    public byte[] Frame { get; }

    /// <summary>The button's edge queue, drained by every frame.</summary>
    public EdgeQueue Edges { get; } = new EdgeQueue();

    /// <summary>Frames a second.</summary>
    public int Fps { get; }

    /// <summary>Frames stepped since power-up.</summary>
    public long FrameIndex { get; private set; }

    /// <summary>Time of the last frame, ms since power-up.</summary>
    public long NowMs { get; private set; }

    /// <summary>When the last start press went down, ms.</summary>
    public long PressAtMs => _pressAt;

    /// <summary>Time between frames, ms.</summary>
    public double FramePeriodMs => 1000.0 / Fps;

    /// <summary>Schedules a start press <see cref="PressOffsetMs"/> from now (after the lamp's rest, if it rests); <see cref="Next"/> then runs the session.</summary>
    public void BeginSession()
    {
        // Right after a session the lamp rests (a press then is a late "off" and does nothing): press after the rest.
        _pressAt = NowMs + PressOffsetMs + (Lamp.MaySleep ? 0 : RelaxLamp.Core.Lamp.RestMs);
        _releaseAt = _pressAt + PressHoldMs;
        _downQueued = false;
        _upQueued = false;
        _pending = true;
        _sessionsBefore = Lamp.SessionCount;
    }

    /// <summary>Steps one frame; returns false from the frame that finds the lamp asleep again after the session.</summary>
    public bool Next()
    {
        FrameIndex++;
        long t = ((FrameIndex * 1000) + (Fps / 2)) / Fps;
        if (!_downQueued && _pressAt <= t)
        {
            Edges.Add(_pressAt, true);
            _downQueued = true;
        }

        if (!_upQueued && _releaseAt <= t)
        {
            Edges.Add(_releaseAt, false);
            _upQueued = true;
        }

        Lamp.Step(t, Edges, Frame);
        NowMs = t;
        if (_pending && Lamp.SessionCount > _sessionsBefore && Lamp.State == LampState.Asleep)
        {
            _pending = false;
        }

        return _pending;
    }
}
