using BenchmarkDotNet.Attributes;
using RelaxLamp.Bench.Baselines;
using RelaxLamp.Bench.Session;
using RelaxLamp.Core;
using RelaxLamp.Core.Light;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Bench.Timing;

/// <summary>
/// Host time per frame. <see cref="LampFrame"/> steps the whole lamp through back-to-back 20-minute
/// sessions; the three render benchmarks render the breathing levels of such a session with the lamp's
/// renderer and each baseline's, so a baseline's frame = lamp frame − lamp render + baseline render.
/// </summary>
public class FrameBenchmarks
{
    /// <summary>LEDs on the ring.</summary>
    public const int Leds = 24;

    private SessionDriver _driver = null!;
    private RingRenderer _renderer = null!;
    private LinearFade8 _linear = null!;
    private GammaFade28 _gamma = null!;
    private int[] _levels = null!;
    private byte[] _grb = null!;
    private int _next;

    /// <summary>Frames a second.</summary>
    [Params(50, 25)]
    public int Fps { get; set; }

    /// <summary>Records the levels and starts the first session.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var settings = new LampSettings { LengthMinutes = LampSettings.Length20 };
        var run = SessionRecorder.Record(Leds, Fps, settings.LengthMinutes);
        int breathing = 0;
        for (int i = 0; i < run.Frames.Count; i++)
        {
            breathing += Lamp.Breathes(run.Frames.StateAt(i)) ? 1 : 0;
        }

        _levels = new int[breathing];
        for (int i = 0, j = 0; i < run.Frames.Count; i++)
        {
            if (Lamp.Breathes(run.Frames.StateAt(i)))
            {
                _levels[j++] = run.Frames.LevelAt(i);
            }
        }

        _driver = new SessionDriver(Leds, Fps, settings);
        _driver.BeginSession();
        _renderer = new RingRenderer(Leds) { Palette = Palette.Of(settings.Palette) };
        _linear = new LinearFade8(Leds, _renderer.Palette);
        _gamma = new GammaFade28(Leds, _renderer.Palette);
        _grb = new byte[Leds * 3];
    }

    /// <summary>One frame of the lamp, sessions back to back.</summary>
    [Benchmark]
    public void LampFrame()
    {
        if (!_driver.Next())
        {
            _driver.BeginSession();
        }
    }

    /// <summary>The lamp's renderer alone, as a breathing frame uses it.</summary>
    [Benchmark]
    public void LampRender()
    {
        _renderer.Clear(_grb);
        _renderer.Fill(_grb, 0, Leds, NextLevel());
    }

    /// <summary>Baseline (a)'s renderer.</summary>
    [Benchmark]
    public void LinearRender() => _linear.Render(NextLevel(), _grb);

    /// <summary>Baseline (b)'s renderer.</summary>
    [Benchmark]
    public void GammaRender() => _gamma.Render(NextLevel(), _grb);

    private int NextLevel()
    {
        int level = _levels[_next];
        _next = _next + 1 == _levels.Length ? 0 : _next + 1;
        return level;
    }
}
