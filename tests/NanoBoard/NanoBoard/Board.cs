using System;
using System.Collections;
using System.Diagnostics;
using System.Threading;

namespace NanoBoard
{
    /// <summary>Called at the firmware's clock reads, with the board's time, so scripted inputs happen at a read.</summary>
    public delegate void TickHandler(long nowUs);

    /// <summary>Called with every buffer the firmware hands the RMT (serialised symbols).</summary>
    public delegate void FrameHandler(byte[] symbols);

    /// <summary>
    /// The virtual board's state, shared by the stand-ins: a clock, pin levels, the flash files, the
    /// wake cause, what the firmware did (events in order) and the faults to inject. One program run
    /// on nanoCLR plays several boots; the story drives it.
    /// </summary>
    /// <remarks>
    /// Time is virtual and advances only when the firmware's main thread reads it: each read returns
    /// the time and moves it on by <see cref="ReadStepUs"/>. The frame loop reads the clock twice a
    /// frame, so frames are 2 × ReadStepUs apart whatever the host's speed, and a run is repeatable.
    /// Reads on the firmware's other threads (the audio thread) return the time without moving it, so
    /// how the host schedules them cannot change the frames. The story may change ReadStepUs between
    /// reads: a step longer than the frame period is a frame whose work outlasts the period, after
    /// which the loop does not sleep, so a long stretch of a session runs at the interpreter's speed.
    /// </remarks>
    public static class Board
    {
        /// <summary>How far each read of the clock moves it by default, µs.</summary>
        public const long DefaultReadStepUs = 10000;

        /// <summary>Pins on the board (ESP32: GPIO 0 to 39).</summary>
        public const int PinCount = 40;

        private static readonly AutoResetEvent HaltedEvent = new AutoResetEvent(false);
        private static readonly ArrayList FlashFiles = new ArrayList();
        private static readonly ArrayList EventList = new ArrayList();
        private static readonly ArrayList Booted = new ArrayList();
        private static readonly ArrayList SideThreads = new ArrayList();
        private static readonly int[] Levels = new int[PinCount];
        private static long _nowUs;
        private static int _depth;
        private static Thread _firmware;
        private static Thread _story;
        private static int _presetPin = -1;
        private static int _presetLevel;

        /// <summary>How far each firmware read of the clock moves it, µs (the story may change it between reads).</summary>
        public static long ReadStepUs { get; set; } = DefaultReadStepUs;

        /// <summary>Edges still to drop: while &gt; 0, a level change of an input raises no ValueChanged (a lost edge), and counts down.</summary>
        public static int DropEdges { get; set; }

        /// <summary>Edges dropped since boot.</summary>
        public static int DroppedEdges { get; set; }

        /// <summary>True between an I2sDevice's construction and its Dispose (the bus clocks).</summary>
        public static bool I2sOpen { get; set; }

        /// <summary>I2S writes since boot, on any of the firmware's threads.</summary>
        public static int I2sWrites { get; set; }

        /// <summary>I2S writes attempted after the device was disposed, since boot.</summary>
        public static int I2sWritesAfterClose { get; set; }

        /// <summary>Time now, µs since boot (reading it here does not move it).</summary>
        public static long NowUs => _nowUs;

        /// <summary>The value of the firmware thread's last clock read that was not made inside a scripted input.</summary>
        public static long LastFirmwareReadUs { get; private set; }

        /// <summary>Number of clock reads on the firmware thread since boot.</summary>
        public static int FirmwareReads { get; private set; }

        /// <summary>The IDF wake cause the next boot reports (0 = power-up, 2 = EXT0).</summary>
        public static int WakeCause { get; set; }

        /// <summary>Why the firmware stopped: "deep sleep", "power cut", or null while it runs.</summary>
        public static string Halted { get; private set; }

        /// <summary>Deep-sleep wake-up armed: the pin mask and level of the last EnableWakeupByPin.</summary>
        public static ulong WakeMask { get; set; }

        /// <summary>The level the wake-up was armed for.</summary>
        public static int WakeLevel { get; set; }

        /// <summary>Runs at each firmware clock read (not at reads made inside it).</summary>
        public static TickHandler Tick { get; set; }

        /// <summary>Receives every RMT buffer.</summary>
        public static FrameHandler Frames { get; set; }

        /// <summary>When ≥ 0, the next flash write stores only this many bytes and the power is cut.</summary>
        public static int PowerCutAfterBytes { get; set; } = -1;

        /// <summary>When &gt; 0, the button pin's read number this many from now throws (a fault in the loop).</summary>
        public static int FailPinReadIn { get; set; }

        /// <summary>What the firmware did, in order ("pin 19 = 1", "rmt open 18", "deep sleep" …).</summary>
        public static ArrayList Events => EventList;

        /// <summary>The file at <paramref name="path"/> on flash (they survive boots), or null.</summary>
        public static byte[] File(string path)
        {
            for (int i = 0; i < FlashFiles.Count; i++)
            {
                var f = (FlashFile)FlashFiles[i];
                if (f.Path == path)
                {
                    return f.Data;
                }
            }

            return null;
        }

        /// <summary>Stores <paramref name="data"/> at <paramref name="path"/> (null deletes).</summary>
        public static void Store(string path, byte[] data)
        {
            for (int i = 0; i < FlashFiles.Count; i++)
            {
                var f = (FlashFile)FlashFiles[i];
                if (f.Path == path)
                {
                    if (data == null)
                    {
                        FlashFiles.RemoveAt(i);
                    }
                    else
                    {
                        f.Data = data;
                    }

                    return;
                }
            }

            if (data != null)
            {
                FlashFiles.Add(new FlashFile { Path = path, Data = data });
            }
        }

