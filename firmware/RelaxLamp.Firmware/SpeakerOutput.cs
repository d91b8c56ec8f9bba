using System;
using System.Device.I2s;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using RelaxLamp.Core.Audio;

namespace RelaxLamp.Firmware
{
    /// <summary>
    /// The optional MAX98357A amplifier on I2S bus 1: 16 kHz, 16-bit, mono, one <see cref="I2sDevice"/>
    /// for the life of the program. Used by the audio thread only.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <c>I2sDevice.Write</c> is a native call that waits (in the ESP32 native code, <c>i2s_write</c> with
    /// no timeout) until every byte is in the DMA buffers, and while a native call waits the whole
    /// interpreter waits: the frame loop too. So this class never writes more than the DMA buffers can
    /// take at once: it keeps count of how much sound is queued (<see cref="AheadMicros"/>), and the audio thread
    /// sleeps in managed code until the queue is short enough for one more block.
    /// </para>
    /// <para>
    /// Channel format <see cref="I2sChannelFormat.OnlyLeft"/>: one 16-bit sample per frame in the DMA
    /// buffer, which is exactly what <c>ClipPlayer.Read</c> writes (the upstream I2S WAV
    /// player sample also uses it for mono). <see cref="I2sChannelFormat.RightLeft"/> would need every
    /// sample written twice, doubling the interpreted work and the DMA traffic; the <c>All…</c> formats
    /// make the ESP-IDF driver expect two samples per frame, so mono data would play at half speed. The
    /// MAX98357A in its default mode plays (L+R)/2, so it does not matter which slot carries the
    /// sample, which is as well: the ESP32's left/right order has changed between ESP-IDF releases
    /// (the native code applies a workaround for esp-idf#6625). If the driver leaves the other slot at
    /// zero the speaker plays 6 dB softer than the clip's level; if it copies the sample into both, at
    /// the clip's level.
    /// </para>
    /// </remarks>
    internal sealed class SpeakerOutput
    {
        /// <summary>Samples per second: the player's (the tool always writes 16 kHz).</summary>
        public const int SampleRate = ClipPlayer.SampleRate;

        /// <summary>The first I2S controller (<c>I2S1_…</c> pin functions; ESP-IDF's I2S_NUM_0).</summary>
        private const int Bus = 1;

        /// <summary>
        /// DMA buffer bytes: the native code splits them into buffers of 256 frames (512 bytes at 16-bit
        /// mono), so 16 buffers, 4096 samples, 256 ms of sound, 8 KB of the chip's internal RAM.
        /// </summary>
        private const int DmaBytes = 8192;

        /// <summary>
        /// Write another block only when at most this much sound is queued: the audio thread then has
        /// this long to be scheduled before the amplifier runs dry, and a queue of at most this plus one
        /// block (152 ms) always fits the DMA buffers, so no write waits. A block is 1,024 bytes, two
        /// whole DMA buffers of 256 frames, so no buffer is ever left part-written with old sound in it.
        /// </summary>
        public const long LeadMicros = 120000;

        private readonly I2sDevice _device;

        // When everything written so far will have been played, in µs since boot.
        private long _queuedUntil;

        /// <summary>Routes the three pins to I2S bus 1 and starts the bus (it clocks from now on, silent).</summary>
        public SpeakerOutput()
        {
            Configuration.SetPinFunction(LampConfig.I2sBitClockPin, DeviceFunction.I2S1_BCK);
            Configuration.SetPinFunction(LampConfig.I2sWordSelectPin, DeviceFunction.I2S1_WS);
            Configuration.SetPinFunction(LampConfig.I2sDataOutPin, DeviceFunction.I2S1_DATA_OUT);
            var settings = new I2sConnectionSettings(Bus)
            {
                Mode = I2sMode.Master | I2sMode.Tx,
                SampleRate = SampleRate,
                BitsPerSample = I2sBitsPerSample.Bit16,
                ChannelFormat = I2sChannelFormat.OnlyLeft,
                CommunicationFormat = I2sCommunicationFormat.I2S,
                BufferSize = DmaBytes,
            };
            _device = new I2sDevice(settings);
        }

        /// <summary>Stops the bus: the ESP-IDF driver is uninstalled and the clocks stop. The lines keep their last level until the caller drives them.</summary>
        public void Dispose()
        {
            _device.Dispose();
        }

        /// <summary>How much sound is queued ahead of <paramref name="nowMicros"/>, µs (0 when the amplifier has played it all).</summary>
        public long AheadMicros(long nowMicros)
        {
            return _queuedUntil > nowMicros ? _queuedUntil - nowMicros : 0;
        }

        /// <summary>
        /// Waits until the amplifier has played everything written, or until <paramref name="wake"/> is signalled.
        /// </summary>
        /// <returns>True when <paramref name="wake"/> ended the wait.</returns>
        public bool WaitDrained(WaitHandle wake)
        {
            long ahead = _queuedUntil - DeviceClock.NowMicros;
            return ahead > 0 && wake.WaitOne((int)(ahead / 1000) + 1, false);
        }

        /// <summary>
        /// Queues <paramref name="samples"/> 16-bit little-endian samples from the start of
        /// <paramref name="pcm"/>. Call it only when <see cref="AheadMicros"/> is at most <see cref="LeadMicros"/>. Allocates nothing (a
        /// <see cref="SpanByte"/> is a struct).
        /// </summary>
        public void Write(byte[] pcm, int samples)
        {
            _device.Write(new SpanByte(pcm, 0, 2 * samples));
            long now = DeviceClock.NowMicros;
            long from = _queuedUntil > now ? _queuedUntil : now;
            _queuedUntil = from + (samples * 1000000L / SampleRate);
        }
    }
}
