namespace RelaxLamp.Core.Settings
{
    /// <summary>
    /// Two alternating copies of the settings, so a power cut in the middle of a write loses at most
    /// the newest change: each save goes to the slot not holding the newest good copy.
    /// </summary>
    /// <remarks>The device stores slot 0 and slot 1 as two small files; this class only decides.</remarks>
    public sealed class SettingsSlots
    {
        private readonly LampSettings _scratch = new LampSettings();
        private readonly byte[] _record = new byte[SettingsCodec.RecordSize];
        private int _sequence = -1;
        private int _newestSlot = -1;

        /// <summary>Sequence number of the newest good copy loaded or saved; -1 when none.</summary>
        public int Sequence => _sequence;

        /// <summary>The slot (0 or 1) holding the newest good copy; -1 when none.</summary>
        public int NewestSlot => _newestSlot;

        /// <summary>
        /// Loads the newest good copy of two slots' bytes into <paramref name="into"/>, or the
        /// defaults when neither is good. Either array may be null (file missing). Never throws.
        /// Returns true when a good copy was found.
        /// </summary>
        public bool Load(byte[]? slot0, int length0, byte[]? slot1, int length1, LampSettings into)
        {
            // First only the sequence numbers (into a scratch copy), then the winner into the caller's.
            int seq0 = SettingsCodec.Decode(slot0, length0, _scratch);
            int seq1 = SettingsCodec.Decode(slot1, length1, _scratch);

            if (seq0 < 0 && seq1 < 0)
            {
                into.ResetToDefaults();
                _sequence = -1;
                _newestSlot = -1;
                return false;
            }

            // Sequence numbers wrap at 65536: the newer one is less than half the circle ahead.
            bool oneIsNewer = seq0 < 0 || (seq1 >= 0 && (short)(seq1 - seq0) > 0);
            int slot = oneIsNewer ? 1 : 0;
            SettingsCodec.Decode(slot == 0 ? slot0 : slot1, slot == 0 ? length0 : length1, into);

            _newestSlot = slot;
            _sequence = slot == 0 ? seq0 : seq1;
            return true;
        }

        /// <summary>
        /// Encodes <paramref name="settings"/> for saving; returns the slot (0 or 1) to write the
        /// returned bytes to (<see cref="SettingsCodec.RecordSize"/> long; the array is reused).
        /// </summary>
        public byte[] Prepare(LampSettings settings, out int slot)
        {
            int next = (_sequence + 1) & 0xFFFF;
            slot = _newestSlot == 0 ? 1 : 0;
            SettingsCodec.Encode(settings, next, _record);
            _sequence = next;
            _newestSlot = slot;
            return _record;
        }
    }
}
