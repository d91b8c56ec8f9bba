namespace RelaxLamp.Scenarios
{
    /// <summary>Runs every scenario and the clip decode, one line each, then a closing count line.</summary>
    public static class ScenarioProgram
    {
        /// <summary>Lines <see cref="RunAll"/> writes: one per scenario, the clip decode, and the count.</summary>
        public const int LineCount = ScenarioSet.Count + 2;

        /// <summary>Writes every line to <paramref name="output"/>.</summary>
        public static void RunAll(IScenarioOutput output)
        {
            for (int i = 0; i < ScenarioSet.Count; i++)
            {
                output.Line(ScenarioRun.Run(ScenarioSet.Get(i)));
            }

            output.Line(ClipDecodeRun.Run());
            output.Line("scenarios=" + ScenarioSet.Count.ToString());
        }
    }
}
