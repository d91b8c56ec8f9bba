using Xunit;
namespace RelaxLamp.Core.Tests;
public class ProbeTests { [Fact] public void Adds() => Assert.Equal(3, RelaxLamp.Core.Probe.Add(1, 2)); }
