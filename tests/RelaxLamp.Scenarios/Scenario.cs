using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Scenarios
{
    /// <summary>
    /// One scripted run of the lamp: the ring, the frame rate, how it powered up, its remembered
    /// settings (as the bytes on flash), its button, and what its clock does (stalls, a jump back, a
    /// start near the 32-bit millisecond wrap).
    /// </summary>
    public sealed class Scenario
    {
        /// <summary>Creates a scenario of <paramref name="durationMs"/> at 24 LEDs and 50 frames a second, woken by the button.</summary>
        public Scenario(string name, long durationMs)
        {
            Name = name;
            DurationMs = durationMs;
            Button.Owner = this;
        }

        /// <summary>Short name, printed before the hash.</summary>
        public string Name { get; }

        /// <summary>How long the scenario runs, ms of its own time.</summary>
        public long DurationMs { get; }

        /// <summary>LEDs on the ring.</summary>
        public int Leds = 24;

        /// <summary>Frames a second.</summary>
        public int Fps = 50;

        /// <summary>How the lamp powered up.</summary>
        public PowerUpKind PowerUp = PowerUpKind.ButtonWake;

        /// <summary>The button's level at power-up (a wake press is still down).</summary>
        public bool DownAtPowerUp = true;

        /// <summary>The button; with <see cref="DownAtPowerUp"/>, the first edge releases it.</summary>
        public PressScript Button = new PressScript();

        /// <summary>Settings slot 0 as read from flash (null: no file), and how many of its bytes were read.</summary>
        public byte[]? Slot0;

        /// <summary>Bytes of <see cref="Slot0"/> read.</summary>
        public int Slot0Length;

        /// <summary>Settings slot 1 as read from flash (null: no file).</summary>
        public byte[]? Slot1;

        /// <summary>Bytes of <see cref="Slot1"/> read.</summary>
        public int Slot1Length;

        /// <summary>The raw clock at the scenario's start, ms.</summary>
        public long StartMs = 1000;

        /// <summary>True: the raw clock is 32 bits of milliseconds and wraps to 0.</summary>
        public bool Wrap32;

        /// <summary>Every this many ms of scenario time the loop stalls (no frame) for <see cref="StallMs"/>; 0: never.</summary>
        public int StallEveryMs;

        /// <summary>Length of each stall, ms.</summary>
        public int StallMs = 500;

        /// <summary>At this scenario time the raw clock jumps back by <see cref="JumpBackMs"/>; 0: never.</summary>
        public long JumpBackAtMs;

        /// <summary>How far the raw clock jumps back, ms.</summary>
        public int JumpBackMs;

        /// <summary>Frame period, ms.</summary>
        public int PeriodMs => 1000 / Fps;

        /// <summary>Settings as remembered: encoded, as they would be on flash, into both slots.</summary>
        public Scenario Remember(LampSettings settings, int sequence)
        {
            Slot0 = new byte[SettingsCodec.RecordSize];
            SettingsCodec.Encode(settings, sequence, Slot0);
            Slot0Length = Slot0.Length;
            Slot1 = new byte[SettingsCodec.RecordSize];
            SettingsCodec.Encode(settings, sequence - 1, Slot1);
            Slot1Length = Slot1.Length;
            return this;
        }

        /// <summary>The raw clock the lamp sees at scenario time <paramref name="t"/>.</summary>
        public long RawAt(long t)
        {
            long raw = StartMs + t;
            if (JumpBackAtMs > 0 && t >= JumpBackAtMs)
            {
                raw -= JumpBackMs;
            }

            return Wrap32 ? raw & 0xFFFFFFFFL : raw;
        }

        /// <summary>True when the loop is stalled (makes no frame) at scenario time <paramref name="t"/>.</summary>
        public bool StalledAt(long t)
        {
            return StallEveryMs > 0 && t > StallEveryMs && t % StallEveryMs < StallMs;
        }
    }
}
