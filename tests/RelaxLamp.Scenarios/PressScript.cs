namespace RelaxLamp.Scenarios
{
    /// <summary>A scenario's button: edges at times from the scenario's start, in order (arrays, for nanoCLR).</summary>
    public sealed class PressScript
    {
        private readonly long[] _times = new long[256];
        private readonly bool[] _downs = new bool[256];
        private int _count;

        /// <summary>The scenario this script belongs to, so a script can be built in one expression.</summary>
        public Scenario? Owner;

        /// <summary>Edges in the script.</summary>
        public int Count => _count;

        /// <summary>Time of edge <paramref name="index"/>, ms from the start.</summary>
        public long TimeAt(int index) => _times[index];

        /// <summary>True when edge <paramref name="index"/> is the button going down.</summary>
        public bool DownAt(int index) => _downs[index];

        /// <summary>Adds one edge.</summary>
        public PressScript Edge(long atMs, bool down)
        {
            _times[_count] = atMs;
            _downs[_count] = down;
            _count++;
            return this;
        }

        /// <summary>A press at <paramref name="atMs"/> held for <paramref name="holdMs"/>.</summary>
        public PressScript Press(long atMs, int holdMs)
        {
            return Edge(atMs, true).Edge(atMs + holdMs, false);
        }

        /// <summary>A short press (150 ms).</summary>
        public PressScript Tap(long atMs)
        {
            return Press(atMs, 150);
        }

        /// <summary><paramref name="count"/> short presses starting <paramref name="everyMs"/> apart.</summary>
        public PressScript Taps(long atMs, int count, int everyMs)
        {
            for (int i = 0; i < count; i++)
            {
                Press(atMs + (long)i * everyMs, everyMs / 2 < 150 ? everyMs / 2 : 150);
            }

            return this;
        }
    }
}
