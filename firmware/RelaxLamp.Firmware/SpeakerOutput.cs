using System;
using System.Device.I2s;
using System.Threading;
using nanoFramework.Hardware.Esp32;

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
    /// take at once: it keeps count of how much sound is queued, and <see cref="WaitForRoom(WaitHandle)"/>
    /// sleeps in managed code until the queue is short enough for one more block.
    /// </para>
    /// <para>
    /// Channel format <see cref="I2sChannelFormat.OnlyLeft"/>: one 16-bit sample per frame in the DMA
    /// buffer, which is exactly what <c>ClipCodec.DecodeBlockToPcm16Le</c> writes (the upstream I2S WAV
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
        /// <summary>Samples per second: the clips' rate (the tool always writes 16 kHz).</summary>
        public const int SampleRate = 16000;

        /// <summary>The first I2S controller (<c>I2S1_…</c> pin functions; ESP-IDF's I2S_NUM_0).</summary>
        private const int Bus = 1;

        /// <summary>
        /// DMA buffer bytes: the native code splits them into buffers of 256 frames (512 bytes at 16-bit
        /// mono), so 16 buffers, 4096 samples, 256 ms of sound, 8 KB of the chip's internal RAM.
        /// </summary>
        private const int DmaBytes = 8192;

        /// <summary>One DMA buffer: 256 frames of one 16-bit sample (DMA_BUF_LEN_IN_I2S_FRAMES in the native code).</summary>
        private const int DmaBufferBytes = 512;

        /// <summary>
        /// Write another block only when at most this much sound is queued: the audio thread then has
        /// this long to be scheduled, read and decode before the amplifier runs dry, and a queue of at
        /// most this plus two blocks (about 185 ms) always fits the DMA buffers, so no write waits.
        /// </summary>
        private const long LeadMicros = 120000;

        private readonly I2sDevice _device;

        // When everything written so far will have been played, in µs since boot.
        private long _queuedUntil;

        // Bytes written into the DMA buffer the driver is filling now.
        private int _partial;

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

        /// <summary>
        /// Waits until there is room for one more block, or until <paramref name="wake"/> is signalled.
        /// </summary>
        /// <returns>True when <paramref name="wake"/> ended the wait (a new command for the player).</returns>
        public bool WaitForRoom(WaitHandle wake)
        {
            long ahead = _queuedUntil - DeviceClock.NowMicros;
            if (ahead <= LeadMicros)
            {
                return false;
            }

            return wake.WaitOne((int)((ahead - LeadMicros) / 1000) + 1, false);
        }

        /// <summary>Waits until there is room for one more block.</summary>
        public void WaitForRoom()
        {
            long ahead = _queuedUntil - DeviceClock.NowMicros;
            if (ahead > LeadMicros)
            {
                Thread.Sleep((int)((ahead - LeadMicros) / 1000) + 1);
            }
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
        /// Samples of silence that end a sound: enough to fill the DMA buffer being written, plus a whole
        /// buffer when that fits in <paramref name="maxSamples"/>. The ESP-IDF driver keeps a partly written
        /// buffer and the DMA plays it as it stands, the rest holding whatever it held a lap earlier; filled
        /// up with zeros, no old sound is left to replay and the amplifier's input ends at zero.
        /// </summary>
        public int SilenceSamples(int maxSamples)
        {
            int bytes = (DmaBufferBytes - _partial) % DmaBufferBytes;
            if (bytes + DmaBufferBytes <= 2 * maxSamples)
            {
                bytes += DmaBufferBytes;
            }

            return bytes / 2;
        }

        /// <summary>
        /// Queues <paramref name="samples"/> 16-bit little-endian samples from the start of
        /// <paramref name="pcm"/>. Call <see cref="WaitForRoom()"/> first. Allocates nothing (a
        /// <see cref="SpanByte"/> is a struct).
        /// </summary>
        public void Write(byte[] pcm, int samples)
        {
            _device.Write(new SpanByte(pcm, 0, 2 * samples));
            _partial = (_partial + (2 * samples)) % DmaBufferBytes;
            long now = DeviceClock.NowMicros;
            long from = _queuedUntil > now ? _queuedUntil : now;
            _queuedUntil = from + (samples * 1000000L / SampleRate);
        }
    }
}
