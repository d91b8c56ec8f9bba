using RelaxLamp.Core;
using RelaxLamp.Core.Button;

namespace NFUnitTest
{
    /// <summary>Drives a lamp frame by frame, as the device's loop does, and measures its frames.</summary>
    internal static class Frames
    {
        /// <summary>Sum of every channel code in a frame: the ring's total output in codes.</summary>
        public static int CodeSum(byte[] frame)
        {
            int sum = 0;
            for (int i = 0; i < frame.Length; i++)
            {
                sum += frame[i];
            }

            return sum;
        }

        /// <summary>Steps <paramref name="lamp"/> every <paramref name="stepMs"/> from after <paramref name="fromMs"/> up to <paramref name="toMs"/>; returns the brightest frame's code sum.</summary>
        public static int Run(Lamp lamp, EdgeQueue edges, byte[] frame, long fromMs, long toMs, int stepMs)
        {
            int max = 0;
            for (long t = fromMs + stepMs; t <= toMs; t += stepMs)
            {
                lamp.Step(t, edges, frame);
                int sum = CodeSum(frame);
                if (sum > max)
                {
                    max = sum;
                }
            }

            return max;
        }
    }
}
