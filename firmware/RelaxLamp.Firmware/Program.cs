using System;
using System.Diagnostics;

namespace RelaxLamp.Firmware
{
    /// <summary>The lamp's program: started by power-up, by the reset button and by every wake from deep sleep.</summary>
    public static class Program
    {
        /// <summary>Runs the lamp; it ends in deep sleep, never by returning.</summary>
        public static void Main()
        {
            LampShell shell;
            try
            {
                shell = new LampShell();
            }
            catch (Exception ex)
            {
                // The ring's supply is switched off first thing, so it was never lit: just sleep.
                Debug.WriteLine("fault at start: " + ex.Message);
                DeepSleep.AfterFault();
                return;
            }

            shell.Run();
        }
    }
}
