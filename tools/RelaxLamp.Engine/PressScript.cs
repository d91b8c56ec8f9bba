using System;
using System.Collections.Generic;
using RelaxLamp.Core.Button;

namespace RelaxLamp.Engine
{
    /// <summary>
    /// The button's edges to come, in time order: a scripted list, plus what a person adds live.
    /// Each edge reaches the lamp with its own exact time, on the first frame at or after it.
    /// </summary>
    public sealed class PressScript
    {
        /// <summary>How long a plain press stays down, as a finger's quick press does.</summary>
        public const int TapMs = 120;

        private readonly List<ButtonEdge> _edges = new List<ButtonEdge>();
        private int _next;

        /// <summary>All edges, delivered or not.</summary>
        public IReadOnlyList<ButtonEdge> Edges => _edges;

        /// <summary>Edges not yet given to the lamp.</summary>
        public int Pending => _edges.Count - _next;

        /// <summary>Time of the latest edge, or -1 when there is none.</summary>
        public long LastEdgeMs => _edges.Count == 0 ? -1 : _edges[^1].TimeMs;

        /// <summary>True while the last edge added was a press not yet released.</summary>
        public bool IsHeld => _edges.Count > 0 && _edges[^1].Down;

        /// <summary>A script of one plain press at 0 ms: what a run does when nothing else is asked.</summary>
        public static PressScript SinglePress()
        {
            var s = new PressScript();
            s.AddPress(0, TapMs);
            return s;
        }

        /// <summary>Adds a press at <paramref name="atMs"/> held for <paramref name="heldMs"/>; presses must come in order and not overlap.</summary>
        public void AddPress(long atMs, long heldMs)
        {
            if (heldMs <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(heldMs), "a press lasts at least 1 ms");
            }

            Add(atMs, true);
            Add(atMs + heldMs, false);
        }

        /// <summary>Adds one edge; it must not be earlier than the last one and must change the level.</summary>
        public void Add(long timeMs, bool down)
        {
            if (timeMs < 0 || timeMs < LastEdgeMs || (LastEdgeMs >= 0 && timeMs == LastEdgeMs && down))
            {
                throw new ArgumentOutOfRangeException(nameof(timeMs), "edges must come in time order");
            }

            if (down == IsHeld)
            {
                throw new ArgumentException(down ? "the button is already down" : "the button is already up", nameof(down));
            }

            _edges.Add(new ButtonEdge(timeMs, down));
        }

        /// <summary>Queues every pending edge up to <paramref name="nowMs"/> for the lamp.</summary>
        public void Deliver(long nowMs, EdgeQueue queue)
        {
            ArgumentNullException.ThrowIfNull(queue);
            while (_next < _edges.Count && _edges[_next].TimeMs <= nowMs)
            {
                queue.Add(_edges[_next].TimeMs, _edges[_next].Down);
                _next++;
            }
        }
    }
}
