using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

// One small type per construct nanoCLR 1.x cannot run; tests/NanoScan.Tests names each type in a row.
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
}
