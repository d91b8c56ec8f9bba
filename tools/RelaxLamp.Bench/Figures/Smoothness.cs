using System;
using RelaxLamp.Bench.Baselines;
using RelaxLamp.Bench.Light;
using RelaxLamp.Bench.Session;
using RelaxLamp.Core.Session;
using RelaxLamp.Engine;

namespace RelaxLamp.Bench.Figures;

/// <summary>
/// P1 smoothness: the largest frame-to-frame change of the ring's perceived total light while the lamp
/// breathes, for the lamp, its unquantised curve and the baselines fed the lamp's own levels.
/// </summary>
/// <remarks>
/// Frames compared: every pair of consecutive frames while the lamp is Breathing or Ending, and the step
/// from the last of them into the first frame asleep. The choice arc before the first breath lights
/// part of the ring only and is a different animation, so it is left out.
/// </remarks>
public static class Smoothness
{
    /// <summary>Measures P1 over <paramref name="frames"/>; the baselines render each frame's level.</summary>
    public static SmoothnessResult Measure(FrameSeries frames, LightScale scale, IFrameRenderer linear, IFrameRenderer gamma)
    {
        var result = new SmoothnessResult { OneCodeStep = scale.OneCodeStep };
        var scratch = new byte[frames.Leds * 3];
        bool prevIn = false;
        double prevCurve = 0;
        double prevLamp = 0;
        double prevLinear = 0;
        double prevGamma = 0;
        for (int i = 0; i < frames.Count; i++)
        {
            LampState state = frames.StateAt(i);
            bool breathing = RelaxLamp.Core.Lamp.Breathes(state);
            bool inSession = breathing || (prevIn && state == LampState.Asleep);
            if (!inSession)
            {
                prevIn = false;
                continue;
            }

            int level = frames.LevelAt(i);
            double curve = scale.OfLevel(level);
            double lamp = scale.OfFrame(frames.FrameAt(i));
            linear.Render(level, scratch);
            double lin = scale.OfFrame(scratch);
            gamma.Render(level, scratch);
            double gam = scale.OfFrame(scratch);
            result.LampPeak = Math.Max(result.LampPeak, lamp);
            if (prevIn)
            {
                long t = frames.TimeAt(i);
                result.Curve.Add(prevCurve, curve, t);
                result.Lamp.Add(prevLamp, lamp, t);
                result.Linear.Add(prevLinear, lin, t);
                result.Gamma.Add(prevGamma, gam, t);
            }

            prevCurve = curve;
            prevLamp = lamp;
            prevLinear = lin;
            prevGamma = gam;
            prevIn = breathing;
        }

        return result;
    }
}
