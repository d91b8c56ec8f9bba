using System;
using System.IO;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The settings' two slots as two small files on the internal flash file system (drive I: on
    /// ESP32 targets). What goes in them, which slot is newest and which to write next is the core's
    /// (<see cref="SettingsSlots"/>, <see cref="SettingsCodec"/>); this class only moves bytes.
    /// </summary>
    internal sealed class SettingsStore
    {
        /// <summary>Slot 0's file.</summary>
        public const string Slot0Path = "I:\\relaxlamp0.set";

        /// <summary>Slot 1's file.</summary>
        public const string Slot1Path = "I:\\relaxlamp1.set";

        private static readonly byte[] NoFile = new byte[0];
        private readonly SettingsSlots _slots = new SettingsSlots();

        /// <summary>The newest good settings on the device, or the defaults (missing or unreadable files count as empty).</summary>
        public LampSettings Load()
        {
            var settings = new LampSettings();
            byte[] slot0 = Read(Slot0Path);
            byte[] slot1 = Read(Slot1Path);
            _slots.Load(slot0, slot0.Length, slot1, slot1.Length, settings);
            return settings;
        }

        /// <summary>Writes <paramref name="settings"/> to the slot the core chooses (never the newest good copy).</summary>
        public void Save(LampSettings settings)
        {
            byte[] record = _slots.Prepare(settings, out int slot);
            File.WriteAllBytes(slot == 0 ? Slot0Path : Slot1Path, record);
        }

        private static byte[] Read(string path)
        {
            try
            {
                return File.Exists(path) ? File.ReadAllBytes(path) : NoFile;
            }
            catch (Exception)
            {
                // A damaged file is a missing one: the other slot or the defaults still load.
                return NoFile;
            }
        }
    }
}
