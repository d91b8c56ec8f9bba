using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RelaxLamp.Bench.Baselines;
using RelaxLamp.Bench.Figures;
using RelaxLamp.Bench.IlCount;
using RelaxLamp.Bench.Suite;
using RelaxLamp.Bench.Timing;
using RelaxLamp.Core;
using RelaxLamp.Core.Light;

namespace RelaxLamp.Bench.Report;

/// <summary>Writes docs/performance.md from a full run: the command, the table, the status of each goal and the method.</summary>
public static class PerformanceReport
{
    /// <summary>The command that regenerates the document, from the repository's root.</summary>
    public const string Command = "dotnet run -c Release --project tools/RelaxLamp.Bench -- --out docs/performance.md --benchmarkdotnet";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The line from which the page is written by hand; the bench keeps it and all after it.</summary>
    public const string HandWrittenMarker = "<!-- Hand-written from here on: tools/RelaxLamp.Bench keeps it when it rewrites the page. -->";

    /// <summary>
    /// The page to write: <paramref name="generated"/>, then the hand-written part of the
    /// <paramref name="existing"/> page (from <see cref="HandWrittenMarker"/> on), if it has one.
    /// </summary>
    public static string KeepHandWritten(string generated, string? existing)
    {
        int at = existing?.IndexOf(HandWrittenMarker, StringComparison.Ordinal) ?? -1;
        return at < 0 ? generated : generated.TrimEnd('\n') + "\n\n" + existing![at..];
    }

