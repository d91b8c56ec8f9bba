#!/usr/bin/env bash
# SPDX-License-Identifier: CERN-OHL-P-2.0
# Regenerates the KiCad schematic from gen_schematic.py (and ../pins.csv), runs ERC and writes the
# committed exports: netlist, BOM, PDF, SVG and a PNG of the schematic.
# Needs: python3, kicad-cli (KiCad 9: ./install-kicad-cli.sh), rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
python3 gen_schematic.py
kicad-cli sch erc --severity-all --exit-code-violations -o erc.rpt relaxlamp.kicad_sch
sed -i -e 's/^ERC report (.*/ERC report (kicad-cli sch erc --severity-all)/' erc.rpt
kicad-cli sch export netlist -o relaxlamp.net relaxlamp.kicad_sch
# make the committed netlist independent of where and when it was exported
sed -i -e 's|(source "[^"]*")|(source "relaxlamp.kicad_sch")|' -e 's|(date "[^"]*")|(date "")|' relaxlamp.net
kicad-cli sch export bom -o relaxlamp-bom.csv --fields 'Reference,Value,Footprint,${QUANTITY}' \
    --labels 'Refs,Value,Footprint,Qty' --group-by 'Value,Footprint' --ref-range-delimiter '' relaxlamp.kicad_sch
kicad-cli sch export pdf -o relaxlamp.pdf relaxlamp.kicad_sch
tmp=$(mktemp -d)
kicad-cli sch export svg -o "$tmp" relaxlamp.kicad_sch
rsvg-convert -w 3300 -b white "$tmp/relaxlamp.svg" -o relaxlamp.png
rm -rf "$tmp"
echo "wrote hardware/kicad/erc.rpt, relaxlamp.net, relaxlamp-bom.csv, relaxlamp.pdf, relaxlamp.png"
