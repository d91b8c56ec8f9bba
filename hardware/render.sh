#!/bin/sh
# SPDX-License-Identifier: CERN-OHL-P-2.0
# Regenerates everything in hardware/ that is generated from a source kept here.
# Needs: python3; kicad-cli (KiCad 9: kicad/install-kicad-cli.sh); rsvg-convert (Debian: librsvg2-bin);
# openscad and xvfb-run (Debian: openscad, xvfb).
set -e
cd "$(dirname "$0")"
./kicad/export.sh
python3 bom_table.py
python3 module_build.py
python3 stripboard.py
python3 budgets/light_budget.py > budgets/light_budget.out.md
echo "wrote hardware/budgets/light_budget.out.md"
cd enclosure
xvfb-run -a openscad -o enclosure.png --imgsize=1600,1200 --viewall --autocenter \
    --colorscheme=Tomorrow -D 'view="assembly"' relaxlamp.scad
xvfb-run -a openscad -o section.png --imgsize=1600,1200 --camera=0,0,80,70,0,90,700 --viewall --autocenter \
    --colorscheme=Tomorrow -D 'view="section"' relaxlamp.scad
xvfb-run -a openscad -o dome-printed.png --imgsize=1600,1200 --camera=0,0,40,70,0,90,500 --viewall --autocenter \
    --colorscheme=Tomorrow -D 'view="section"' -D 'diffuser="printed"' relaxlamp.scad
echo "wrote hardware/enclosure/enclosure.png, section.png and dome-printed.png"
