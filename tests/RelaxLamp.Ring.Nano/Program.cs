using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using RelaxLamp.Core.Ring;

namespace RelaxLamp.Ring.Nano
{
    /// <summary>
    /// Encodes and "sends" <see cref="Plan"/> / 10 frames of 24 LEDs; the last digit 1 makes each frame
    /// also allocate 64 bytes (the heap probe's control). The IL difference between two frame counts
    /// is the cost per frame; a WeakReference sentinel in a squeezed heap shows whether a GC ran.
    /// </summary>
    public static class Program
    {
        private const int Chunk = 4096;

        // 9.5 MiB of the host nanoCLR's 10 MiB heap (as tests/RelaxLamp.Scenarios.Nano/HeapProbe):
        // what is left is far less than the control's 64 B a frame over the run's frames.
        private const int BallastBytes = 2432 * Chunk;

        /// <summary>Runs the plan and prints one line.</summary>
        public static void Main()
        {
            int plan = Plan();
            int frames = plan / 10;
            bool control = plan % 10 == 1;
            var encoder = new RmtFrameEncoder(24, LedTiming.Of("WS2812B"));
            var frame = new byte[encoder.FrameBytes];
            object[] ballast = control || frames > 0 ? Squeeze() : new object[0];
            var sentinel = new WeakReference(new object());
            object? garbage = null;
            for (int f = 0; f < frames; f++)
            {
                // A changing frame, as a breath's is; the loop's own cost is in both counts of a difference.
                frame[f % frame.Length] = (byte)f;
                encoder.Encode(frame);
                Send(encoder.Symbols);
                if (control)
                {
                    garbage = new byte[64];
                }
            }

            bool collected = !sentinel.IsAlive;
            Debug.WriteLine("ring frames=" + frames.ToString() + " symbols=" + encoder.SymbolCount.ToString()
                + " gc=" + (collected ? "1" : "0") + " ballast=" + ballast.Length.ToString() + (garbage == null ? "" : " control"));
        }

        /// <summary>Frames × 10, plus 1 for the allocating control.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Plan()
        {
            return 0;
        }

        /// <summary>Where the device calls TransmitterChannel.SendData (one native call): the IL of the call itself.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Send(byte[] symbols)
        {
        }

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
