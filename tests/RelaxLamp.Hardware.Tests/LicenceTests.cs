using System;
using System.IO;
using System.Linq;
using Xunit;

namespace RelaxLamp.Hardware.Tests
{
    /// <summary>The software is MIT-licensed, the hardware CERN-OHL-P-2.0, and the hardware sources say so.</summary>
    public class LicenceTests
    {
        private const string HardwareSpdx = "SPDX-License-Identifier: CERN-OHL-P-2.0";

        [Fact]
        public void The_repository_has_an_MIT_licence_and_hardware_a_CERN_OHL_P_licence()
        {
            string mit = File.ReadAllText(RepoFiles.PathOf("LICENSE"));
            Assert.StartsWith("MIT License", mit, StringComparison.Ordinal);
            Assert.Contains("Permission is hereby granted, free of charge", mit, StringComparison.Ordinal);

            string ohl = File.ReadAllText(RepoFiles.PathOf("hardware/LICENSE"));
            Assert.StartsWith("CERN Open Hardware Licence Version 2 - Permissive", ohl, StringComparison.Ordinal);
            Assert.Contains("7.4 This Licence shall not be enforceable except by a Licensor", ohl, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_KiCad_schematic_and_OpenSCAD_file_and_hardware_script_carries_the_SPDX_identifier()
        {
            string hardware = RepoFiles.PathOf("hardware");
            var files = Directory.EnumerateFiles(hardware, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".kicad_sch", StringComparison.Ordinal) || f.EndsWith(".scad", StringComparison.Ordinal)
                    || f.EndsWith(".py", StringComparison.Ordinal) || f.EndsWith(".sh", StringComparison.Ordinal))
                .ToList();
            Assert.Contains(files, f => f.EndsWith(".kicad_sch", StringComparison.Ordinal));
            Assert.Contains(files, f => f.EndsWith(".scad", StringComparison.Ordinal));
            foreach (string file in files)
            {
                Assert.True(File.ReadAllText(file).Contains(HardwareSpdx, StringComparison.Ordinal),
                    Path.GetRelativePath(RepoFiles.RepoRoot, file) + " has no '" + HardwareSpdx + "'");
            }
        }
    }
}