    /// <summary>The whole document.</summary>
    public static string Render(BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        FpsFigures hi = results.PerFps[0];
        FpsFigures lo = results.PerFps.Count > 1 ? results.PerFps[1] : hi;
        var md = new StringBuilder();
        md.AppendLine("# Performance");
        md.AppendLine();
        md.AppendLine("Regenerate this file from the repository's root (a few minutes; leave out `--benchmarkdotnet` to skip the host timing):");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(Command);
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("Written by `tools/RelaxLamp.Bench` (see its README); do not edit by hand. CI runs the same measurements on a 10-minute session at 50 frames a second in `tests/RelaxLamp.Bench.Tests` and fails when a figure crosses its goal.");
        md.AppendLine();
        md.AppendLine(Inv, $"Setup: a {hi.Leds}-LED WS2812B ring, warm palette (R255 G72 B0), brightness level 1 (night: the top of a breath is about 1% of the ring's full output), default pace (10 → 6 breaths a minute over the first 40%), ratio 1:1.5, one {hi.Minutes}-minute session per frame rate (P5: sessions of {string.Join(", ", hi.EndTimes.Select(e => e.Minutes))} minutes), the start press off the frame grid. The baselines render the lamp's own level each frame: same schedule, palette and top-of-breath light (see Method).");
        md.AppendLine();
        Table(md, results, hi, lo);
        md.AppendLine();
        Status(md, hi, lo);
        md.AppendLine();
        Interpreter(md, results.Interpreter);
        Breakdown(md, hi);
        md.AppendLine();
        Method(md, results, hi);
        return md.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Table(StringBuilder md, BenchResults results, FpsFigures hi, FpsFigures lo)
    {
        string same = "same schedule";
        md.AppendLine(Inv, $"| Figure | Goal | Lamp @{hi.Fps} | Lamp @{lo.Fps} | Baseline (a) linear 8-bit @{hi.Fps} / @{lo.Fps} | Baseline (b) gamma 2.8 @{hi.Fps} / @{lo.Fps} |");
        md.AppendLine("|---|---|---|---|---|---|");

        Row(
            md,
            "**P1 smoothness**: largest frame-to-frame step of the ring's perceived total light, L* (top of a breath = 100), and its multiple of the floor",
            "≤ " + F(Goals.SmoothnessRatio, 2) + " × floor",
            P1(hi.Smoothness.Lamp.Size, hi.Smoothness.LampRatio) + Mark(hi.Smoothness.LampRatio <= Goals.SmoothnessRatio),
            P1(lo.Smoothness.Lamp.Size, lo.Smoothness.LampRatio) + Mark(lo.Smoothness.LampRatio <= Goals.SmoothnessRatio),
            P1(hi.Smoothness.Linear.Size, hi.Smoothness.LinearRatio) + " / " + P1(lo.Smoothness.Linear.Size, lo.Smoothness.LinearRatio),
            P1(hi.Smoothness.Gamma.Size, hi.Smoothness.GammaRatio) + " / " + P1(lo.Smoothness.Gamma.Size, lo.Smoothness.GammaRatio));
        Row(
            md,
            "P1 floor: the larger of the unquantised curve's own largest step and one LED's one red code at the dark end",
            "—",
            Floor(hi.Smoothness),
            Floor(lo.Smoothness),
            "same floor",
            "same floor");
        Row(
            md,
            string.Create(Inv, $"**P2 drift**: phase error after {hi.Minutes} minutes (end of the last out-breath) against the double-precision reference"),
            "< " + F(Goals.DriftMs, 0) + " ms",
            Ms(hi.Drift.EndErrorMs, 3) + Mark(Math.Abs(hi.Drift.EndErrorMs) < Goals.DriftMs && hi.Drift.CountsMatch),
            Ms(lo.Drift.EndErrorMs, 3) + Mark(Math.Abs(lo.Drift.EndErrorMs) < Goals.DriftMs && lo.Drift.CountsMatch),
            same,
            same);
        Row(
            md,
            "P2 largest phase error of any breath edge during the session (not a stated goal)",
            "—",
            DuringSession(hi.Drift),
            DuringSession(lo.Drift),
            same,
            same);
        Row(
            md,
            "**P3 allocation**: bytes allocated per frame over a whole session, after a warm-up session",
            "0",
            Bytes(hi.LampBytesPerFrame) + Mark(hi.LampBytesPerFrame <= Goals.BytesPerFrame),
            Bytes(lo.LampBytesPerFrame) + Mark(lo.LampBytesPerFrame <= Goals.BytesPerFrame),
            Bytes(hi.LampBytesPerFrame + hi.LinearBytesPerFrame) + " / " + Bytes(lo.LampBytesPerFrame + lo.LinearBytesPerFrame),
            Bytes(hi.LampBytesPerFrame + hi.GammaBytesPerFrame) + " / " + Bytes(lo.LampBytesPerFrame + lo.GammaBytesPerFrame));
        Row(
            md,
            "**P4 work per frame**: IL instructions executed, 24 LEDs, mean while breathing (worst frame of the session; for the lamp also its worst breathing frame)",
            "≤ " + N(Goals.IlPerFrame) + " (mean)",
            LampIl(hi.Work) + Mark(hi.Work.LampMean <= Goals.IlPerFrame),
            LampIl(lo.Work) + Mark(lo.Work.LampMean <= Goals.IlPerFrame),
            Il(hi.Work.LinearMean, hi.Work.LinearMax) + " / " + Il(lo.Work.LinearMean, lo.Work.LinearMax),
            Il(hi.Work.GammaMean, hi.Work.GammaMax) + " / " + Il(lo.Work.GammaMean, lo.Work.GammaMax));
        Row(
            md,
            "P4 calls (call, callvirt, newobj; counted apart, included above), mean while breathing (most in one frame)",
            "—",
            N(hi.Work.LampCallsMean) + " (" + N(hi.Work.LampCallsMax) + ")",
            N(lo.Work.LampCallsMean) + " (" + N(lo.Work.LampCallsMax) + ")",
            N(hi.Work.LinearCallsMean) + " / " + N(lo.Work.LinearCallsMean),
            N(hi.Work.GammaCallsMean) + " / " + N(lo.Work.GammaCallsMean));
        Row(
            md,
            string.Create(Inv, $"P4 on an ESP32 at 240 MHz: the mean frame at an estimated {F(Goals.Esp32MicrosPerIlLow, 1)}–{F(Goals.Esp32MicrosPerIlHigh, 1)} µs per IL instruction, and its share of the frame time"),
            "—",
            Esp32(hi.Work.LampMean, hi.Fps),
            Esp32(lo.Work.LampMean, lo.Fps),
            Esp32(hi.Work.LinearMean, hi.Fps) + " / " + Esp32(lo.Work.LinearMean, lo.Fps),
            Esp32(hi.Work.GammaMean, hi.Fps) + " / " + Esp32(lo.Work.GammaMean, lo.Fps));
        Row(
            md,
            "**P5 end time**: end of the last out-breath / first frame dark and asleep, against press + chosen length (worst of the lengths)",
            "within one frame",
            End(hi) + Mark(hi.EndTimes.All(e => e.WithinOneFrame)),
            End(lo) + Mark(lo.EndTimes.All(e => e.WithinOneFrame)),
            same,
            same);
        string size = results.Nano == null
            ? "not found: build firmware/RelaxLamp.Core.Nano"
            : string.Create(Inv, $"{N(results.Nano.FileBytes)} B file ({N(results.Nano.IlBytes)} B IL in {results.Nano.Methods} methods, {N(results.Nano.MetadataBytes)} B metadata)");
        Row(md, "Nano build of the core: IL assembly size (" + results.NanoConfiguration + ")", "—", size, "one build", "— (bench only)", "— (bench only)");
        if (results.Timing == null || results.Timing.Count == 0)
        {
            Row(md, "Host time per frame (BenchmarkDotNet), ratio to baseline (a)", "—", "not run", "not run", "not run", "not run");
        }
        else
        {
            HostTimingResult th = results.Timing.FirstOrDefault(t => t.Fps == hi.Fps) ?? results.Timing[0];
            HostTimingResult tl = results.Timing.FirstOrDefault(t => t.Fps == lo.Fps) ?? th;
            Row(
                md,
                "Host time per frame (BenchmarkDotNet, in process): ns, and ratio to baseline (a)",
                "—",
                Ns(th.LampFrameNs, th.LinearFrameNs),
                Ns(tl.LampFrameNs, tl.LinearFrameNs),
                Ns(th.LinearFrameNs, th.LinearFrameNs) + " / " + Ns(tl.LinearFrameNs, tl.LinearFrameNs),
                Ns(th.GammaFrameNs, th.LinearFrameNs) + " / " + Ns(tl.GammaFrameNs, tl.LinearFrameNs));
        }
    }

    private static void Status(StringBuilder md, FpsFigures hi, FpsFigures lo)
    {
        md.AppendLine("## Status");
        md.AppendLine();
        var both = new[] { hi, lo };
        SmoothnessResult s = hi.Smoothness;
        string p1 = string.Create(Inv, $"P1: the lamp's largest step is {F(s.LampRatio, 2)} × the floor at {hi.Fps} fps and {F(lo.Smoothness.LampRatio, 2)} × at {lo.Fps} fps: {F(s.Lamp.From, 2)} → {F(s.Lamp.To, 2)}, {Minutes(s.Lamp.AtMs - hi.PressAtMs)} after the start press");
        p1 += Math.Abs(s.Lamp.Size - s.OneCodeStep) < 1e-9 ? ", one red code of one LED at the dark end, which is where the floor is." : ".";
        p1 += string.Create(Inv, $" Baseline (a)'s largest step is {F(s.Linear.From, 2)} → {F(s.Linear.To, 2)}, the whole ring moving by one code at once; (b)'s is {F(s.Gamma.From, 2)} → {F(s.Gamma.To, 2)}.");
        if (Math.Abs(s.Linear.Size - s.Gamma.Size) < 1e-9)
        {
            p1 += string.Create(Inv, $" At the night level no baseline channel goes above {MaxCode()} codes, and there a gamma table maps its 8-bit input onto the same few output codes as a linear fade, with nearly the same thresholds, so (a) and (b) step alike.");
        }

        Line(md, both.All(f => f.Smoothness.LampRatio <= Goals.SmoothnessRatio), p1);
        Line(md, both.All(f => Math.Abs(f.Drift.EndErrorMs) < Goals.DriftMs && f.Drift.CountsMatch), string.Create(Inv, $"P2: the session's last out-breath ends {Ms(hi.Drift.EndErrorMs, 3)} from the reference's ({hi.Drift.CoreBreaths} breaths in both)."));
        bool smallDuring = both.All(f => Math.Abs(f.Drift.MaxErrorMs) < Goals.DriftMs);
        string during = smallDuring
            ? string.Create(Inv, $"P2 during the session: every breath edge is within {Ms(Math.Abs(hi.Drift.MaxErrorMs), 3)} of the reference.")
            : string.Create(Inv, $"P2 during the session (not a stated goal, reported since it is what drift usually means): the core's breath edges run up to {Ms(hi.Drift.MaxErrorMs, 1)} from the reference ({(hi.Drift.MaxErrorMs < 0 ? "early" : "late")}), largest at {F(hi.Drift.MaxAtMinutes, 2)} min of {hi.Minutes} (the pace glides for the first {F(hi.Minutes * 0.4, 0)}), and the end rule takes it back to 0 over the last {ReferenceSchedule.EvenOutBreaths} breaths. Against a reference whose pace is cut toward the start pace to whole milli-breaths a minute, as the core's integer pace is, the largest error is {Ms(hi.DriftCoarsePace.MaxErrorMs, 3)}: that rounding of the pace is the {(Math.Abs(hi.DriftCoarsePace.MaxErrorMs) < 1 ? "whole" : "main")} cause (each gliding breath up to 0.6 ms short).");
        md.AppendLine((smallDuring ? "- ✓ " : "- ⚠ ") + during);
        Line(md, both.All(f => f.LampBytesPerFrame <= Goals.BytesPerFrame), string.Create(Inv, $"P3: {Bytes(hi.LampBytesPerFrame)} bytes per frame at {hi.Fps} fps, {Bytes(lo.LampBytesPerFrame)} at {lo.Fps} fps."));
        WorkResult w = hi.Work;
        string p4 = string.Create(Inv, $"P4: {N(w.LampMean)} IL instructions per breathing frame at {hi.Fps} fps ({N(lo.Work.LampMean)} at {lo.Fps}), worst frame {N(w.LampMax)} ({w.LampMaxState}, {Minutes(w.LampMaxAtMs)} after the start press), worst breathing frame {N(w.LampMaxBreathing)}. The counts are of the {Configuration()} build of the core.");
        if (w.LampMean > Goals.IlPerFrame)
        {
            p4 += string.Create(Inv, $" **Misses the goal of {N(Goals.IlPerFrame)}.** The lamp's renderer (Clear and Fill with what they call) takes {N(w.RenderMean)} of them ({F(100 * w.RenderMean / w.LampMean, 0)}%); the rest of the frame is {N(w.LampMean - w.RenderMean)}. Largest methods: {TopMethods(w, 4)}.");
            var clear = w.Breakdown.FirstOrDefault(b => b.Method.EndsWith("RingRenderer::Clear", StringComparison.Ordinal));
            if (clear.Method != null && clear.Calls > hi.Leds)
            {
                double getters = w.Breakdown.Where(b => b.Method.EndsWith("RingRenderer::get_FrameBytes", StringComparison.Ordinal) || b.Method.EndsWith("RingRenderer::get_LedCount", StringComparison.Ordinal)).Sum(b => b.Il);
                p4 += string.Create(Inv, $" Clear makes {N(clear.Calls)} calls a frame: it reads the FrameBytes property (which calls LedCount) once per byte of the frame, and the breathing Fill then writes every byte again. Clear with those getters is {N(clear.Il + getters)} IL; a breathing frame without them would be about {N(w.LampMean - clear.Il - getters)}.");
            }
        }

        Line(md, both.All(f => f.Work.LampMean <= Goals.IlPerFrame), p4);
        Line(md, both.All(f => f.EndTimes.All(e => e.WithinOneFrame)), string.Create(Inv, $"P5: the last out-breath ends {Ms(Worst(hi.EndTimes, e => e.ScheduleErrorMs), 3)} from press + length; the lamp is dark and asleep at the first frame after ({Ms(Worst(hi.EndTimes, e => e.AsleepErrorMs), 0)} at {hi.Fps} fps, {Ms(Worst(lo.EndTimes, e => e.AsleepErrorMs), 0)} at {lo.Fps} fps). The last light (one code) goes out {F(hi.EndTimes.Min(e => e.LastLitBeforeEndS), 1)} s before the end, where the end fade drops below half a code."));
    }

    private static void Interpreter(StringBuilder md, RelaxLamp.Bench.Interpreter.InterpreterResults? r)
    {
        if (r is null)
        {
            return;
        }

        md.AppendLine("## On the interpreter (nanoCLR)");
        md.AppendLine();
        if (r.Skipped != null)
        {
            md.AppendLine("Not measured: " + r.Skipped + ".");
            md.AppendLine();
            return;
        }

        md.AppendLine("The real nanoFramework interpreter, built for this Linux host from `../shared/nanoclr`, runs the nano build of the core (`tests/RelaxLamp.Scenarios.Nano`, the frame-cost windows of `tests/RelaxLamp.Scenarios/FrameCost.cs`, 50 fps). **nanoCLR IL** is what its IL-counting build dispatched per frame: the core, the frame loop around it and mscorlib's managed code, each window run with and without its frames and the difference divided by the frames. **Cecil IL** is the same window's core IL counted by the host instrumenter (P4's method), the core alone. The two differ by the frame loop's few IL: the core is all the interpreter runs per frame.");
        md.AppendLine();
        md.AppendLine("| Window | LEDs | Frames | States | nanoCLR IL / frame | Cecil IL / frame |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (RelaxLamp.Bench.Interpreter.InterpreterFigure w in r.Windows)
        {
            md.AppendLine(Inv, $"| {w.Window} | {w.Leds} | {w.Frames} | {w.States} | {N(w.InterpreterIl)} | {N(w.CecilIl)} |");
        }

        md.AppendLine();
        md.AppendLine("States are the lamp's state at the window's start and end (0 asleep, 1 welcome, 2 choosing, 3 breathing, 4 ending, 5 stopping). Windows: welcome 1 s after a cold power-up; choosing 0.3 s after the wake press; breathing at 1:00; press = the 2 s after a press at 1:00 (what answers it); ending = 10 s into the end fade of a 10-minute session.");
        md.AppendLine();
        md.AppendLine("Heap, on nanoCLR: mscorlib alone has no allocation counter (nanoFramework.Runtime.Native's `GC.Run` reports free memory only after collecting, which hides garbage), so the probe (`tests/RelaxLamp.Scenarios.Nano/HeapProbe.cs`) fills 9.5 of the 10 MiB host heap, leaves an object reachable only through a `WeakReference`, and runs a 20-minute session; the object survives only if no garbage collection ran, i.e. the session allocated less than the half MiB left (under 9 bytes a frame: less than the smallest object per frame). The control allocates 64 bytes a frame and must be collected:");
        md.AppendLine();
        md.AppendLine("    " + r.HeapSession);
        md.AppendLine("    " + r.HeapControl);
        md.AppendLine();
        md.AppendLine(Inv, $"The ring driver (`firmware/RelaxLamp.Core/Ring`, `tests/RelaxLamp.Ring.Nano`): **{N(r.RingIl)} IL per 24-LED frame** on nanoCLR for encoding the frame into RMT symbols and the send call (goal ≤ 2,000; 1,000 frames less none), and nothing allocated (3,000 frames in a squeezed heap; the control allocates 64 bytes a frame):");
        md.AppendLine();
        md.AppendLine("    " + r.RingHeap);
        md.AppendLine("    " + r.RingHeapControl);
        md.AppendLine();
        md.AppendLine(Inv, $"Host time on nanoCLR: the heap probe's 20-minute session took {F(r.HostMicrosPerFrame, 1)} µs a frame of this machine's time (24 LEDs, the whole session, ballast fill included). That is host time, *not* ESP32 time: an ESP32 interprets far slower; judge the device by the IL counts (0.9–2.6 ms a frame at 0.5–1.5 µs per IL).");
        md.AppendLine();
    }

    private static void Breakdown(StringBuilder md, FpsFigures f)
    {
        md.AppendLine(Inv, $"## Where a breathing frame's IL goes ({f.Fps} fps)");
        md.AppendLine();
        md.AppendLine("Each method's own basic blocks (not its callees), mean per breathing frame; methods under 1 instruction a frame left out.");
        md.AppendLine();
        md.AppendLine("| Method | IL per frame | Calls per frame |");
        md.AppendLine("|---|---:|---:|");
        foreach (var (method, il, calls) in f.Work.Breakdown.Where(b => b.Il >= 1))
        {
            md.AppendLine(Inv, $"| `{Short(method)}` | {N(il)} | {F(calls, 1)} |");
        }

        md.AppendLine(Inv, $"| **total** | **{N(f.Work.LampMean)}** | **{F(f.Work.LampCallsMean, 1)}** |");
        md.AppendLine();
        md.AppendLine(Inv, $"Renderers alone, mean IL per breathing frame: the lamp's {N(f.Work.RenderMean)}, baseline (a) {N(f.Work.LinearRenderMean)}, baseline (b) {N(f.Work.GammaRenderMean)}.");
    }

    private static void Method(StringBuilder md, BenchResults results, FpsFigures hi)
    {
        md.AppendLine("## Method");
        md.AppendLine();
        md.AppendLine("- **Driving.** The bench drives `RelaxLamp.Core.Lamp` itself, as the simulator and the device do: `PowerUp(0, Idle)`, one `Step` per frame at t = round(k × 1000 / fps) ms, the start press queued as timestamped edges (down 1013 ms after a frame, up 120 ms later). A session runs until the first frame that finds the lamp asleep again.");
        md.AppendLine("- **Baselines** (bench only, `tools/RelaxLamp.Bench/Baselines`). Each frame they get the lamp's own `Level`, turn it into linear light with the core's `Lightness.ToLinear` and light every LED alike. The unquantised code of each channel is c = linear × 765 × (palette channel / sum of the palette), the same code budget and split the lamp's renderer uses, so the top of a breath asks the same light. (a) linear 8-bit: the LED gets round(c). (b) gamma 2.8: the channel is held as the 8-bit gamma-encoded value v = round(255 × (c / 255)^(1/2.8)), its perceptual fraction, and the LED gets the table's gamma8[v] = round(255 × (v / 255)^2.8); without rounding that is exactly c. At the top of a night breath both give R6 G2 per LED, 6.5% above the unquantised top (R5.97 G1.68).");
        md.AppendLine("- **P1.** Total light of a frame = Σ over LEDs of 405 × red + 690 × green + 190 × blue (WS2812B datasheet mcd at full drive, PWM linear in the code), divided by the unquantised top of a night breath (the top level converted to linear light exactly, in double precision, times the ring's code budget and the palette's light per code), then CIE L* (116 ∛Y − 16, or 903.3 Y below Y = 0.008856). The unquantised curve is each frame's `Level` converted exactly and normalised alike. Compared: consecutive frames while Breathing or Ending, and into the first frame asleep; the choice arc before the first breath (part of the ring, a different animation) is left out. The floor is the larger of the curve's own largest step at that frame rate and one LED going from 0 to 1 code of the palette's dimmest channel (red: 405 mcd) at the dark end.");
        md.AppendLine("- **P2.** The reference schedule is computed in the bench in double precision from the spec, not from the core's code: the first in-breath at press + the start's pulses and pause (" + (Lamp.StartLengthMs(10) / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + ", " + (Lamp.StartLengthMs(15) / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + " or " + (Lamp.StartLengthMs(20) / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + " s for 10, 15, 20 min), t[k+1] = t[k] + 60 / pace(t[k]) with pace gliding linearly from 10 to 6 breaths a minute over 40% of the session from the press, in-breath = period / 2.5, and once the remaining time is under " + ReferenceSchedule.EvenOutBreaths + ".5 nominal breaths (so it rounds to at most " + ReferenceSchedule.EvenOutBreaths + ") it is split evenly into round(remaining / period) breaths. Every breath edge of the core (start, end of in-breath, end, in exact µs) is compared with the reference's.");
        md.AppendLine("- **P3.** `GC.GetAllocatedBytesForCurrentThread` before and after a whole session (press to asleep) on a lamp that has already run one, divided by the frames. The baselines' column adds their renderer's bytes per frame over the same levels (measured the same way) to the lamp's.");
        md.AppendLine("- **P4.** A copy of the net10.0 `RelaxLamp.Core.dll` is instrumented with Mono.Cecil: at the start of every basic block a call reports the block's IL instruction count and how many of them are calls (call, callvirt, calli, newobj). The copy is loaded with a copy of the bench into a collectible `AssemblyLoadContext` and run for a warm-up session and a counted one. Mean over breathing frames (Breathing and Ending), worst over every frame of the counted session. The baselines' figure is the lamp's frame with its renderer swapped: the frame's count minus the lamp's renderer run alone on the same level (Clear, then Fill of the whole ring, exactly what a breathing frame does) plus the baseline's renderer, itself instrumented (it calls the core's `Lightness.ToLinear`); their worst is over breathing frames. The call from the device's loop into `Step` is not counted. The count is of the build the bench runs against (" + Configuration() + " here): the C# compiler's IL is what nanoCLR runs, and the nano build compiles the same files with the same compiler; a Debug build's IL is about a quarter larger (nops, extra locals).");
        md.AppendLine(Inv, $"- **ESP32 estimate.** nanoCLR interprets IL; published figures for it are few (a `pin.Toggle()` loop runs at about 27 kHz on an ESP32, about 37 µs an iteration including the native call; the older .NET Micro Framework ran a bare `for` loop iteration of about 7 IL instructions in about 7 µs on a 48 MHz ARM7). From these we assume {F(Goals.Esp32MicrosPerIlLow, 1)}–{F(Goals.Esp32MicrosPerIlHigh, 1)} µs per simple IL instruction on an ESP32 at 240 MHz; calls cost several times a simple instruction, so call-heavy frames sit toward the high end. This is an estimate, not a measurement.");
        md.AppendLine("- **P5.** Measured from the start press (the physical event, not the lamp's idea of the start): the end of the core's last out-breath (exact µs) and the first frame whose state is Asleep (the light is 0 by then), against press + chosen length. Within one frame means the schedule's end is exact to under a frame and the lamp is asleep within one frame period after it.");
        md.AppendLine(Inv, $"- **Size.** `firmware/RelaxLamp.Core.Nano` compiled against nanoFramework's mscorlib ({results.NanoConfiguration}); the deployed .pe image cannot be made here, so the IL assembly stands in for it. For comparison the net10.0 build the bench ran is {(results.HostCore == null ? "not measured" : N(results.HostCore.FileBytes) + " B")}.");
        md.AppendLine("- **Host time.** BenchmarkDotNet, in-process toolchain, default job. `LampFrame` steps the lamp through back-to-back 20-minute sessions (every state in proportion); `LampRender`, `LinearRender` and `GammaRender` render the breathing levels of such a session. A baseline's frame = lamp frame − lamp render + baseline render. " + results.Environment);
        md.AppendLine("- **Traces.** `--trace FILE` reads a simulator trace (`t_ms,state,phase,level,ring`, ring = lowercase hex GRB per LED) and reports P1 on it; `--write-trace FILE` writes one of the bench's own sessions in that format.");
    }

    private static string Configuration() =>
        typeof(RelaxLamp.Core.Lamp).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .OfType<System.Diagnostics.DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled) ? "Debug (unoptimised IL: run the bench with -c Release)" : "Release";

    private static string TopMethods(WorkResult w, int n) =>
        string.Join(", ", w.Breakdown.Take(n).Select(b => string.Create(Inv, $"`{Short(b.Method)}` {N(b.Il)}")));

    private static int MaxCode()
    {
        // At the unquantised top of a night breath, the largest channel of a baseline LED.
        var p = Palette.Warm;
        double top = BenchSuite.NightScale(BenchSuite.Leds).TopLinear * 765 / (p.Red + p.Green + p.Blue);
        return (int)Math.Round(top * Math.Max(p.Red, Math.Max(p.Green, p.Blue)), MidpointRounding.AwayFromZero);
    }

    private static string Short(string method) => method.Replace("RelaxLamp.Core.", "", StringComparison.Ordinal).Replace("RelaxLamp.Bench.", "", StringComparison.Ordinal);

    private static double Worst(List<EndTimeResult> ends, Func<EndTimeResult, double> pick) =>
        ends.Select(pick).OrderByDescending(Math.Abs).FirstOrDefault();

    private static void Row(StringBuilder md, string figure, string goal, string lamp50, string lamp25, string a, string b) =>
        md.AppendLine(Inv, $"| {figure} | {goal} | {lamp50} | {lamp25} | {a} | {b} |");

    private static void Line(StringBuilder md, bool met, string text) => md.AppendLine((met ? "- ✓ " : "- ✗ ") + text);

    private static string Mark(bool met) => met ? " ✓" : " ✗";

    private static string F(double v, int decimals) => v.ToString("F" + decimals.ToString(Inv), Inv);

    private static string N(double v) => Math.Round(v).ToString("N0", Inv);

    private static string Ms(double v, int decimals) => (v > 0 ? "+" : v < 0 ? "−" : "") + F(Math.Abs(v), decimals) + " ms";

    private static string Bytes(double v) => v == 0 ? "0" : F(v, 2);

    private static string P1(double size, double ratio) => F(size, 2) + " = **" + F(ratio, 2) + " ×**";

    private static string Floor(SmoothnessResult s) => F(s.Floor, 2) + " = max(" + F(s.Curve.Size, 2) + ", " + F(s.OneCodeStep, 2) + ")";

    private static string DuringSession(DriftResult d) => Ms(d.MaxErrorMs, 2) + " at " + F(d.MaxAtMinutes, 2) + " min";

    private static string Il(double mean, long max) => N(mean) + " (" + N(max) + ")";

    private static string LampIl(WorkResult w) => N(w.LampMean) + " (" + N(w.LampMax) + "; " + N(w.LampMaxBreathing) + " breathing)";

    private static string Esp32(double il, int fps)
    {
        double low = il * Goals.Esp32MicrosPerIlLow / 1000;
        double high = il * Goals.Esp32MicrosPerIlHigh / 1000;
        double frameMs = 1000.0 / fps;
        return F(low, 1) + "–" + F(high, 1) + " ms (" + F(100 * low / frameMs, 0) + "–" + F(100 * high / frameMs, 0) + "%)";
    }

    private static string End(FpsFigures f)
    {
        double schedule = Worst(f.EndTimes, e => e.ScheduleErrorMs);
        double asleep = Worst(f.EndTimes, e => e.AsleepErrorMs);
        return Ms(schedule, 3) + " / " + Ms(asleep, 0) + " (frame " + F(1000.0 / f.Fps, 0) + " ms)";
    }

    private static string Ns(double ns, double baseline) => N(ns) + " ns = " + F(ns / baseline, 2) + " ×";

    private static string Minutes(long ms) => ms >= 60000 ? F(ms / 60000.0, 2) + " min" : F(ms / 1000.0, 2) + " s";
}
