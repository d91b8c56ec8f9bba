namespace RelaxLamp.Core.Button
{
    /// <summary>
    /// Raw button edges, each with the time it happened, queued between frames. The device adds to it
    /// from the pin's change handler; <see cref="Lamp.Step"/> drains it once a frame. Sampling the pin
    /// once a frame would lose short presses; timestamping each edge loses nothing.
    /// </summary>
    /// <remarks>
    /// Fixed capacity, no allocation after construction. When full (a storm of bounces), the newest
    /// edge overwrites the last queued one, so the queue always ends on the button's true level.
    /// Not thread-safe by itself: the device shell locks around <see cref="Add"/> and the drain.
    /// </remarks>
    public sealed class EdgeQueue
    {
        private readonly long[] _times;
        private readonly bool[] _downs;
        private int _count;
        private int _dropped;

        /// <summary>Creates a queue that holds up to <paramref name="capacity"/> edges.</summary>
        public EdgeQueue(int capacity = 64)
        {
            if (capacity < 2)
            {
                throw new System.ArgumentOutOfRangeException(nameof(capacity));
            }

            _times = new long[capacity];
            _downs = new bool[capacity];
        }

        /// <summary>Edges waiting.</summary>
        public int Count => _count;

        /// <summary>Edges merged away because the queue was full, since construction.</summary>
        public int Dropped => _dropped;

        /// <summary>Queues an edge: <paramref name="down"/> is true when the button went down (pressed).</summary>
        public void Add(long timeMs, bool down)
        {
            if (_count == _times.Length)
            {
                _dropped++;
                _times[_count - 1] = timeMs;
                _downs[_count - 1] = down;
                return;
            }

            _times[_count] = timeMs;
            _downs[_count] = down;
            _count++;
        }

        /// <summary>Time of the edge at <paramref name="index"/>.</summary>
        public long TimeAt(int index) => _times[index];

        /// <summary>Whether the edge at <paramref name="index"/> is a press (true) or a release.</summary>
        public bool DownAt(int index) => _downs[index];

        /// <summary>Forgets every queued edge.</summary>
        public void Clear() => _count = 0;
    }
}
