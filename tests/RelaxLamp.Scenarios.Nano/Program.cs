using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace RelaxLamp.Scenarios.Nano
{
    /// <summary>
    /// The scenarios on nanoCLR, each line through Debug.WriteLine (which nfrun prints). A nano program
    /// has no command line, so <see cref="Plan"/> picks what runs; the bench writes copies of this
    /// program with another plan compiled in (NanoClrHost.PlanPatch).
    /// </summary>
    public static class Program
    {
        /// <summary>Runs what <see cref="Plan"/> says.</summary>
        public static void Main()
        {
            int plan = Plan();
            if (plan == 0)
            {
                ScenarioProgram.RunAll(new DebugOutput());
            }
            else if (plan == 1 || plan == 2)
            {
                Debug.WriteLine(HeapProbe.Run(plan == 2 ? 64 : 0));
            }
            else if (plan == 3 || plan == 4)
            {
                Debug.WriteLine(SoundCost.Run(plan == 3));
            }
            else if (plan >= 5 && plan <= 8)
            {
                // 5: setup only; 6: raw PCM; 7: IMA-ADPCM; 8: µ-law (codec id + 6).
                Debug.WriteLine(SoundCost.Compare(plan - 6));
            }
            else
            {
                // 10000 × (window + 1) + 10 × LEDs + 1 when the window's frames are stepped.
                Debug.WriteLine(FrameCost.Run(plan / 10000 - 1, plan % 10000 / 10, plan % 10 == 1));
            }
        }

        /// <summary>0: every scenario; 1: the heap probe; 2: the heap probe's allocating control; 3: the sound's cost (4: its baseline); 5-8: the codecs compared (5: their baseline); else a frame-cost window.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Plan()
        {
            return 0;
        }

        private sealed class DebugOutput : IScenarioOutput
        {
            public void Line(string text)
            {
                Debug.WriteLine(text);
            }
        }
    }
}
