namespace RelaxLamp.Scenarios
{
    /// <summary>Where the scenario lines go: Debug.WriteLine on nanoCLR, a list in the host test.</summary>
    public interface IScenarioOutput
    {
        /// <summary>Writes one line.</summary>
        void Line(string text);
    }
}