        private sealed class FlashFile
        {
            public string Path;
            public byte[] Data;
        }

        /// <summary>A pin's level: -1 never driven nor pulled, 0 low, 1 high.</summary>
        public static int Level(int pin) => Levels[pin];

        /// <summary>Sets a pin's level (the stand-ins and the story's button).</summary>
        public static void SetLevel(int pin, int level)
        {
            Levels[pin] = level;
        }

        /// <summary>Records what the firmware did.</summary>
        public static void Event(string text)
        {
            if (IsFirmwareThread)
            {
                EventList.Add(text);
            }
        }

        /// <summary>Records what one of the firmware's threads did, whichever thread (the audio thread's I2S writes).</summary>
        public static void EventAnyThread(string text)
        {
            lock (EventList)
            {
                EventList.Add(text);
            }
        }

        /// <summary>True on the current boot's firmware thread (a thread left from an earlier boot is not).</summary>
        public static bool IsFirmwareThread => Thread.CurrentThread == _firmware;

        /// <summary>Reads the clock: µs since boot. See the remarks on <see cref="Board"/>.</summary>
        public static ulong Read()
        {
            bool firmware = Thread.CurrentThread == _firmware;
            if (!firmware)
            {
                // Another thread of the firmware's (the audio thread): the time, unmoved.
                NoteSideThread();
                return (ulong)_nowUs;
            }

            bool outer = _depth == 0;
            if (outer)
            {
                _depth++;
                try
                {
                    TickHandler tick = Tick;
                    if (tick != null)
                    {
                        tick(_nowUs);
                    }
                }
                finally
                {
                    _depth--;
                }
            }

            long value = _nowUs;
            _nowUs += ReadStepUs;
            FirmwareReads++;

            if (outer)
            {
                LastFirmwareReadUs = value;
            }

            return (ulong)value;
        }

        /// <summary>
        /// Starts one boot: pins unset (the button's pull-up is the story's to set), the clock at
        /// <paramref name="bootUs"/> (what the bootloader and the CLR's start take), and
        /// <paramref name="main"/> on a thread of its own. Returns at once.
        /// </summary>
        public static Thread Boot(ThreadStart main, long bootUs, int wakeCause)
        {
            for (int i = 0; i < PinCount; i++)
            {
                Levels[i] = -1;
            }

            if (_presetPin >= 0)
            {
                Levels[_presetPin] = _presetLevel;
                _presetPin = -1;
            }

            EventList.Clear();
            _nowUs = bootUs;
            ReadStepUs = DefaultReadStepUs;
            DropEdges = 0;
            DroppedEdges = 0;
            I2sOpen = false;
            I2sWrites = 0;
            I2sWritesAfterClose = 0;
            LastFirmwareReadUs = 0;
            FirmwareReads = 0;
            WakeCause = wakeCause;
            WakeMask = 0;
            Halted = null;
            HaltedEvent.Reset();
            _story = Thread.CurrentThread;
            _firmware = new Thread(main);
            Booted.Add(_firmware);
            _firmware.Start();
            return _firmware;
        }

        /// <summary>
        /// The story is over: every boot's thread, each halted for good, and every other thread the
        /// firmware was seen on (an audio thread a power cut left waiting) is aborted so the program can end.
        /// </summary>
        public static void PowerOff()
        {
            _firmware = null;
            for (int i = 0; i < Booted.Count; i++)
            {
                ((Thread)Booted[i]).Abort();
            }

            Booted.Clear();
            lock (SideThreads)
            {
                for (int i = 0; i < SideThreads.Count; i++)
                {
                    var thread = (Thread)SideThreads[i];
                    if (thread.IsAlive)
                    {
                        thread.Abort();
                    }
                }

                SideThreads.Clear();
            }
        }

        /// <summary>Remembers the calling thread when it is none of the boots' main threads (for <see cref="PowerOff"/>).</summary>
        public static void NoteSideThread()
        {
            Thread current = Thread.CurrentThread;
            if (current == _firmware || current == _story || Booted.Contains(current))
            {
                return;
            }

            lock (SideThreads)
            {
                if (!SideThreads.Contains(current))
                {
                    SideThreads.Add(current);
                }
            }
        }

        /// <summary>A level the next <see cref="Boot"/> gives <paramref name="pin"/> (the button held through boot, or not).</summary>
        public static void Preset(int pin, int level)
        {
            _presetPin = pin;
            _presetLevel = level;
        }

        /// <summary>Waits up to <paramref name="realMs"/> of host time for the firmware to halt; true when it did.</summary>
        public static bool WaitHalted(int realMs)
        {
            return HaltedEvent.WaitOne(realMs, false);
        }

        /// <summary>
        /// Ends the boot from the firmware's own thread (deep sleep, a power cut): records why, lets
        /// the story go on, and never returns, as StartDeepSleep never does on the chip.
        /// </summary>
        public static void Halt(string why)
        {
            if (!IsFirmwareThread)
            {
                Thread.Sleep(Timeout.Infinite);
            }

            Event(why);
            Halted = why;
            HaltedEvent.Set();
            Thread.Sleep(Timeout.Infinite);
        }

        /// <summary>Prints one line of the board's log.</summary>
        public static void Log(string text)
        {
            Debug.WriteLine("board: " + text);
        }
    }
}
