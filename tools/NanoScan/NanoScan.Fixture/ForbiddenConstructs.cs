using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

// One small type per construct nanoCLR 1.x cannot run; tools/NanoScan/NanoScan.Tests names each type in a row.
namespace NanoScan.Fixture
{
    public class GenericClass<T>
    {
        public T? Value;
    }

    public static class GenericMethod
    {
        public static T Identity<T>(T value) => value;
    }

    public class ListField
    {
        public List<int> Items = new List<int>();
    }

    public static class DictionaryUsage
    {
        public static int Count()
        {
            var map = new Dictionary<string, int>();
            map["a"] = 1;
            return map.Count;
        }
    }

    public static class MultiDimLocal
    {
        public static int Corner()
        {
            var grid = new int[2, 3];
            grid[1, 2] = 5;
            return grid[1, 2] + grid.Length;
        }
    }

    public class MultiDimField
    {
        public int[,]? Grid;
    }

    public enum Colour
    {
        Red,
        Green,
    }

    public static class EnumGetValues
    {
        public static int Count() => Enum.GetValues(typeof(Colour)).Length;
    }

    public static class LinqCall
    {
        public static int Total(int[] values) => values.Sum();
    }

    public static class AsyncMethod
    {
        public static async Task<int> RunAsync(int value)
        {
            await Task.Yield();
            return value;
        }
    }

    public static class MathSqrt
    {
        public static double Root(double value) => Math.Sqrt(value);
    }

    public static class ConsoleWrite
    {
        public static void Say(string text) => Console.WriteLine(text);
    }

    public static class StackAlloc
    {
        public static int First(int n)
        {
            Span<int> buffer = stackalloc int[n];
            buffer[0] = n;
            return buffer[0];
        }
    }

    public class NullableInt
    {
        public int? Level;
    }

    public class ThreeArgAction
    {
        // nano mscorlib has Action`1 and Action`2 only.
        public Action<int, int, int>? Handler;
    }

    public class ListInsideAllowedDelegate
    {
        public Action<List<int>>? Handler;
    }

    public class GenericBase : List<int>
    {
    }
    // The start-up trap (static-init-order): nanoCLR runs every .cctor eagerly in type-name order,
    // so a static initialiser that depends on another type's statics may see them null or 0.
    public static class StaticSource
    {
        public static readonly int[] Table = { 1, 2, 3 };

        public static int Compute(int x) => x * 2;
    }

    public sealed class InitialisedType
    {
        private static readonly int[] Steps = { 4, 5 };

        public int First => Steps[0];
    }

    public static class StaticSink
    {
        public static int Value;
    }

    public static class StaticReadsOtherType
    {
        public static readonly int Second = StaticSource.Table[1];
    }

    public static class StaticCallsOtherType
    {
        public static readonly int Six = StaticSource.Compute(3);
    }

    public static class StaticHelperReadsOtherType
    {
        // The dependency hides one call deep, in a helper of the type's own.
        public static readonly int[] Copy = Build();

        private static int[] Build() => new[] { StaticSource.Table[0], 7 };
    }

    public static class StaticConstructsInitialisedType
    {
        public static readonly InitialisedType Instance = new InitialisedType();
    }

    public static class StaticConstructorWritesOtherType
    {
        static StaticConstructorWritesOtherType()
        {
            StaticSink.Value = 3;
        }

        public static int Read() => StaticSink.Value;
    }
}
