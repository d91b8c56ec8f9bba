namespace RelaxLamp.Core.Ring
{
    /// <summary>
    /// How one LED type wants its bits: the pulse lengths the encoder sends, in RMT ticks of
    /// <see cref="TickNs"/>, and the windows its datasheet allows, in ns, so tests can check every
    /// pulse against them and the device can print them at boot. Data, not code: a new LED type is a
    /// new instance here.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Windows, from the makers' datasheets (checked against public copies and transcriptions, not
    /// against the PDFs from the makers' own sites, which were not reachable here):
    /// </para>
    /// <para>
    /// WS2812B (Worldsemi WS2812B, the original datasheet, e.g. Digi-Key's copy
    /// digikey.ch/…/htmldatasheets/production/1829370/0/0/1/ws2812b): T0H 0.40 µs, T1H 0.80 µs,
    /// T0L 0.85 µs, T1L 0.45 µs, each ± 150 ns (TH + TL = 1.25 µs ± 600 ns); reset above 50 µs.
    /// </para>
    /// <para>
    /// WS2812B-V5 (Worldsemi WS2812B-V5/W datasheet, as transcribed in public drivers that cite it,
    /// e.g. a ws2812.c naming "WS2812B-V5-W.PDF", and the same figures for the WS2812B-Mini V3 in a
    /// QMK keyboard config): T0H 220–380 ns, T1H 580–1000 ns, T0L 580–1000 ns, T1L 580–1000 ns; reset
    /// above 280 µs. Beware the look-alikes: transcriptions of the WS2812B-2020 and of other late
    /// Worldsemi parts give T1L 220–420 ns and T0L/T1H up to 1.6 µs in some revisions, so the
    /// V5 timing below (1 = 800/800 ns) is for V5 parts only; the WS2812B timing (1 = 800/400 ns)
    /// sits inside both T1L windows.
    /// </para>
    /// <para>
    /// SK6812 (Opsco SK6812 datasheet; the same figures in Hanron's SK6812 and in drivers that quote it,
    /// e.g. picbasic.co.uk's "Driving SK6812 RGBW LEDs"): T0H 0.3 µs, T1H 0.6 µs, T0L 0.9 µs,
    /// T1L 0.6 µs, each ± 150 ns; reset at least 80 µs.
    /// </para>
    /// <para>
    /// Every type gets a 300 µs reset, so a ring sold as "WS2812B" that is in fact a V5 still latches.
    /// </para>
    /// </remarks>
    public sealed class LedTiming
    {
        /// <summary>Length of one RMT tick in ns: the channel runs at <see cref="ResolutionHz"/>.</summary>
        public const int TickNs = 100;

        /// <summary>The RMT channel's resolution for <see cref="TickNs"/> ticks.</summary>
        public const int ResolutionHz = 10000000;

        /// <summary>Reset (latch) time every type gets, in ticks: 300 µs, above WS2812B-V5's 280 µs.</summary>
        public const int ResetTicks = 3000;

        /// <summary>Creates a timing; the windows are in ns.</summary>
        public LedTiming(
            string name,
            int zeroHighTicks, int zeroLowTicks, int oneHighTicks, int oneLowTicks,
            int zeroHighMinNs, int zeroHighMaxNs, int zeroLowMinNs, int zeroLowMaxNs,
            int oneHighMinNs, int oneHighMaxNs, int oneLowMinNs, int oneLowMaxNs,
            int resetMinNs)
        {
            Name = name;
            ZeroHighTicks = zeroHighTicks;
            ZeroLowTicks = zeroLowTicks;
            OneHighTicks = oneHighTicks;
            OneLowTicks = oneLowTicks;
            ZeroHighMinNs = zeroHighMinNs;
            ZeroHighMaxNs = zeroHighMaxNs;
            ZeroLowMinNs = zeroLowMinNs;
            ZeroLowMaxNs = zeroLowMaxNs;
            OneHighMinNs = oneHighMinNs;
            OneHighMaxNs = oneHighMaxNs;
            OneLowMinNs = oneLowMinNs;
            OneLowMaxNs = oneLowMaxNs;
            ResetMinNs = resetMinNs;
        }

        /// <summary>The type's name, as LampConfig.RingLedType spells it.</summary>
        public string Name { get; }

        /// <summary>A 0 bit's high time, in ticks.</summary>
        public int ZeroHighTicks { get; }

        /// <summary>A 0 bit's low time, in ticks.</summary>
        public int ZeroLowTicks { get; }

        /// <summary>A 1 bit's high time, in ticks.</summary>
        public int OneHighTicks { get; }

        /// <summary>A 1 bit's low time, in ticks.</summary>
        public int OneLowTicks { get; }

        /// <summary>Datasheet: shortest 0-bit high time, ns.</summary>
        public int ZeroHighMinNs { get; }

        /// <summary>Datasheet: longest 0-bit high time, ns.</summary>
        public int ZeroHighMaxNs { get; }

        /// <summary>Datasheet: shortest 0-bit low time, ns.</summary>
        public int ZeroLowMinNs { get; }

        /// <summary>Datasheet: longest 0-bit low time, ns.</summary>
        public int ZeroLowMaxNs { get; }

        /// <summary>Datasheet: shortest 1-bit high time, ns.</summary>
        public int OneHighMinNs { get; }

        /// <summary>Datasheet: longest 1-bit high time, ns.</summary>
        public int OneHighMaxNs { get; }

        /// <summary>Datasheet: shortest 1-bit low time, ns.</summary>
        public int OneLowMinNs { get; }

        /// <summary>Datasheet: longest 1-bit low time, ns.</summary>
        public int OneLowMaxNs { get; }

        /// <summary>Datasheet: shortest low time that latches the data (reset), ns.</summary>
        public int ResetMinNs { get; }

        /// <summary>
        /// The smallest distance, in ns, from any pulse this timing sends to the nearest edge of its
        /// datasheet window; negative when a pulse is outside its window.
        /// </summary>
        public int MarginNs
        {
            get
            {
                int m = Margin(ZeroHighTicks, ZeroHighMinNs, ZeroHighMaxNs, int.MaxValue);
                m = Margin(ZeroLowTicks, ZeroLowMinNs, ZeroLowMaxNs, m);
                m = Margin(OneHighTicks, OneHighMinNs, OneHighMaxNs, m);
                return Margin(OneLowTicks, OneLowMinNs, OneLowMaxNs, m);
            }
        }

        /// <summary>One line for the boot log, e.g. <c>WS2812B: 0 = 400/800 ns, 1 = 800/400 ns, reset 300 us, margin 100 ns</c>.</summary>
        public string Describe()
        {
            return Name + ": 0 = " + (ZeroHighTicks * TickNs).ToString() + "/" + (ZeroLowTicks * TickNs).ToString()
                + " ns, 1 = " + (OneHighTicks * TickNs).ToString() + "/" + (OneLowTicks * TickNs).ToString()
                + " ns, reset " + (ResetTicks * TickNs / 1000).ToString() + " us, margin " + MarginNs.ToString() + " ns";
        }

        /// <summary>The timing for <paramref name="type"/> ("WS2812B", "WS2812B-V5" or "SK6812"). Allocates: call it once.</summary>
        /// <exception cref="System.ArgumentException">An LED type this table does not know.</exception>
        public static LedTiming Of(string type)
        {
            if (type == "WS2812B")
            {
                // 0.4/0.8 µs and 0.8/0.4 µs: T0L and T1L sit 100 ns inside their ± 150 ns windows.
                return new LedTiming("WS2812B", 4, 8, 8, 4, 250, 550, 700, 1000, 650, 950, 300, 600, 50000);
            }

            if (type == "WS2812B-V5")
            {
                // V5's 0 high is short (at most 380 ns) and its lows long (at least 580 ns).
                return new LedTiming("WS2812B-V5", 3, 8, 8, 8, 220, 380, 580, 1000, 580, 1000, 580, 1000, 280000);
            }

            if (type == "SK6812")
            {
                // Every pulse at the datasheet's typical value, 150 ns from either edge.
                return new LedTiming("SK6812", 3, 9, 6, 6, 150, 450, 750, 1050, 450, 750, 450, 750, 80000);
            }

            throw new System.ArgumentException("unknown LED type");
        }

        private static int Margin(int ticks, int minNs, int maxNs, int soFar)
        {
            int ns = ticks * TickNs;
            int below = ns - minNs;
            int above = maxNs - ns;
            int m = below < above ? below : above;
            return m < soFar ? m : soFar;
        }
    }
}
