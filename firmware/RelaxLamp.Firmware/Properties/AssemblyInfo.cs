using System.Reflection;

[assembly: AssemblyTitle("RelaxLamp.Firmware")]
[assembly: AssemblyDescription("RelaxLamp: the bedside breathing lamp's program for ESP32 on .NET nanoFramework")]
[assembly: AssemblyProduct("RelaxLamp")]
[assembly: AssemblyVersion("1.0.0.0")]
