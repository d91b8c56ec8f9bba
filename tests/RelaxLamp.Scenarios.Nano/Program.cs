using System.Diagnostics;
using RelaxLamp.Scenarios;

namespace RelaxLamp.Scenarios.Nano
{
    /// <summary>The scenarios on nanoCLR: each line through Debug.WriteLine, which nfrun prints.</summary>
    public static class Program
    {
        /// <summary>Runs every scenario.</summary>
        public static void Main()
        {
            ScenarioProgram.RunAll(new DebugOutput());
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
