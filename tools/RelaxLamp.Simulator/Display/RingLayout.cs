using System;

namespace RelaxLamp.Simulator.Display
{
    /// <summary>
    /// Where each LED sits on a grid of terminal cells: a circle, LED 0 at the top, going clockwise.
    /// Cells are about twice as tall as wide, so columns are spread twice as far as rows.
    /// </summary>
    public sealed class RingLayout
    {
        private readonly int[] _rows;
        private readonly int[] _cols;

        private RingLayout(int ledCount, int radius)
        {
            Radius = radius;
            Rows = (2 * radius) + 1;
            Columns = (4 * radius) + 1;
            _rows = new int[ledCount];
            _cols = new int[ledCount];
            for (int i = 0; i < ledCount; i++)
            {
                double a = 2 * Math.PI * i / ledCount;
                _rows[i] = radius - (int)Math.Round(radius * Math.Cos(a), MidpointRounding.AwayFromZero);
                _cols[i] = (2 * radius) + (int)Math.Round(2 * radius * Math.Sin(a), MidpointRounding.AwayFromZero);
            }
        }

        /// <summary>Radius in rows.</summary>
        public int Radius { get; }

        /// <summary>Rows of the grid.</summary>
        public int Rows { get; }

        /// <summary>Columns of the grid.</summary>
        public int Columns { get; }

        /// <summary>The smallest circle (4 rows or more) on which no two LEDs share or touch a cell.</summary>
        public static RingLayout For(int ledCount)
        {
            for (int radius = 4; ; radius++)
            {
                var layout = new RingLayout(ledCount, radius);
                if (layout.Separated())
                {
                    return layout;
                }
            }
        }

        /// <summary>The LED drawn at a cell, or -1.</summary>
        public int LedAt(int row, int col)
        {
            for (int i = 0; i < _rows.Length; i++)
            {
                if (_rows[i] == row && _cols[i] == col)
                {
                    return i;
                }
            }

            return -1;
        }

        private bool Separated()
        {
            for (int i = 0; i < _rows.Length; i++)
            {
                for (int j = i + 1; j < _rows.Length; j++)
                {
                    if (_rows[i] == _rows[j] && Math.Abs(_cols[i] - _cols[j]) < 2)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
