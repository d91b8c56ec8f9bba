using nanoFramework.TestFramework;
using RelaxLamp.Core;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace NFUnitTest
{
    /// <summary>Whole runs of the lamp on nanoCLR, stepped as the device's loop steps it.</summary>
    [TestClass]
    public class SessionTests
    {
        private const int Leds = 24;
        private const int StepMs = 100;

        /// <summary>A 10-minute session woken by the button breathes, fades and ends dark at 10 minutes.</summary>
        [TestMethod]
        public void AShortSessionEndsDarkAtItsLength()
        {
            var settings = new LampSettings();
            settings.LengthMinutes = LampSettings.Length10;
            var lamp = new Lamp(Leds, settings);
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];

            lamp.PowerUp(0, PowerUpKind.ButtonWake, true);
            edges.Add(150, false); // the press that woke it ends
            Assert.AreEqual((int)LampState.Choosing, (int)lamp.State, "choosing");

            int max = Frames.Run(lamp, edges, frame, 0, 300000, StepMs);
            Assert.AreEqual((int)LampState.Breathing, (int)lamp.State, "breathing");
            Assert.IsTrue(Frames.CodeSum(frame) > 0, "lit while breathing");

            int maxLate = Frames.Run(lamp, edges, frame, 300000, 599900, StepMs);
            Assert.AreEqual((int)LampState.Ending, (int)lamp.State, "ending");
            Assert.IsFalse(lamp.MaySleep, "awake before the end");

            lamp.Step(600000, edges, frame);
            Assert.AreEqual((int)LampState.Asleep, (int)lamp.State, "asleep at 10 min");
            Assert.AreEqual(0, Frames.CodeSum(frame));
            Assert.IsFalse(lamp.MaySleep, "awake through the rest, to ignore a late press");
            Frames.Run(lamp, edges, frame, 600000, 600000 + Lamp.RestMs, StepMs);
            Assert.IsTrue(lamp.MaySleep, "may sleep");

            // Never brighter than the night level's top: about 1% of 24 x 765 codes.
            Assert.IsTrue(max <= 190 && maxLate <= 190, "night level");
            Assert.IsFalse(lamp.SettingsChanged, "nothing to save");
        }

        /// <summary>A cold power-up breathes once to show the lamp is alive, then it may sleep.</summary>
        [TestMethod]
        public void AColdPowerUpBreathesOnceThenSleeps()
        {
            var lamp = new Lamp(Leds, new LampSettings());
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];
            lamp.PowerUp(0, PowerUpKind.Cold, false);
            Assert.AreEqual((int)LampState.Welcome, (int)lamp.State, "welcome");

            int max = Frames.Run(lamp, edges, frame, 0, Lamp.WelcomeInMs, StepMs);
            Assert.IsTrue(max > 0, "lit");

            Frames.Run(lamp, edges, frame, Lamp.WelcomeInMs, Lamp.WelcomeInMs + Lamp.WelcomeOutMs + StepMs, StepMs);
            Assert.IsTrue(lamp.MaySleep, "may sleep");
            Assert.AreEqual(0, Frames.CodeSum(frame));
        }

        /// <summary>The button held 10 s from a cold power-up puts the settings back to the defaults.</summary>
        [TestMethod]
        public void HoldingTheButtonAtPowerUpResetsTheSettings()
        {
            var settings = new LampSettings();
            settings.Brightness = 3;
            settings.LengthMinutes = LampSettings.Length20;
            var lamp = new Lamp(Leds, settings);
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];
            lamp.PowerUp(0, PowerUpKind.Cold, true);

            Frames.Run(lamp, edges, frame, 0, 9000, StepMs);
            Assert.IsFalse(lamp.SettingsChanged, "not yet");

            Frames.Run(lamp, edges, frame, 9000, 10200, StepMs);
            Assert.IsTrue(lamp.Settings.SameAs(new LampSettings()), "defaults");
            Assert.IsTrue(lamp.SettingsChanged, "to be saved");
        }
            /// <summary>A press while breathing stops with a fade; a press during the fade brings the session back; nothing gets brighter or is saved.</summary>
        [TestMethod]
        public void APressStopsAndAnotherPressUndoes()
        {
            var lamp = new Lamp(Leds, new LampSettings());
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];
            lamp.PowerUp(0, PowerUpKind.Idle, false);
            edges.Add(100, true);
            edges.Add(220, false);
            int max = Frames.Run(lamp, edges, frame, 0, 60000, StepMs);
            Assert.AreEqual((int)LampState.Breathing, (int)lamp.State, "breathing");

            edges.Add(60000, true);
            edges.Add(60120, false);
            Frames.Run(lamp, edges, frame, 60000, 61000, StepMs);
            Assert.AreEqual((int)LampState.Stopping, (int)lamp.State, "a press stops");

            edges.Add(62000, true);
            edges.Add(62120, false);
            int maxAfter = Frames.Run(lamp, edges, frame, 61000, 90000, StepMs);
            Assert.AreEqual((int)LampState.Breathing, (int)lamp.State, "a press in the fade undoes");
            Assert.IsTrue(maxAfter <= max, "never brighter than before");
            Assert.IsFalse(lamp.SettingsChanged, "nothing to save");

            edges.Add(90000, true);
            edges.Add(90120, false);
            Frames.Run(lamp, edges, frame, 90000, 90000 + Lamp.StopFadeMs + 500, StepMs);
            Assert.AreEqual((int)LampState.Asleep, (int)lamp.State, "dark after the stop fade");
            Assert.AreEqual(0, Frames.CodeSum(frame));
        }

        /// <summary>A hold while breathing glides the light dimmer (never brighter on the way) and the level is kept.</summary>
        [TestMethod]
        public void AHoldDimsAndTheLevelIsKept()
        {
            var settings = new LampSettings();
            settings.Brightness = RelaxLamp.Core.Light.DimmerScale.Landmark3;
            var lamp = new Lamp(Leds, settings);
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];
            lamp.PowerUp(0, PowerUpKind.Idle, false);
            edges.Add(100, true);
            edges.Add(220, false);
            Frames.Run(lamp, edges, frame, 0, 60000, StepMs);
            int top = lamp.TopLevel;
            edges.Add(60000, true);
            int last = top;
            for (long t = 60000 + StepMs; t <= 63000; t += StepMs)
            {
                lamp.Step(t, edges, frame);
                Assert.IsTrue(lamp.TopLevel <= last, "never brighter on the way");
                last = lamp.TopLevel;
            }

            edges.Add(63000, false);
            Frames.Run(lamp, edges, frame, 63000, 64000, StepMs);
            Assert.IsTrue(lamp.TopLevel < top, "dimmer");
            Assert.IsTrue(lamp.Settings.Brightness < RelaxLamp.Core.Light.DimmerScale.Landmark3, "kept");
            Assert.AreEqual((int)LampState.Breathing, (int)lamp.State, "still breathing");
        }

        /// <summary>The length shows as pulses before the first breath: one for 10 minutes.</summary>
        [TestMethod]
        public void TheStartShowsTheLengthAsPulses()
        {
            var settings = new LampSettings();
            settings.LengthMinutes = LampSettings.Length10;
            var lamp = new Lamp(Leds, settings);
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];
            lamp.PowerUp(0, PowerUpKind.Idle, false);
            edges.Add(0, true);
            edges.Add(120, false);
            int pulses = 0;
            bool lit = false;
            for (long t = 20; t < RelaxLamp.Core.Scenes.PulseScene.LengthMs(1); t += 20)
            {
                lamp.Step(t, edges, frame);
                bool now = Frames.CodeSum(frame) > 0;
                if (now && !lit)
                {
                    pulses++;
                }

                lit = now;
                Assert.AreEqual((int)LampState.Choosing, (int)lamp.State, "choosing");
            }

            Assert.AreEqual(1, pulses, "one pulse for 10 minutes");
            Frames.Run(lamp, edges, frame, RelaxLamp.Core.Scenes.PulseScene.LengthMs(1), RelaxLamp.Core.Scenes.PulseScene.LengthMs(1) + 100, 20);
            Assert.AreEqual((int)LampState.Breathing, (int)lamp.State, "then the first breath");
        }
    }
}
