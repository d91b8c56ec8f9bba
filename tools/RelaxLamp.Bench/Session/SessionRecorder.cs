using System;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench.Session;

/// <summary>Drives whole sessions and records what the bench measures.</summary>
public static class SessionRecorder
{
    /// <summary>
    /// Runs one session of <paramref name="minutes"/> at <paramref name="fps"/> on a fresh lamp of
    /// <paramref name="leds"/> LEDs at brightness <paramref name="brightness"/> (1, 2, 3: the dimmer's
    /// landmarks at about 1%, 3% and 10%; defaults otherwise).
    /// </summary>
    public static SessionRun Record(int leds, int fps, int minutes, int brightness = 1)
    {
        var settings = new LampSettings { LengthMinutes = minutes, Brightness = RelaxLamp.Core.Light.DimmerScale.OfLandmark(brightness) };
        var driver = new SessionDriver(leds, fps, settings);
        return Record(driver, settings);
    }

    /// <summary>Runs the next session on <paramref name="driver"/> and records it.</summary>
    public static SessionRun Record(SessionDriver driver, LampSettings settings)
    {
        var run = new SessionRun(new FrameSeries(driver.Loop.Lamp.LedCount), driver.Loop.Fps, settings);
        long limitMs = driver.Loop.NowMs + ((settings.LengthMinutes + 2) * 60000L);
        driver.BeginSession();
        run.PressAtMs = driver.PressAtMs;
        bool more;
        do
        {
            more = driver.Next();
            var lamp = driver.Loop.Lamp;
            run.Frames.Add(driver.Loop);
            if (lamp.BreathBegan)
            {
                BreathRecord breath = BreathRecord.Of(lamp);
                int expected = run.Breaths.Count == 0 ? 1 : run.Breaths[^1].Number + 1;
                if (breath.Number != expected)
                {
                    throw new InvalidOperationException($"breath {breath.Number} began where {expected} was due, at {driver.Loop.NowMs} ms");
                }

                run.Breaths.Add(breath);
            }

            if (IsLit(driver.Loop.Frame))
            {
                run.LastLitMs = driver.Loop.NowMs;
            }

            if (driver.Loop.NowMs > limitMs)
            {
                throw new InvalidOperationException($"the session did not end within {settings.LengthMinutes + 2} minutes");
            }
        }
        while (more);

        run.SessionStartMs = driver.Loop.Lamp.SessionStartMs;
        run.SessionEndMs = driver.Loop.Lamp.SessionEndMs;
        run.AsleepAtMs = driver.Loop.NowMs;
        return run;
    }

    private static bool IsLit(byte[] grb)
    {
        foreach (byte b in grb)
        {
            if (b != 0)
            {
                return true;
            }
        }

        return false;
    }
}
