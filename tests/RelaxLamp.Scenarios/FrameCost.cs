using RelaxLamp.Core;
using RelaxLamp.Core.Button;
using RelaxLamp.Core.Session;
using RelaxLamp.Core.Settings;

namespace RelaxLamp.Scenarios
{
    /// <summary>
    /// One window of frames to measure on the interpreter: a way into a moment of the lamp (a setup
    /// script), then a number of frames. The bench runs each window twice on the IL-counting nanoCLR,
    /// with and without the measured frames, so the difference over the frame count is the IL per frame.
    /// </summary>
    public static class FrameCost
    {
        /// <summary>Windows <see cref="Run"/> knows.</summary>
        public const int WindowCount = 5;

        /// <summary>Frames a second of every window.</summary>
        public const int Fps = 50;

        /// <summary>The window's name: welcome, choosing, breathing, press (the answer to a press in a session), ending.</summary>
        public static string Name(int window)
        {
            switch (window)
            {
                case 0: return "welcome";
                case 1: return "choosing";
                case 2: return "breathing";
                case 3: return "press";
                default: return "ending";
            }
        }

        /// <summary>Frames measured in <paramref name="window"/>.</summary>
        public static int Frames(int window)
        {
            return window == 1 || window == 3 ? 100 : window == 0 ? 200 : 500;
        }

        /// <summary>
        /// Runs <paramref name="window"/> on a ring of <paramref name="leds"/>: the setup, then the
        /// measured frames when <paramref name="measure"/>; returns the line: the lamp's state before and after.
        /// </summary>
        public static string Run(int window, int leds, bool measure)
        {
            var settings = new LampSettings();
            settings.LengthMinutes = LampSettings.Length10;
            var lamp = new Lamp(leds, settings);
            lamp.SpeakerFitted = true;
            var edges = new EdgeQueue();
            var frame = new byte[lamp.FrameBytes];

            long from = Start(window);
            if (window == 0)
            {
                lamp.PowerUp(0, PowerUpKind.Cold, false);
                Step(lamp, edges, frame, 0, from);
            }
            else
            {
                lamp.PowerUp(0, PowerUpKind.ButtonWake, true);
                edges.Add(150, false);
                if (window == 3)
                {
                    // The press is stepped in the setup: the window measures what answers it.
                    Step(lamp, edges, frame, 0, 59980);
                    edges.Add(60000, true);
                    edges.Add(60150, false);
                    Step(lamp, edges, frame, 59980, from);
                }
                else
                {
                    Step(lamp, edges, frame, 0, from);
                }
            }

            int before = (int)lamp.State;
            if (measure)
            {
                Step(lamp, edges, frame, from, from + (long)Frames(window) * (1000 / Fps));
            }

            return "cost " + Name(window) + " leds=" + leds.ToString() + " state=" + before.ToString() + "-" + ((int)lamp.State).ToString();
        }

        /// <summary>Where the measured frames of <paramref name="window"/> start, ms after power-up.</summary>
        public static long Start(int window)
        {
            // Welcome 1 s in; choosing 0.3 s after the wake press; breathing at 1:00; 0.2 s after a
            // press at 1:00; in the end fade of a 10-minute session (it starts at 8:45).
            return window == 0 ? 1000 : window == 1 ? 300 : window == 2 ? 60000 : window == 3 ? 60200 : 550000;
        }

        private static void Step(Lamp lamp, EdgeQueue edges, byte[] frame, long fromMs, long toMs)
        {
            for (long t = fromMs + (1000 / Fps); t <= toMs; t += 1000 / Fps)
            {
                lamp.Step(t, edges, frame);
            }
        }
    }
}
