#!/bin/sh
# Regenerates everything in hardware/ that is generated from a source kept here.
# Needs: python3; kicad-cli (KiCad 9: kicad/install-kicad-cli.sh); rsvg-convert (Debian: librsvg2-bin);
# openscad and xvfb-run (Debian: openscad, xvfb).
set -e
cd "$(dirname "$0")"
./kicad/export.sh
python3 bom_table.py
python3 budgets/light_budget.py > budgets/light_budget.out.md
echo "wrote hardware/budgets/light_budget.out.md"
cd enclosure
xvfb-run -a openscad -o enclosure.png --imgsize=1600,1200 --camera=0,0,28,62,0,330,340 \
    --colorscheme=Tomorrow -D 'view="assembly"' relaxlamp.scad
xvfb-run -a openscad -o section.png --imgsize=1600,1200 --camera=0,0,30,80,0,10,250 \
    --colorscheme=Tomorrow -D 'view="section"' relaxlamp.scad
echo "wrote hardware/enclosure/enclosure.png and section.png"
