namespace RelaxLamp.Core.Settings
{
    /// <summary>The choices the lamp remembers between sessions, with their ranges and defaults.</summary>
    public sealed class LampSettings
    {
        /// <summary>Session lengths offered, in minutes.</summary>
        public const int Length10 = 10;

        /// <summary>The middle length, the default.</summary>
        public const int Length15 = 15;

        /// <summary>The longest session.</summary>
        public const int Length20 = 20;

        /// <summary>Slowest target pace, in milli-breaths a minute.</summary>
        public const int MinPace = 5500;

        /// <summary>Fastest target pace, in milli-breaths a minute.</summary>
        public const int MaxPace = 7000;

        /// <summary>Default target pace: 6 breaths a minute.</summary>
        public const int DefaultPace = 6000;

        /// <summary>Shortest out-breath, as out over in in hundredths (1:1.2).</summary>
        public const int MinRatio = 120;

        /// <summary>Longest out-breath (1:2.5).</summary>
        public const int MaxRatio = 250;

        /// <summary>Default out-breath: 1.5 times the in-breath.</summary>
        public const int DefaultRatio = 150;

        /// <summary>Dimmer positions: 1 (the night floor, about 1% of the output) to 255 (the 15% cap); see <see cref="Light.DimmerScale"/>.</summary>
        public const int MaxBrightness = 255;

        /// <summary>Volume levels 1..3 (1 = the quietest).</summary>
        public const int MaxVolume = 3;

        /// <summary>Session length in minutes: 10, 15 or 20.</summary>
        public int LengthMinutes = Length15;

        /// <summary>Dimmer position 1..255 (1 = the night floor), set by the hold-dimmer during a session.</summary>
        public int Brightness = 1;

        /// <summary>Target pace in milli-breaths a minute, 5500..7000.</summary>
        public int PaceTarget = DefaultPace;

        /// <summary>Out-breath over in-breath, in hundredths, 120..250.</summary>
        public int Ratio = DefaultRatio;

        /// <summary>Colour of the light.</summary>
        public PaletteId Palette = PaletteId.Warm;

        /// <summary>Spoken guidance and breath cues on (only with a speaker fitted).</summary>
        public bool AudioOn = true;

        /// <summary>Volume 1..3.</summary>
        public int Volume = 1;

        /// <summary>True when every field is within its range.</summary>
        public bool IsValid =>
            (LengthMinutes == Length10 || LengthMinutes == Length15 || LengthMinutes == Length20)
            && Brightness >= 1 && Brightness <= MaxBrightness
            && PaceTarget >= MinPace && PaceTarget <= MaxPace
            && Ratio >= MinRatio && Ratio <= MaxRatio
            && (Palette == PaletteId.Warm || Palette == PaletteId.Red)
            && Volume >= 1 && Volume <= MaxVolume;

        /// <summary>Puts every field back to its default.</summary>
        public void ResetToDefaults()
        {
            LengthMinutes = Length15;
            Brightness = 1;
            PaceTarget = DefaultPace;
            Ratio = DefaultRatio;
            Palette = PaletteId.Warm;
            AudioOn = true;
            Volume = 1;
        }

        /// <summary>Copies every field from <paramref name="other"/>.</summary>
        public void CopyFrom(LampSettings other)
        {
            LengthMinutes = other.LengthMinutes;
            Brightness = other.Brightness;
            PaceTarget = other.PaceTarget;
            Ratio = other.Ratio;
            Palette = other.Palette;
            AudioOn = other.AudioOn;
            Volume = other.Volume;
        }

        /// <summary>True when every field equals <paramref name="other"/>'s.</summary>
        public bool SameAs(LampSettings other) =>
            LengthMinutes == other.LengthMinutes && Brightness == other.Brightness
            && PaceTarget == other.PaceTarget && Ratio == other.Ratio && Palette == other.Palette
            && AudioOn == other.AudioOn && Volume == other.Volume;

        /// <summary>The next session length in the 10 → 15 → 20 → 10 cycle.</summary>
        public static int NextLength(int minutes) => minutes == Length10 ? Length15 : minutes == Length15 ? Length20 : Length10;

        /// <summary>The target pace nudged about 10% slower (<paramref name="faster"/> false) or faster, kept in range, in steps of 50.</summary>
        public static int NudgePace(int pace, bool faster)
        {
            int step = ((pace / 10) + 25) / 50 * 50;
            int next = faster ? pace + step : pace - step;
            return next < MinPace ? MinPace : next > MaxPace ? MaxPace : next;
        }
    }
}
