using RelaxLamp.Core;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Scenarios
{
    /// <summary>
    /// Runs a <see cref="Scenario"/> as the device's loop runs the lamp — button edges queued at their
    /// own times, one <see cref="Lamp.Step"/> a frame into one buffer, settings saved when they change —
    /// and hashes every frame's bytes with the lamp's state, phase, level and sound cue.
    /// </summary>
    public static class ScenarioRun
    {
        /// <summary>Runs <paramref name="scenario"/>; returns its line: name, frames, hash, final state and settings.</summary>
        public static string Run(Scenario scenario)
        {
            var slots = new SettingsSlots();
            var settings = new LampSettings();
            bool loaded = slots.Load(scenario.Slot0, scenario.Slot0Length, scenario.Slot1, scenario.Slot1Length, settings);

            var lamp = new Lamp(scenario.Leds, settings);
            lamp.SpeakerFitted = true;
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];
            var hash = new FrameHash();
            PressScript button = scenario.Button;

            lamp.PowerUp(scenario.RawAt(0), scenario.PowerUp, scenario.DownAtPowerUp);
            int next = 0;
            int frames = 0;
            int saves = 0;
            int period = scenario.PeriodMs;
            for (long t = period; t <= scenario.DurationMs; t += period)
            {
                // Edges reach the queue as the pin handler stamps them, stalled loop or not.
                while (next < button.Count && button.TimeAt(next) <= t)
                {
                    edges.Add(scenario.RawAt(button.TimeAt(next)), button.DownAt(next));
                    next++;
                }

                if (scenario.StalledAt(t))
                {
                    continue;
                }

                lamp.Step(scenario.RawAt(t), edges, frame);
                frames++;
                hash.Add(frame, frame.Length);
                hash.Add((int)lamp.State | ((int)lamp.Phase << 8));
                hash.Add(lamp.Level);
                hash.Add(lamp.CueClip | (lamp.CueGain << 8));

                if (lamp.SettingsChanged && lamp.MaySleep)
                {
                    // As the shell does: save once the lamp is dark, into the older slot.
                    int slot;
                    byte[] record = slots.Prepare(lamp.Settings, out slot);
                    hash.Add(record, record.Length);
                    hash.Add(slot);
                    lamp.MarkSaved();
                    saves++;
                }
            }

            LampSettings s = lamp.Settings;
            return scenario.Name + " frames=" + frames.ToString() + " hash=" + FrameHash.Hex(hash.Value)
                + " state=" + ((int)lamp.State).ToString() + " sleep=" + (lamp.MaySleep ? "1" : "0")
                + " loaded=" + (loaded ? "1" : "0") + " saves=" + saves.ToString()
                + " settings=" + s.LengthMinutes.ToString() + "/" + s.Brightness.ToString() + "/" + s.PaceTarget.ToString()
                + "/" + s.Ratio.ToString() + "/" + ((int)s.Palette).ToString() + "/" + (s.AudioOn ? "1" : "0") + "/" + s.Volume.ToString();
        }
    }
}
