using System;
using RelaxLamp.Core;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Scenarios.Nano
{
    /// <summary>
    /// What the interpreter can tell about the heap without nanoFramework.Runtime.Native (whose
    /// GC.Run reports free memory only after a collection, which hides garbage): fill the managed
    /// heap until less than half a MiB is free, leave an object reachable only through a WeakReference,
    /// run a whole session, and see whether the object survived. It survives only if no garbage
    /// collection ran, so everything the session allocated fits in what was free. Only for nanoCLR.
    /// </summary>
    internal static class HeapProbe
    {
        private const int Chunk = 4096;

        // 9.5 MiB of the 10 MiB heap: what the lamp, the program and mscorlib hold leaves at most about
        // 0.4 MiB free, less than the control's 64 bytes a frame over a session (3.8 MB) and more than
        // the session needs if it allocates nothing.
        private const int BallastBytes = 2432 * Chunk;

        /// <summary>A 20-minute session on 24 LEDs at 50 fps; <paramref name="allocatePerFrame"/> bytes of garbage a frame for the control.</summary>
        public static string Run(int allocatePerFrame)
        {
            var settings = new LampSettings();
            settings.LengthMinutes = LampSettings.Length20;
            var lamp = new Lamp(24, settings);
            lamp.SpeakerFitted = true;
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];
            lamp.PowerUp(0, PowerUpKind.ButtonWake, true);
            edges.Add(150, false);
            lamp.Step(20, edges, frame);

            object[] ballast = Squeeze();
            var sentinel = new WeakReference(new object());
            int frames = 0;
            object? garbage = null;
            for (long t = 40; t <= 20 * 60000 + 1000; t += 20)
            {
                lamp.Step(t, edges, frame);
                if (allocatePerFrame > 0)
                {
                    garbage = new byte[allocatePerFrame];
                }

                frames++;
            }

            bool collected = !sentinel.IsAlive;
            ballast = null!;
            return "heap frames=" + frames.ToString() + " ballast=" + BallastBytes.ToString()
                + " gc-during-session=" + (collected ? "1" : "0") + " asleep=" + (lamp.MaySleep ? "1" : "0") + (garbage == null ? "" : " control");
        }

        // Fills the heap (10 MiB in the host nanoCLR: targets/posix Memory.cpp) with 4 KB chunks up to
        // BallastBytes. It never fills it to failure: on this host nanoCLR a failed allocation crashes
        // the interpreter (exit 139) instead of throwing OutOfMemoryException.
        private static object[] Squeeze()
        {
            var kept = new object[BallastBytes / Chunk];
            for (int i = 0; i < kept.Length; i++)
            {
                kept[i] = new byte[Chunk];
            }

            return kept;
        }
    }
}
