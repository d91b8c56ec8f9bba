namespace RelaxLamp.Core.Light
{
    /// <summary>
    /// The dimmer's positions as the level of the breath's top: position 1 is the night floor (about
    /// 1% of the ring's output), 255 the cap (15%), evenly spaced in lightness between them, so every
    /// step of the glide looks the same size. Today's fixed levels are landmarks on it: 3% near
    /// position 78, 10% at 201.
    /// </summary>
    /// <remarks>
    /// The two ends are <see cref="Brightness.TopLevel"/>(1) and <see cref="Brightness.CapLevel"/>,
    /// written out as numbers: nanoCLR runs static initialisers in type-name order, so this type must
    /// not read another type's statics while it starts. The host tests check they agree.
    /// </remarks>
    public static class DimmerScale
    {
        /// <summary>The dimmest position: the night floor.</summary>
        public const int Floor = 1;

        /// <summary>The brightest position: the cap.</summary>
        public const int Cap = 255;

        /// <summary>Level of the breath's top at <see cref="Floor"/> (= Brightness.TopLevel(1), 1% of the output).</summary>
        public const int FloorLevel = 5888;

        /// <summary>Level of the breath's top at <see cref="Cap"/> (= Brightness.CapLevel, 15% of the output).</summary>
        public const int CapLevel = 29905;

        /// <summary>Position of the old level 2 (3% of the output).</summary>
        public const int Landmark2 = 78;

        /// <summary>Position of the old level 3 (10% of the output).</summary>
        public const int Landmark3 = 201;

        /// <summary>Sub-steps of a position in <see cref="TopLevelQ8"/>: a glide moves smoothly between positions.</summary>
        public const int Q8 = 256;

        /// <summary>The level of the breath's top at <paramref name="position"/> (clamped to 1..255).</summary>
        public static int TopLevel(int position) => TopLevelQ8(position * Q8);

        /// <summary>The level of the breath's top at a position in 1/256ths (clamped to the floor and the cap).</summary>
        public static int TopLevelQ8(int positionQ8)
        {
            int p = positionQ8 < Floor * Q8 ? Floor * Q8 : positionQ8 > Cap * Q8 ? Cap * Q8 : positionQ8;
            long span = CapLevel - FloorLevel;
            return FloorLevel + (int)(((span * (p - (Floor * Q8))) + ((Cap - Floor) * Q8 / 2)) / ((Cap - Floor) * Q8));
        }

        /// <summary>The position of an old fixed level 1, 2 or 3 (the simulator's and bench's --brightness).</summary>
        public static int OfLandmark(int level) => level <= 1 ? Floor : level == 2 ? Landmark2 : Landmark3;
    }
}
