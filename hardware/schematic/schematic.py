#!/usr/bin/env python3
"""Draws the RelaxLamp reference schematic as SVG (standard library only).

GPIO numbers, the ring's LED count and LED type are read from ../pins.csv, the same table that
tests/RelaxLamp.Hardware.Tests checks against the firmware, so the drawing cannot drift from the
firmware's wiring. Run:

    python3 hardware/schematic/schematic.py            # writes hardware/schematic/schematic.svg
    rsvg-convert -w 2400 -b white hardware/schematic/schematic.svg -o hardware/schematic/schematic.png

(rsvg-convert comes with Debian's librsvg2-bin.) tools: hardware/render.sh does both.
"""

import csv
import math
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PINS_CSV = os.path.join(HERE, "..", "pins.csv")

W, H = 1800, 1130
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
INK = "#1b1b1b"
WIRE = "#0b4f8a"
NOTE = "#6b4c00"


def read_pins(path):
    rows = {}
    with open(path, newline="", encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    for row in csv.DictReader(lines):
        rows[row["signal"]] = row
    return rows


class Svg:
    def __init__(self):
        self.items = []

    def add(self, s):
        self.items.append(s)

    def text(self, x, y, s, size=14, anchor="start", weight="normal", color=INK, italic=False):
        style = ' font-style="italic"' if italic else ""
        for i, line in enumerate(s.split("\n")):
            self.add(
                f'<text x="{x:.1f}" y="{y + i * size * 1.2:.1f}" font-family="{FONT}" font-size="{size}" '
                f'text-anchor="{anchor}" font-weight="{weight}" fill="{color}"{style}>{escape(line)}</text>'
            )

    def line(self, x1, y1, x2, y2, color=INK, width=2, dash=None):
        d = f' stroke-dasharray="{dash}"' if dash else ""
        self.add(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{color}" '
            f'stroke-width="{width}" stroke-linecap="round"{d}/>'
        )

    def wire(self, *pts):
        p = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        self.add(f'<polyline points="{p}" fill="none" stroke="{WIRE}" stroke-width="2" stroke-linejoin="round"/>')

    def dot(self, x, y):
        self.add(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{WIRE}"/>')

    def rect(self, x, y, w, h, fill="none", color=INK, width=2, dash=None, rx=0):
        d = f' stroke-dasharray="{dash}"' if dash else ""
        self.add(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{rx}" fill="{fill}" '
            f'stroke="{color}" stroke-width="{width}"{d}/>'
        )

    def circle(self, x, y, r, fill="none", color=INK, width=2):
        self.add(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}" stroke="{color}" stroke-width="{width}"/>')

    def polygon(self, pts, fill=INK, color=INK):
        p = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        self.add(f'<polygon points="{p}" fill="{fill}" stroke="{color}" stroke-width="1.5"/>')

    def render(self):
        body = "\n".join(self.items)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">\n'
            f'<rect x="0" y="0" width="{W}" height="{H}" fill="white"/>\n{body}\n</svg>\n'
        )


# ---------------------------------------------------------------- symbols

def gnd(s, x, y):
    """Ground symbol hanging from (x, y)."""
    s.line(x, y, x, y + 10, WIRE)
    s.line(x - 12, y + 10, x + 12, y + 10)
    s.line(x - 8, y + 15, x + 8, y + 15)
    s.line(x - 4, y + 20, x + 4, y + 20)


def rail(s, x, y, name, up=True):
    """A power-rail flag: a bar with the rail's name, connected at (x, y)."""
    dy = -14 if up else 14
    s.line(x, y, x, y + dy, WIRE)
    s.line(x - 12, y + dy, x + 12, y + dy, INK, 3)
    s.text(x, y + dy + (-6 if up else 18), name, 13, "middle", "bold")


def resistor(s, x, y, vertical, ref, value, label_side=1):
    """Resistor between (x, y) and (x, y+60) (vertical) or (x+60, y) (horizontal)."""
    if vertical:
        s.line(x, y, x, y + 14, WIRE)
        s.rect(x - 7, y + 14, 14, 32)
        s.line(x, y + 46, x, y + 60, WIRE)
        tx = x + 14 if label_side > 0 else x - 14
        s.text(tx, y + 27, f"{ref}\n{value}", 12, "start" if label_side > 0 else "end")
    else:
        s.line(x, y, x + 14, y, WIRE)
        s.rect(x + 14, y - 7, 32, 14)
        s.line(x + 46, y, x + 60, y, WIRE)
        s.text(x + 30, y - 14 if label_side > 0 else y + 26, f"{ref} {value}", 12, "middle")


def capacitor(s, x, y, ref, value, polar=False, label_side=1):
    """Vertical capacitor between (x, y) and (x, y+50)."""
    s.line(x, y, x, y + 21, WIRE)
    s.line(x - 13, y + 21, x + 13, y + 21, INK, 3)
    if polar:
        s.add(f'<path d="M {x - 13} {y + 33} Q {x} {y + 25} {x + 13} {y + 33}" fill="none" stroke="{INK}" stroke-width="3"/>')
        s.text(x + 18 * -label_side, y + 18, "+", 13, "middle", "bold")
    else:
        s.line(x - 13, y + 29, x + 13, y + 29, INK, 3)
    s.line(x, y + 29, x, y + 50, WIRE)
    tx = x + 18 if label_side > 0 else x - 18
    s.text(tx, y + 22, f"{ref}\n{value}", 12, "start" if label_side > 0 else "end")


def mosfet(s, x, y, pchannel, ref, part):
    """MOSFET with gate lead ending at (x, y); drain and source leads at (x+40, y-40)/(x+40, y+40).

    For the P-channel part the source is on top (to +5 V) and the drain below; for the N-channel part
    the drain is on top and the source below. Returns the (top, bottom) lead ends.
    """
    gx = x + 22
    s.line(x, y, gx, y, WIRE)
    s.line(gx, y - 18, gx, y + 18, INK, 2.5)
    cx = gx + 7
    for y0 in (y - 20, y - 6, y + 8):
        s.line(cx, y0, cx, y0 + 12, INK, 3)
    top_y, mid_y, bot_y = y - 14, y, y + 14
    s.line(cx, top_y, x + 40, top_y, INK)
    s.line(cx, bot_y, x + 40, bot_y, INK)
    s.line(cx, mid_y, x + 40, mid_y, INK)
    s.line(x + 40, mid_y, x + 40, bot_y if not pchannel else top_y, INK)
    # body-diode arrow on the middle (bulk) line
    if pchannel:
        s.polygon([(cx + 12, mid_y), (cx + 3, mid_y - 5), (cx + 3, mid_y + 5)])
    else:
        s.polygon([(cx + 1, mid_y), (cx + 10, mid_y - 5), (cx + 10, mid_y + 5)])
    s.line(x + 40, top_y, x + 40, y - 40, WIRE)
    s.line(x + 40, bot_y, x + 40, y + 40, WIRE)
    s.text(x + 50, y - 2, f"{ref}\n{part}", 12)
    if pchannel:
        s.text(x + 46, y - 28, "S", 11, color=NOTE)
        s.text(x + 46, y + 36, "D", 11, color=NOTE)
    else:
        s.text(x + 46, y - 28, "D", 11, color=NOTE)
        s.text(x + 46, y + 36, "S", 11, color=NOTE)
    s.text(x + 4, y - 6, "G", 11, color=NOTE)
    return (x + 40, y - 40), (x + 40, y + 40)


def switch(s, x, y, ref, note):
    """Push button between (x, y) (top) and (x, y+60) (bottom)."""
    s.line(x, y, x, y + 18, WIRE)
    s.circle(x, y + 21, 3)
    s.circle(x, y + 43, 3)
    s.line(x, y + 46, x, y + 60, WIRE)
    s.line(x - 10, y + 18, x - 10, y + 46, INK, 3)
    s.line(x - 10, y + 32, x - 24, y + 32, INK, 2)
    s.line(x - 24, y + 24, x - 24, y + 40, INK, 2)
    s.text(x + 10, y + 30, f"{ref}\n{note}", 12)


def ic(s, x, y, w, name, part, left, right, pitch=30, top_pad=46, note=None):
    """A box with pins. left/right: lists of pin names ('' leaves a gap). Returns pin positions."""
    n = max(len(left), len(right))
    h = top_pad + n * pitch
    s.rect(x, y, w, h, fill="#f7f7f2")
    s.text(x + w / 2, y + 18, name, 14, "middle", "bold")
    s.text(x + w / 2, y + 34, part, 12, "middle")
    pins = {}
    for i, p in enumerate(left):
        if not p:
            continue
        py = y + top_pad + i * pitch + pitch / 2 - 4
        s.line(x - 16, py, x, py, INK)
        s.text(x + 6, py + 4, p, 12)
        pins[p] = (x - 16, py)
    for i, p in enumerate(right):
        if not p:
            continue
        py = y + top_pad + i * pitch + pitch / 2 - 4
        s.line(x + w, py, x + w + 16, py, INK)
        s.text(x + w - 6, py + 4, p, 12, "end")
        pins[p] = (x + w + 16, py)
    if note:
        s.text(x + w / 2, y + h + 16, note, 11, "middle", italic=True, color=NOTE)
    return pins, h


def netlabel(s, x, y, name, to_left=False):
    """A net label flag attached at (x, y)."""
    w = 7.6 * len(name) + 16
    if to_left:
        pts = [(x, y), (x - 8, y - 10), (x - 8 - w, y - 10), (x - 8 - w, y + 10), (x - 8, y + 10)]
        tx, anchor = x - 12, "end"
    else:
        pts = [(x, y), (x + 8, y - 10), (x + 8 + w, y - 10), (x + 8 + w, y + 10), (x + 8, y + 10)]
        tx, anchor = x + 12, "start"
    p = " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)
    s.add(f'<polygon points="{p}" fill="#e8f1fa" stroke="{WIRE}" stroke-width="1.5"/>')
    s.text(tx, y + 4.5, name, 12, anchor, "bold", WIRE)


def ring(s, cx, cy, r, count, led_type):
    s.circle(cx, cy, r + 14, fill="#fbf6ee")
    s.circle(cx, cy, r - 14, fill="white")
    for i in range(count):
        a = 2 * math.pi * i / count - math.pi / 2
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        s.add(f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="#ffd9a8" stroke="{INK}" stroke-width="1"/>')
    s.text(cx, cy - 6, "LED1", 14, "middle", "bold")
    s.text(cx, cy + 12, f"{count} × {led_type}", 11, "middle")


def speaker(s, x, y):
    s.rect(x, y - 12, 12, 24, fill="white")
    s.polygon([(x + 12, y - 12), (x + 30, y - 26), (x + 30, y + 26), (x + 12, y + 12)], fill="white")


# ---------------------------------------------------------------- drawing

def draw(pins):
    g = {k: int(v["value"]) for k, v in pins.items() if v["kind"] == "pin"}
    count = int(pins["LED_COUNT"]["value"])
    led_type = pins["LED_TYPE"]["value"]
    s = Svg()

    s.text(30, 36, "RelaxLamp — reference wiring", 24, weight="bold")
    s.text(30, 60, "Generated by hardware/schematic/schematic.py from hardware/pins.csv (the table the tests check "
                   "against firmware/RelaxLamp.Firmware/LampConfig.cs). A design on paper: nothing here has been "
                   "built or measured yet.", 12, color=NOTE)

    def region(x, y, w, h, title):
        s.rect(x, y, w, h, color="#b9b9b9", width=1, dash="6 4", rx=8)
        s.text(x + 10, y + 22, title, 15, weight="bold")

    # ---- power input and 3.3 V regulator ------------------------------------------------
    region(20, 80, 540, 340, "Power in: USB-C, 5 V only")
    j1, _ = ic(s, 40, 130, 110, "J1", "USB-C (power)", [], ["VBUS", "CC1", "CC2", "GND"])
    s.text(30, 404, "J1: power-only receptacle", 11, italic=True, color=NOTE)
    u2, _ = ic(s, 360, 130, 110, "U2", "RT9080-33", ["IN", "EN", "GND"], ["OUT"])
    s.text(470, 296, "3.3 V LDO, 2 µA quiescent", 11, "middle", italic=True, color=NOTE)
    vb = j1["VBUS"]
    s.wire(vb, u2["IN"])
    s.dot(300, vb[1])
    rail(s, 300, vb[1], "+5V")
    # C4 on the input
    s.dot(250, vb[1])
    capacitor(s, 250, vb[1], "C4", "10 µF", label_side=1)
    gnd(s, 250, vb[1] + 50)
    # EN tied to IN
    en = u2["EN"]
    s.wire(en, (330, en[1]), (330, vb[1]))
    s.dot(330, vb[1])
    gd = u2["GND"]
    s.wire(gd, (338, gd[1]), (338, gd[1] + 40))
    gnd(s, 338, gd[1] + 40)
    # CC pull-downs, one per pin
    c1, c2 = j1["CC1"], j1["CC2"]
    s.wire(c1, (185, c1[1]), (185, 300))
    resistor(s, 185, 300, True, "R6", "5.1 k", -1)
    gnd(s, 185, 360)
    s.wire(c2, (215, c2[1]), (215, 300))
    resistor(s, 215, 300, True, "R7", "5.1 k", 1)
    gnd(s, 215, 360)
    s.wire(j1["GND"], (166, j1["GND"][1] + 12))
    gnd(s, 166, j1["GND"][1] + 12)
    # output
    out = u2["OUT"]
    s.wire(out, (500, out[1]))
    s.dot(500, out[1])
    rail(s, 500, out[1], "+3V3")
    capacitor(s, 500, out[1], "C5", "10 µF", label_side=1)
    gnd(s, 500, out[1] + 50)
    s.text(290, 392, "One 5.1 k per CC pin (never one shared):\nthen any USB-C charger turns its 5 V on.", 11,
           italic=True, color=NOTE)

    # ---- ESP32 module --------------------------------------------------------------------
    region(580, 80, 560, 680, "Controller")
    left = ["3V3", "EN", "GPIO0", "TXD0", "RXD0"]
    right = [f"GPIO{g['RING_DATA']}", f"GPIO{g['RING_POWER']}", "", f"GPIO{g['I2S_BCLK']}",
             f"GPIO{g['I2S_LRC']}", f"GPIO{g['I2S_DIN']}", "", f"GPIO{g['BUTTON']}", "GND"]
    u1, h1 = ic(s, 760, 130, 190, "U1", "ESP32-WROOM-32E-N8", left, right, pitch=36)
    s.text(855, 130 + h1 + 18, "nanoFramework target ESP32_REV3", 11, "middle", italic=True, color=NOTE)
    p33 = u1["3V3"]
    s.wire(p33, (705, p33[1]))
    rail(s, 705, p33[1], "+3V3")
    # EN: 10 k pull-up, 1 µF to GND, and the programming header
    en = u1["EN"]
    s.wire(en, (610, en[1]))
    s.dot(680, en[1])
    s.dot(645, en[1])
    resistor(s, 645, en[1] - 70, True, "R8", "10 k", -1)
    s.wire((645, en[1] - 10), (645, en[1]))
    rail(s, 645, en[1] - 70, "+3V3")
    capacitor(s, 610, en[1], "C6", "1 µF", label_side=1)
    gnd(s, 610, en[1] + 50)
    j2, _ = ic(s, 596, 540, 56, "J2", "prog.", [], ["EN", "IO0", "RX", "TX", "GND"], pitch=26)
    s.text(596, 736, "J2: 3.3 V USB-serial adapter,\nused at build time only", 11, italic=True, color=NOTE)
    s.wire(en, (680, en[1]), (680, j2["EN"][1]), j2["EN"])
    io0 = u1["GPIO0"]
    s.wire(io0, (704, io0[1]), (704, j2["IO0"][1]), j2["IO0"])
    txd = u1["TXD0"]
    s.wire(txd, (716, txd[1]), (716, j2["RX"][1]), j2["RX"])
    rxd = u1["RXD0"]
    s.wire(rxd, (728, rxd[1]), (728, j2["TX"][1]), j2["TX"])
    s.wire(j2["GND"], (668, j2["GND"][1]), (668, j2["GND"][1] + 8))
    gnd(s, 668, j2["GND"][1] + 8)
    ug = u1["GND"]
    s.wire(ug, (ug[0] + 14, ug[1]), (ug[0] + 14, ug[1] + 8))
    gnd(s, ug[0] + 14, ug[1] + 8)

    # signals out of the module
    for sig in ("RING_DATA", "RING_POWER", "I2S_BCLK", "I2S_LRC", "I2S_DIN"):
        p = u1[f"GPIO{g[sig]}"]
        s.wire(p, (p[0] + 14, p[1]))
        netlabel(s, p[0] + 14, p[1], sig)
    s.text(980, u1[f"GPIO{g['I2S_DIN']}"][1] + 28, "to the optional speaker", 11, italic=True, color=NOTE)
    # button
    bt = u1[f"GPIO{g['BUTTON']}"]
    s.wire(bt, (1020, bt[1]), (1020, bt[1] + 40))
    s.text(992, bt[1] - 8, "BUTTON", 12, weight="bold", color=WIRE)
    switch(s, 1020, bt[1] + 40, "SW1", "push button,\nto GND")
    gnd(s, 1020, bt[1] + 100)
    s.text(790, 650, "Internal pull-up; pressed = low.\nAn RTC GPIO: it wakes the chip\n"
                     "from deep sleep. Not a strapping\npin, so a held button cannot\nchange how the chip boots.",
           11, italic=True, color=NOTE)

    # ---- ring power switch ---------------------------------------------------------------------
    region(1160, 80, 620, 370, "Ring power switch (off while the chip sleeps)")
    q1_top, q1_bot = mosfet(s, 1450, 230, True, "Q1", "AO3401A\nP-channel")
    s.wire(q1_top, (q1_top[0], 140))
    rail(s, q1_top[0], 140, "+5V")
    s.dot(q1_top[0], 140)
    s.wire((1400, 140), (q1_top[0], 140))
    s.dot(1400, 140)
    resistor(s, 1400, 140, True, "R2", "100 k", 1)
    s.wire((1400, 200), (1400, 230))
    s.wire((1400, 230), (1450, 230))
    s.dot(1400, 230)
    s.wire((1400, 140), (1345, 140), (1345, 160))
    capacitor(s, 1345, 160, "C3", "1 µF", label_side=-1)
    s.wire((1345, 210), (1345, 230), (1400, 230))
    resistor(s, 1400, 250, True, "R3", "10 k", 1)
    s.wire((1400, 230), (1400, 250))
    s.wire(q1_bot, (q1_bot[0], 300), (1640, 300))
    s.dot(1640, 300)
    rail(s, 1640, 300, "VRING")
    q2_top, q2_bot = mosfet(s, 1320, 360, False, "Q2", "BSS138\nN-channel")
    s.wire((1400, 310), (1400, 320), (q2_top[0], 320))
    gnd(s, q2_bot[0], q2_bot[1])
    s.wire((1320, 360), (1250, 360))
    s.dot(1280, 360)
    netlabel(s, 1250, 360, "RING_POWER", to_left=True)
    resistor(s, 1280, 360, True, "R4", "100 k", -1)
    gnd(s, 1280, 420)
    s.text(1540, 150, "GPIO high → Q2 on → Q1's gate\npulled low → ring powered.\n"
                      "Chip asleep or booting: R4 keeps\nQ2 off and R2 holds Q1 off.\n"
                      "R3 + C3 slow Q1's turn-on\n(soft start into C1).", 11, italic=True, color=NOTE)

    # ---- ring, level shifter, bulk capacitor ------------------------------------------------------
    region(1160, 470, 620, 420, "Ring")
    u3, _ = ic(s, 1280, 540, 130, "U3", "74AHCT1G125", ["A", "OE#", "GND"], ["VCC", "Y"], pitch=30)
    s.text(1345, 696, "3.3 V → 5 V level shifter", 11, "middle", italic=True, color=NOTE)
    netlabel(s, u3["A"][0] - 24, u3["A"][1], "RING_DATA", to_left=True)
    s.wire((u3["A"][0] - 24, u3["A"][1]), u3["A"])
    oe, ug3 = u3["OE#"], u3["GND"]
    s.wire(oe, (oe[0] - 14, oe[1]), (oe[0] - 14, ug3[1] + 40))
    s.wire(ug3, (oe[0] - 14, ug3[1]))
    s.dot(oe[0] - 14, ug3[1])
    gnd(s, oe[0] - 14, ug3[1] + 40)
    vx, vy = u3["VCC"]
    s.wire((vx, vy), (vx + 24, vy))
    s.dot(vx + 24, vy)
    rail(s, vx + 24, vy, "VRING")
    rail(s, 1320, 770, "VRING")
    capacitor(s, 1320, 770, "C7", "100 nF, at\nU3's VCC pin", label_side=1)
    gnd(s, 1320, 820)
    yx, yy = u3["Y"]
    s.wire((yx, yy), (yx + 40, yy))
    resistor(s, yx + 40, yy, False, "R1", "330 Ω", 1)
    cx, cy = 1665, 690
    ring(s, cx, cy, 66, count, led_type)
    din_x = cx - 80
    s.wire((yx + 100, yy), (yx + 130, yy), (yx + 130, cy), (din_x, cy))
    s.text(din_x - 6, cy - 8, "DIN", 11, "end", "bold")
    s.wire((cx, cy - 80), (cx, 585))
    rail(s, cx, 585, "VRING")
    s.text(cx + 6, cy - 82, "VDD", 11, weight="bold")
    s.wire((cx, cy + 80), (cx, 790))
    gnd(s, cx, 790)
    s.text(cx + 6, cy + 92, "GND", 11, weight="bold")
    capacitor(s, 1540, 770, "C1", "1000 µF\n10 V", polar=True, label_side=-1)
    rail(s, 1540, 770, "VRING")
    gnd(s, 1540, 820)
    s.text(1175, 860, "C1 is on the switched side: its leakage costs nothing in sleep. "
                      "Keep RING_DATA low while VRING is off.", 11, italic=True, color=NOTE)

    # ---- optional speaker ------------------------------------------------------------------------
    region(580, 780, 560, 330, "Optional voice: I2S amplifier + speaker")
    s.text(590, 820, "needs a module with 8 MB flash or more", 11, italic=True, color=NOTE)
    u4, _ = ic(s, 820, 835, 150, "U4", "MAX98357A", ["BCLK", "LRC", "DIN", "", "GND"],
               ["OUT+", "OUT−", "", "VIN", "GAIN"], pitch=30)
    for pin, sig in (("BCLK", "I2S_BCLK"), ("LRC", "I2S_LRC"), ("DIN", "I2S_DIN")):
        px, py = u4[pin]
        s.wire((px - 20, py), (px, py))
        netlabel(s, px - 20, py, f"{sig} (GPIO{g[sig]})", to_left=True)
    ug4 = u4["GND"]
    s.wire(ug4, (ug4[0] - 8, ug4[1]), (ug4[0] - 8, ug4[1] + 26))
    gnd(s, ug4[0] - 8, ug4[1] + 26)
    vin, gain = u4["VIN"], u4["GAIN"]
    s.wire(vin, (1010, vin[1]))
    s.dot(1010, vin[1])
    rail(s, 1010, vin[1], "VRING")
    resistor(s, gain[0], gain[1], False, "R9", "100 k", -1)
    s.wire((gain[0] + 60, gain[1]), (gain[0] + 70, gain[1]), (gain[0] + 70, vin[1]), (1010, vin[1]))
    s.text(600, 1072, "R9 from GAIN to VIN: the lowest gain (3 dB), a quiet voice.\n"
                      "Powered from VRING: off and silent whenever the ring is off.", 11, italic=True, color=NOTE)
    op, on = u4["OUT+"], u4["OUT−"]
    s.wire(op, (1050, op[1]), (1050, op[1] + 9), (1070, op[1] + 9))
    s.wire(on, (1040, on[1]), (1040, op[1] + 21), (1070, op[1] + 21))
    speaker(s, 1070, op[1] + 15)
    s.text(1085, op[1] + 64, "LS1\n4–8 Ω, 2–3 W", 12, "middle")

    # ---- budgets ---------------------------------------------------------------------------------
    region(1160, 910, 620, 200, "On paper (see hardware/power-budget.md)")
    lines = [
        "Asleep: ≈ 19 µA from the 5 V (goal ≤ 30 µA): ESP32 deep sleep 10 µA,",
        "RTC allowance 5 µA, U2 2 µA, Q1 + Q2 leakage ≤ 2 µA. VRING is off, so the",
        "ring (≈ 1 mA per dark LED), U3, C1 and U4 draw nothing.",
        "Running, at the 15 % brightness cap: ≈ 310 mA at 5 V without the speaker.",
        "Night level, warm colour: 0.34 lx at a pillow 1 m away,",
        "melanopic EDI ≤ 0.16 lx (see hardware/light-budget.md).",
    ]
    y = 960
    for line in lines:
        s.text(1175, y, line, 13)
        y += 22

    # ---- legend ------------------------------------------------------------------------------------
    region(20, 440, 540, 670, "Pins (from hardware/pins.csv)")
    y = 490
    for sig in ("RING_DATA", "RING_POWER", "BUTTON", "I2S_BCLK", "I2S_LRC", "I2S_DIN"):
        row = pins[sig]
        s.text(34, y, f"GPIO{row['value']}", 14, weight="bold", color=WIRE)
        s.text(110, y, f"{sig} ({row['direction']})", 14)
        y += 24
    s.text(34, y + 6, f"Ring: {count} × {led_type}", 14, weight="bold")
    y += 44
    notes = [
        "Nets with the same label are connected.",
        "+5V   USB-C VBUS, always on.",
        "+3V3  U2's output, always on; feeds only U1.",
        "VRING switched 5 V: ring, U3, C1, and the",
        "          optional amplifier. Off in sleep.",
        "GND   one ground for everything.",
        "",
        "Keep the ring's data and power wires short.",
        "Put C1 at the ring's VDD and GND pads,",
        "R1 close to U3's output.",
        "",
        "Estimated, not measured: the power and light",
        "budgets are in hardware/README.md.",
    ]
    for n in notes:
        s.text(34, y, n, 13)
        y += 20

    return s.render()


def main():
    pins = read_pins(PINS_CSV)
    out = os.path.join(HERE, "schematic.svg")
    if len(sys.argv) > 1:
        out = sys.argv[1]
    with open(out, "w", encoding="utf-8") as f:
        f.write(draw(pins))
    print("wrote", os.path.relpath(out))


if __name__ == "__main__":
    main()
