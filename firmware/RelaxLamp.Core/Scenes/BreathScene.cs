using RelaxLamp.Core.Breath;
using RelaxLamp.Core.Light;

namespace RelaxLamp.Core.Scenes
{
    /// <summary>
    /// A breath of the whole ring, in lightness relative to the breath's top (0..65535 = relative
    /// L* 0..100): the swell and ebb, the first breath's rise from black, and the fades that close a
    /// session. The eye judges the light against the brightest thing it has seen — the breath's top —
    /// so shaping every curve on this scale makes it look even whatever the brightness.
    /// </summary>
    public static class BreathScene
    {
        /// <summary>The bottom of a breath: relative L* 40. The light ebbs but does not go out, so a breath never looks like the start's pulses.</summary>
        public const int Floor = 26214;

        /// <summary>The light fades to black over the session's last this-many ms.</summary>
        public const int EndFadeMs = 75000;

        /// <summary>The breath's own shape at <paramref name="fullness"/> (0 bottom .. 65535 top, already eased).</summary>
        public static int Shape(int fullness) => Floor + Lightness.Scale(Ease.One - Floor, fullness);

        /// <summary>
        /// The end fade's envelope at <paramref name="t"/> for a session ending at <paramref name="endMs"/>:
        /// full until the fade, then a straight line to 0 at the end, so the breath's tops fall evenly to the eye.
        /// </summary>
        public static int EndEnvelope(long t, long endMs)
        {
            long left = endMs - t;
            if (left >= EndFadeMs)
            {
                return Ease.One;
            }

            return left <= 0 ? 0 : (int)(left * Ease.One / EndFadeMs);
        }

        /// <summary>
        /// The relative lightness of a breath: its shape at <paramref name="fullness"/>, under the first
        /// breath's rise <paramref name="rise"/>, the end fade <paramref name="end"/> and the stop fade
        /// <paramref name="stop"/> (all 0..65535), multiplied on the lightness scale.
        /// </summary>
        public static int Of(int fullness, int rise, int end, int stop)
        {
            int envelope = Lightness.Scale(rise, Lightness.Scale(end, stop));
            return Lightness.Scale(Shape(fullness), envelope);
        }
    }
}
