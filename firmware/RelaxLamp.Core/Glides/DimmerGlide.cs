using RelaxLamp.Core.Light;

namespace RelaxLamp.Core.Glides
{
    /// <summary>
    /// The hold-dimmer: while a hold lasts, the breath's top glides slowly, dimmer on the first hold
    /// of a session and the other way on each hold after; letting go keeps the level. It stops at
    /// the night floor and at the cap, so a hold of any length is safe.
    /// </summary>
    /// <remarks>
    /// Positions are <see cref="DimmerScale"/>'s, kept in 1/256ths so the top moves a little every
    /// frame; the whole way from the floor to the cap takes <see cref="SpanMs"/>. The first hold
    /// always dims: a hand that holds the button without meaning to can only make the lamp dimmer.
    /// </remarks>
    public sealed class DimmerGlide
    {
        /// <summary>Time to glide the whole way between the floor and the cap.</summary>
        public const int SpanMs = 10000;

        private const int SpanQ8 = (DimmerScale.Cap - DimmerScale.Floor) * DimmerScale.Q8;

        private int _restQ8 = DimmerScale.Floor * DimmerScale.Q8;
        private bool _gliding;
        private bool _down;
        private bool _nextDown = true;
        private long _since;
        private int _restLinear = Lightness.ToLinear(DimmerScale.FloorLevel);

        /// <summary>True while a hold is moving the light.</summary>
        public bool Gliding => _gliding;

        /// <summary>True when the glide running now makes the light dimmer.</summary>
        public bool Dimming => _down;

        /// <summary>Starts a session at <paramref name="position"/>: nothing moving, the next hold dims.</summary>
        public void Reset(int position)
        {
            _restQ8 = Clamp(position * DimmerScale.Q8);
            _restLinear = Lightness.ToLinear(DimmerScale.TopLevelQ8(_restQ8));
            _gliding = false;
            _nextDown = true;
        }

        /// <summary>A hold began to count at <paramref name="t"/>: the light starts to glide.</summary>
        public void Begin(long t)
        {
            _restQ8 = PositionQ8At(t);
            _since = t;
            _down = _nextDown;
            _gliding = true;
        }

        /// <summary>The hold ended at <paramref name="t"/>: the light stays where it is; returns that position (1..255) to remember.</summary>
        public int End(long t)
        {
            _restQ8 = PositionQ8At(t);
            _restLinear = Lightness.ToLinear(DimmerScale.TopLevelQ8(_restQ8));
            _gliding = false;
            _nextDown = !_down;
            return (_restQ8 + (DimmerScale.Q8 / 2)) / DimmerScale.Q8;
        }

        /// <summary>True when a glide would go nowhere at <paramref name="t"/>: at the floor dimming, or at the cap brightening.</summary>
        public bool AtLimit(long t)
        {
            int p = PositionQ8At(t);
            bool down = _gliding ? _down : _nextDown;
            return down ? p <= DimmerScale.Floor * DimmerScale.Q8 : p >= DimmerScale.Cap * DimmerScale.Q8;
        }

        /// <summary>The position at <paramref name="t"/>, in 1/256ths.</summary>
        public int PositionQ8At(long t)
        {
            if (!_gliding || t <= _since)
            {
                return _restQ8;
            }

            long moved = (t - _since) * SpanQ8 / SpanMs;
            if (moved > SpanQ8)
            {
                moved = SpanQ8;
            }

            return Clamp(_down ? _restQ8 - (int)moved : _restQ8 + (int)moved);
        }

        /// <summary>The level of the breath's top at <paramref name="t"/>.</summary>
        public int TopAt(long t) => DimmerScale.TopLevelQ8(PositionQ8At(t));

        /// <summary>The light of the breath's top at <paramref name="t"/> (<see cref="Lightness.ToLinear"/>'s scale), kept while nothing glides.</summary>
        public int TopLinearAt(long t) => _gliding ? Lightness.ToLinear(TopAt(t)) : _restLinear;

        private static int Clamp(int q8)
        {
            int lo = DimmerScale.Floor * DimmerScale.Q8;
            int hi = DimmerScale.Cap * DimmerScale.Q8;
            return q8 < lo ? lo : q8 > hi ? hi : q8;
        }
    }
}
