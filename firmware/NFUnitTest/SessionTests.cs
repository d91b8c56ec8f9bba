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
            Assert.IsTrue(lamp.MaySleep, "may sleep");
            Assert.AreEqual(0, Frames.CodeSum(frame));

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
    }
}
