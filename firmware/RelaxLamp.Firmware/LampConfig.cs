namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The lamp's wiring and ring, in one place. It must agree with hardware/pins.csv:
    /// tests/RelaxLamp.Hardware.Tests compiles this file and checks the two against each other.
    /// Plain constants only, so host tests can compile it without any device package.
    /// </summary>
    public static class LampConfig
    {
        /// <summary>GPIO driving the ring's data line (through the 3.3 V to 5 V level shifter).</summary>
        public const int RingDataPin = 18;

        /// <summary>GPIO switching the ring's power (drives the P-MOSFET's gate driver; high = ring on).</summary>
        public const int RingPowerPin = 19;

        /// <summary>The button: RTC-capable so it can wake the chip, not a strapping pin; internal pull-up, pressed = low.</summary>
        public const int ButtonPin = 27;

        /// <summary>Number of LEDs on the ring (8 to 60; 24 in the reference build).</summary>
        public const int RingLedCount = 24;

        /// <summary>LED type of the ring: "WS2812B" or "SK6812".</summary>
        public const string RingLedType = "WS2812B";

        /// <summary>I2S bit clock to the optional amplifier (MAX98357A BCLK).</summary>
        public const int I2sBitClockPin = 26;

        /// <summary>I2S word select to the optional amplifier (MAX98357A LRC).</summary>
        public const int I2sWordSelectPin = 25;

        /// <summary>I2S data out to the optional amplifier (MAX98357A DIN).</summary>
        public const int I2sDataOutPin = 22;

        /// <summary>True when the optional I2S amplifier and speaker are fitted.</summary>
#if RELAXLAMP_BOARD_SPEAKER
        // The virtual board (tests/NanoBoard) is built with the speaker fitted, so its story runs the
        // I2S start and shutdown; the lamp's own builds never define this.
        public const bool SpeakerFitted = true;
#else
        public const bool SpeakerFitted = false;
#endif
    }
}
