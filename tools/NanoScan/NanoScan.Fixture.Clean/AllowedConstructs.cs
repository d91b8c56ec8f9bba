using System;

// Only what nanoCLR 1.x runs. Note what is left out on purpose: string interpolation and field-like
// events, which a net10.0 build compiles to generic calls (DefaultInterpolatedStringHandler,
// Interlocked.CompareExchange<T>) that a nano build does not emit.
namespace NanoScan.Fixture.Clean
{
    public enum Mode
    {
        Idle,
        Breathing,
    }

    public interface IShape
    {
        int Area();
    }

    public struct Size : IShape
    {
        public int Width;
        public int Height;

        public Size(int width, int height)
        {
            Width = width;
            Height = height;
        }

        public int Area() => Width * Height;
    }

    public class Lamp
    {
        private readonly int[] levels = { 1, 2, 3 };
        private readonly int[][] rows = { new[] { 1 }, new[] { 2, 3 } };

        public string? Name { get; set; }

        public Mode Mode { get; set; }

        public Action<int>? OnLevel;
        public Action<int, int>? OnPair;
        public Func<int>? Source;
        public Func<int, int>? Scale;
        public Func<int, int, int>? Combine;
        public EventHandler<EventArgs>? Changed;

        public int Sum()
        {
            int total = 0;
            foreach (int level in levels)
            {
                total += level;
            }

            for (int i = 0; i < rows.Length; i++)
            {
                total += rows[i][rows[i].Length - 1];
            }

            return total;
        }

        public int Run(int offset)
        {
            Scale = x => x * 2 + offset;
            Combine = (a, b) => a + b;
            OnLevel?.Invoke(Scale(1));
            OnPair?.Invoke(1, 2);
            Changed?.Invoke(this, EventArgs.Empty);
            return Combine(Scale(offset), Source is null ? 0 : Source());
        }

        public string Describe(IShape shape) => (Name ?? "lamp") + ": " + shape.Area().ToString();
    }
    // Static initialisers in the forms nanoCLR's eager, name-ordered start-up cannot break: tables of
    // constants, helpers of the type's own, another type's const (inlined), other assemblies, and
    // types with no static state of their own.
    public static class OwnTable
    {
        public const int Scale = 3;

        private static readonly int[] Squares = Build();

        private static readonly short[] Steps = { 7, 8, 9 };

        public static int Square(int i) => Squares[i] + Steps[0];

        private static int[] Build()
        {
            var table = new int[4];
            for (int i = 0; i < table.Length; i++)
            {
                table[i] = Times(i, i);
            }

            return table;
        }

        private static int Times(int a, int b) => a * b;
    }

    public sealed class PlainValue
    {
        public PlainValue(int value)
        {
            Value = value;
        }

        public int Value { get; }
    }

    public sealed class Swatch
    {
        public static readonly Swatch Warm = new Swatch(OwnTable.Scale);

        public static readonly PlainValue Plain = new PlainValue(OwnTable.Scale * 2);

        public static readonly string Label = string.Empty + "warm";

        private static int[]? lazy;

        private Swatch(int level)
        {
            Level = level;
        }

        public int Level { get; }

        // Read on first use, long after start-up: the order of static constructors no longer matters.
        public static int[] Lazy => lazy ??= new[] { OwnTable.Square(1) };
    }
}
