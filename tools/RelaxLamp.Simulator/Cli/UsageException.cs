using System;

namespace RelaxLamp.Simulator.Cli
{
    /// <summary>A bad command line: the message is one line naming the flag and what it accepts.</summary>
    public sealed class UsageException : Exception
    {
        /// <summary>Creates the error.</summary>
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
