using RelaxLamp.Core;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench.Session;

/// <summary>
/// Whole sessions back to back on the shared engine's <see cref="FrameLoop"/> (its one time rule, its
/// press script): what the bench adds is only when to press. Allocates nothing per frame, so the
/// allocation figure measures the core alone.
/// </summary>
public sealed class SessionDriver
{
    /// <summary>How long the start press is held, ms.</summary>
    public const long PressHoldMs = 120;

    /// <summary>The start press comes this long after the current frame: off the frame grid, so the session's end falls between frames.</summary>
    public const long PressOffsetMs = 1013;

    private bool _pending;
    private int _sessionsBefore;

    /// <summary>Creates and powers up (idle, dark) a lamp of <paramref name="leds"/> LEDs at <paramref name="fps"/> frames a second with <paramref name="settings"/>; the first frame is one frame after power-up.</summary>
    public SessionDriver(int leds, int fps, LampSettings settings)
    {
        Loop = new FrameLoop(leds, settings, fps, frameAtOrigin: false);
    }

    /// <summary>The engine's loop.</summary>
    public FrameLoop Loop { get; }

    /// <summary>When the last start press went down, ms.</summary>
    public long PressAtMs { get; private set; } = -1;

    /// <summary>Schedules a start press <see cref="PressOffsetMs"/> from now (after the lamp's rest, if it rests); <see cref="Next"/> then runs the session.</summary>
    public void BeginSession()
    {
        // Right after a session the lamp rests (a press then is a late "off" and does nothing): press after the rest.
        PressAtMs = Loop.NowMs + PressOffsetMs + (Loop.Lamp.MaySleep ? 0 : Lamp.RestMs);
        Loop.Script.AddPress(PressAtMs, PressHoldMs);
        _pending = true;
        _sessionsBefore = Loop.Lamp.SessionCount;
    }

    /// <summary>Steps one frame; returns false from the frame that finds the lamp asleep again after the session.</summary>
    public bool Next()
    {
        Loop.Step();
        if (_pending && Loop.Lamp.SessionCount > _sessionsBefore && Loop.Lamp.State == LampState.Asleep)
        {
            _pending = false;
        }

        return _pending;
    }
}
