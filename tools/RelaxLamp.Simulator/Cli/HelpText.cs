using System.Globalization;
using RelaxLamp.Core.Settings;
using RelaxLamp.Engine;

namespace RelaxLamp.Simulator.Cli
{
    /// <summary>What --help prints.</summary>
    public static class HelpText
    {
        /// <summary>The help, with the lamp's own defaults filled in.</summary>
        public static string Text
        {
            get
            {
                var d = new LampSettings();
                return string.Create(CultureInfo.InvariantCulture, $"""
                    RelaxLamp simulator: the lamp's own core on a virtual clock.

                    usage: dotnet run --project tools/RelaxLamp.Simulator -- [flags]

                    In a terminal it runs live, the ring breathing on screen:
                      space   tap the button           h       press and hold / release
                      1 2 3   time at 1x, 10x, 60x     q       quit
                    With no terminal, or with --headless, --trace or --report, it runs the
                    session as fast as it can and prints a summary.

                    Button script (times count from the first press, which is at 0s):
                      --press T           a press at T, held {PressScript.TapMs} ms; T like 0s, 1.2s, 500ms, 2m
                      --hold T:D          a press at T held for D, e.g. --hold 300s:2.5s
                      With neither, the button is pressed once at 0s. Both may repeat.
                    Stored settings the session starts from:
                      --length 10|15|20   minutes (default {d.LengthMinutes})
                      --brightness 1|2|3  where the dimmer starts: 1 the night floor (1%), 2 about 3%, 3 about 10%
                      --palette warm|red  (default warm)
                      --ratio 1.2..2.5    out-breath over in-breath (default {d.Ratio / 100m})
                      --pace 5.5..7       target breaths a minute (default {d.PaceTarget / 1000m})
                      --leds 8..60        LEDs on the ring (default {SimOptions.DefaultLeds})
                      --fps N             frames a second, {FrameClock.MinFps}..{FrameClock.MaxFps} (default {FrameClock.DefaultFps})
                      --volume 1|2|3      sound volume, 1 the quietest (default {d.Volume})
                      --sound on|off      spoken guidance and breath tones (default {(d.AudioOn ? "on" : "off")})
                    Sound (the lamp with its speaker fitted):
                      --audio FILE.wav    the session's sound, 16 kHz 16-bit mono, as long as the run;
                                          live, it also plays through pacat, aplay or ffplay at 1x
                      --audio-dir DIR     the clips (NN-name.rla) (default: the repo's assets/audio)
                      --no-body-scan      no body-scan phrases after the eight steps
                      --no-breath-tones   no soft tones on the breath's turns
                    Output:
                      --headless          headless even in a terminal
                      --trace FILE.csv    one row per frame: t_ms,state,phase,level,ring
                      --report DIR        session-plot.png, breath-strip.png and trace.csv
                      -h, --help          this help

                    Examples:
                      --press 0s --press 1.2s     the second press steps the length 15 -> 20 min (3 pulses)
                      --press 0s --press 300s     a press while breathing stops the session (a 5 s fade)
                      --press 300s --press 302s   ... and a press during that fade undoes the stop
                      --hold 300s:2.5s            a hold while breathing glides the light dimmer

                    """);
            }
        }
    }
}
