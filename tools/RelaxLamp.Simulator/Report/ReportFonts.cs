using SkiaSharp;

namespace RelaxLamp.Simulator.Report
{
    /// <summary>A plain sans-serif font that this machine has, for both pictures.</summary>
    public static class ReportFonts
    {
        private static readonly string[] Candidates = { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Segoe UI", "Arial", "Helvetica" };

        /// <summary>The first candidate family installed, else whatever the system's default is.</summary>
        public static string SansFamily { get; } = Find();

        private static string Find()
        {
            foreach (string name in Candidates)
            {
                using SKTypeface? t = SKFontManager.Default.MatchFamily(name);
                if (t != null)
                {
                    return t.FamilyName;
                }
            }

            return SKTypeface.Default.FamilyName;
        }
    }
}
