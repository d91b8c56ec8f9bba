#!/usr/bin/env bash
# SPDX-License-Identifier: CERN-OHL-P-2.0
# Installs kicad-cli (KiCad 9) from Debian bookworm-backports, for the hardware tests (ERC, netlist).
# Idempotent. Never fails the caller: if it cannot install, it prints one line and exits 0,
# and the KiCad tests then report Skipped.
set -u

footprints=/usr/share/kicad/footprints/RF_Module.pretty
if command -v kicad-cli >/dev/null 2>&1 && [ -d "$footprints" ]; then
  echo "kicad-cli already installed: $(kicad-cli version 2>/dev/null | head -n1), with KiCad's footprint library"
  exit 0
fi

say_skip() { echo "kicad-cli not installed ($1): the KiCad ERC/netlist tests will be skipped"; exit 0; }

[ "$(id -u)" = "0" ] || say_skip "not root"
command -v apt-get >/dev/null 2>&1 || say_skip "no apt-get"
grep -q 'bookworm' /etc/os-release 2>/dev/null || say_skip "not Debian bookworm"

list=/etc/apt/sources.list.d/bookworm-backports.list
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "deb http://deb.debian.org/debian bookworm-backports main" > "$list" || say_skip "cannot write $list"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || say_skip "apt-get update failed"
# kicad-cli ships in the 'kicad' package. Without recommends it leaves out the symbol libraries,
# 3D models, docs and demos (the project embeds its symbols); kicad-footprints is needed because
# ERC checks that every symbol's footprint exists in KiCad's library.
apt-get install -y -qq --no-install-recommends -t bookworm-backports kicad kicad-footprints >/dev/null 2>&1 \
  || say_skip "apt-get install kicad kicad-footprints from bookworm-backports failed"

command -v kicad-cli >/dev/null 2>&1 || say_skip "installed, but no kicad-cli on PATH"
echo "kicad-cli installed: $(kicad-cli version 2>/dev/null | head -n1)"
