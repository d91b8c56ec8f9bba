using System.Reflection;

[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("RelaxLamp core behaviours, run on nanoCLR or on the board")]
[assembly: AssemblyProduct("RelaxLamp")]
[assembly: AssemblyVersion("1.0.0.0")]
