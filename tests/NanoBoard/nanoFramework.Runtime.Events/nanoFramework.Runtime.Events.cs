// Stand-in for nanoFramework.Runtime.Events 1.11.37 on the virtual board (run with nfrun --managed):
// only BaseEvent, the base of the GPIO event arguments, as the contract has it.

namespace nanoFramework.Runtime.Events
{
    // Only the base type of System.Device.Gpio.PinValueChangedEventArgs is needed.
    public class BaseEvent
    {
        public ushort Source;
        public byte Message;
    }
}
