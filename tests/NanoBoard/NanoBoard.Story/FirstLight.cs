using System.Diagnostics;
using System.Threading;

namespace NanoBoard.Story
{
    /// <summary>
    /// The wake-to-first-light runs for the IL count (tests/RelaxLamp.Nano.Tests/VirtualBoardTests): one
    /// button wake of the firmware's unchanged Program, halted inside the RMT send it is measured to.
    /// Counted with nfrun-count; the test takes the difference to the baseline run, whose boot only
    /// calls the same halting path, so the count is the firmware's, from the start of Main, plus the
    /// fault handler the final abort runs (an upper bound by that much).
    /// </summary>
    internal static class FirstLight
    {
        /// <summary>Halt at the first RMT send (the dark frame as the rail comes up).</summary>
        public const int FirstSend = 1;

        /// <summary>Halt at the second send (the first frame the core rendered).</summary>
        public const int FirstFrame = 2;

        /// <summary>The baseline: a boot whose thread only runs the halting path.</summary>
        public const int Baseline = 3;

        private static int _target;
        private static int _sends;

        /// <summary>Runs one plan and prints <c>first-light: plan N halted</c>.</summary>
        public static void Run(int plan)
        {
            _target = plan == FirstFrame ? 2 : 1;
            _sends = 0;
            Board.Frames = OnSend;
            Board.Preset(RelaxLamp.Firmware.LampConfig.ButtonPin, 0);
            ThreadStart main = plan == Baseline ? new ThreadStart(Stub) : new ThreadStart(RelaxLamp.Firmware.Program.Main);
            Board.Boot(main, 300000, 2);
            bool halted = Board.WaitHalted(60000);

            // The abort runs the firmware's fault handler (a dark frame, the outputs off) before the
            // thread ends: counted too, in the plans that boot the firmware, not in the baseline.
            Board.PowerOff();
            Debug.WriteLine("first-light: plan " + plan.ToString() + (halted && _sends == _target ? " halted" : " did not halt") + " at send " + _sends.ToString()
                + ", clock reads " + Board.FirmwareReads.ToString());
        }

        private static void Stub()
        {
            OnSend(null);
        }

        private static void OnSend(byte[]? symbols)
        {
            _sends++;
            if (_sends >= _target)
            {
                Board.Halt("first light");
            }
        }
    }
}
