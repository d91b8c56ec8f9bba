#!/usr/bin/env python3
# SPDX-License-Identifier: CERN-OHL-P-2.0
"""Writes hardware/bom.md (the readable table) from hardware/bom.csv (the source). Standard library only.

    python3 hardware/bom_table.py
"""

import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

TITLES = {
    "all": "Every lamp",
    "speaker": "Optional voice (I2S amplifier and speaker)",
    "battery": "Optional battery (see power-budget.md)",
}


def pretty(text):
    text = re.sub(r"(\d)\s*uA", r"\1 µA", text)
    text = re.sub(r"(\d)\s*uF", r"\1 µF", text)
    text = text.replace("kOhm", "kΩ").replace("mOhm", "mΩ").replace("Ohm", "Ω")
    return text.replace("|", "\\|")


def main():
    with open(os.path.join(HERE, "bom.csv"), newline="", encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines))
    out = [
        "# Bill of materials",
        "",
        "Generated from [bom.csv](bom.csv) by `python3 hardware/bom_table.py`; edit the CSV, not this file.",
        "Figures are datasheet values; nothing has been measured. The wiring is in",
        "[kicad/relaxlamp.pdf](kicad/relaxlamp.pdf) (KiCad 9 project in [kicad/](kicad/)), the pins in [pins.csv](pins.csv).",
        "",
    ]
    for build, title in TITLES.items():
        part_rows = [r for r in rows if r["build"] == build]
        if not part_rows:
            continue
        out += [f"## {title}", "", "| Ref | Qty | Function | Part | Type / value | Alternatives | Key figures | Notes |",
                "|---|---|---|---|---|---|---|---|"]
        for r in part_rows:
            part = r["part"] + (f" ({r['package']})" if r["package"] else "")
            out.append("| " + " | ".join(pretty(x) for x in (
                r["ref"], r["qty"], r["function"], part, r["type_value"], r["alternatives"], r["key_figures"],
                r["notes"])) + " |")
        out.append("")
    with open(os.path.join(HERE, "bom.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote hardware/bom.md")


if __name__ == "__main__":
    main()
