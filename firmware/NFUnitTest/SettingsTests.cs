using nanoFramework.TestFramework;
using RelaxLamp.Core.Settings;

namespace NFUnitTest
{
    /// <summary>The settings record and its two slots on nanoCLR: bytes, CRC, sequence numbers.</summary>
    [TestClass]
    public class SettingsTests
    {
        private static LampSettings Chosen()
        {
            var s = new LampSettings();
            s.LengthMinutes = LampSettings.Length20;
            s.Brightness = 2;
            s.PaceTarget = 6500;
            s.Ratio = 200;
            s.Palette = PaletteId.Red;
            s.AudioOn = false;
            s.Volume = 3;
            return s;
        }

        /// <summary>What is encoded decodes to the same settings and sequence number.</summary>
        [TestMethod]
        public void ARecordRoundTrips()
        {
            var buffer = new byte[SettingsCodec.RecordSize];
            SettingsCodec.Encode(Chosen(), 1234, buffer);
            var read = new LampSettings();
            Assert.AreEqual(1234, SettingsCodec.Decode(buffer, buffer.Length, read));
            Assert.IsTrue(read.SameAs(Chosen()), "same settings");
        }

        /// <summary>A changed byte or a short record is rejected and changes nothing.</summary>
        [TestMethod]
        public void ACorruptRecordIsRejected()
        {
            var buffer = new byte[SettingsCodec.RecordSize];
            SettingsCodec.Encode(Chosen(), 7, buffer);
            var read = new LampSettings();
            Assert.AreEqual(-1, SettingsCodec.Decode(buffer, buffer.Length - 1, read));

            buffer[7] ^= 0x01;
            Assert.AreEqual(-1, SettingsCodec.Decode(buffer, buffer.Length, read));
            Assert.IsTrue(read.SameAs(new LampSettings()), "untouched");
        }

        /// <summary>Saves alternate between the slots, and loading picks the newest good copy.</summary>
        [TestMethod]
        public void SlotsAlternateAndTheNewestWins()
        {
            var slots = new SettingsSlots();
            var none = new byte[0];
            Assert.IsFalse(slots.Load(none, 0, none, 0, new LampSettings()), "nothing saved yet");

            var first = new LampSettings();
            byte[] record = slots.Prepare(first, out int slotA);
            byte[] a = (byte[])record.Clone();
            byte[] b = (byte[])slots.Prepare(Chosen(), out int slotB).Clone();
            Assert.AreEqual(0, slotA);
            Assert.AreEqual(1, slotB);

            var loaded = new LampSettings();
            Assert.IsTrue(new SettingsSlots().Load(a, a.Length, b, b.Length, loaded), "loaded");
            Assert.IsTrue(loaded.SameAs(Chosen()), "newest");

            // A torn write of the newest slot falls back to the older copy.
            b[3] = 0;
            loaded = new LampSettings();
            Assert.IsTrue(new SettingsSlots().Load(a, a.Length, b, b.Length, loaded), "fallback");
            Assert.IsTrue(loaded.SameAs(first), "older copy");
        }
    }
}
