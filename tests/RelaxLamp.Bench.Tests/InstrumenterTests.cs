using System;
using System.Linq;
using System.Reflection;
using Mono.Cecil;
using RelaxLamp.Bench.IlCount;
using RelaxLamp.Core;
using Xunit;

namespace RelaxLamp.Bench.Tests;

public sealed class InstrumenterTests
{
    private static readonly InstrumentedAssemblies Images = WorkPerFrame.Instrument();

    [Fact]
    public void Blocks_cover_every_instruction_once()
    {
        using var module = ModuleDefinition.ReadModule(typeof(Lamp).Assembly.Location);
        foreach (MethodDefinition m in module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
        {
            var blocks = Instrumenter.BlocksOf(m.Body);
            Assert.Equal(m.Body.Instructions.Count, blocks.Sum(b => b.Instructions));
            Assert.Equal(m.Body.Instructions.Count(i => Instrumenter.IsCall(i.OpCode)), blocks.Sum(b => b.Calls));
        }
    }

    [Fact]
    public void A_straight_line_method_counts_exactly_its_instructions()
    {
        // Lightness.Scale is one basic block with no calls: one call to it runs all of its IL once.
        using var module = ModuleDefinition.ReadModule(typeof(Lamp).Assembly.Location);
        MethodDefinition scale = module.GetType("RelaxLamp.Core.Light.Lightness").Methods.Single(m => m.Name == "Scale");
        Assert.Single(Instrumenter.BlocksOf(scale.Body));

        var (il, calls, result) = CountOne("RelaxLamp.Core.Light.Lightness", "Scale", 40000, 30000);

        Assert.Equal(scale.Body.Instructions.Count, il);
        Assert.Equal(0, calls);
        Assert.Equal(Core.Light.Lightness.Scale(40000, 30000), result);
    }

    [Fact]
    public void Different_paths_count_differently_and_compute_the_same()
    {
        // Ease.Curve takes the early returns or the table path: different inputs, different counts, same results.
        var (low, _, r0) = CountOne("RelaxLamp.Core.Breath.Ease", "Curve", 0, 0);
        var (mid, _, r1) = CountOne("RelaxLamp.Core.Breath.Ease", "Curve", 30000, 0);
        Assert.True(mid > low);
        Assert.Equal(Core.Breath.Ease.Curve(0), r0);
        Assert.Equal(Core.Breath.Ease.Curve(30000), r1);
    }

    private static (long Il, long Calls, int Result) CountOne(string type, string method, int a, int b)
    {
        var context = new CountingContext(Images);
        try
        {
            Type counter = context.Bench.GetType(typeof(IlCounter).FullName!, throwOnError: true)!;
            counter.GetMethod(nameof(IlCounter.Reset))!.Invoke(null, new object[] { Images.Methods.Count });
            MethodInfo target = context.Core.GetType(type, throwOnError: true)!.GetMethod(method)!;
            object[] args = target.GetParameters().Length == 2 ? new object[] { a, b } : new object[] { a };

            // Run once to get the static constructor out of the way, then count a second call.
            target.Invoke(null, args);
            counter.GetMethod(nameof(IlCounter.Reset))!.Invoke(null, new object[] { Images.Methods.Count });
            int result = (int)target.Invoke(null, args)!;
            long il = (long)counter.GetProperty(nameof(IlCounter.Instructions))!.GetValue(null)!;
            long calls = (long)counter.GetProperty(nameof(IlCounter.Calls))!.GetValue(null)!;
            return (il, calls, result);
        }
        finally
        {
            context.Unload();
        }
    }
}
