using RelaxLamp.Core.Time;
using Xunit;

namespace RelaxLamp.Core.Tests;

public class FramePacingTests
{
    [Theory]
    [InlineData(0, 10)]             // nothing measured: 100 frames a second at most
    [InlineData(-5, 10)]
    [InlineData(1_000, 10)]         // a fast driver: still 100 fps
    [InlineData(8_000, 12)]         // 8 ms of work: 10 ms + 2 ms of room
    [InlineData(20_000, 27)]        // the old RMT driver on 24 LEDs: about 37 fps
    [InlineData(60_000, 50)]        // slower than 20 fps is not allowed: the core is made for 20 to 100
    [InlineData(int.MaxValue, 50)]
    public void The_period_leaves_room_and_stays_between_20_and_100_fps(int workMicros, int expectedMs)
    {
        Assert.Equal(expectedMs, FramePacing.PeriodMs(workMicros));
    }
}
