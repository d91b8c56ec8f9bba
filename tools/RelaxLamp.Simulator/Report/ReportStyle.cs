namespace RelaxLamp.Simulator.Report
{
    /// <summary>The report's colours: dark pictures, like the room the lamp is for, and no blue in the light.</summary>
    public static class ReportStyle
    {
        /// <summary>Picture background.</summary>
        public const string Background = "#111111";

        /// <summary>Background of the data area.</summary>
        public const string Panel = "#181818";

        /// <summary>Axes, labels and titles.</summary>
        public const string Ink = "#c8c8c8";

        /// <summary>Secondary text.</summary>
        public const string Faint = "#8a8a8a";

        /// <summary>Grid lines.</summary>
        public const string Grid = "#2a2a2a";

        /// <summary>The light's curve: the warm palette's own colour.</summary>
        public const string Light = "#ff9a3c";

        /// <summary>The pace's curve.</summary>
        public const string Pace = "#9ad0c2";
    }
}
