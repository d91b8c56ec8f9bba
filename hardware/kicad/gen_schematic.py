#!/usr/bin/env python3
# SPDX-License-Identifier: CERN-OHL-P-2.0
# SPDX-FileCopyrightText: 2026 RelaxLamp contributors
"""Writes the RelaxLamp KiCad 9 project: relaxlamp.kicad_sch (its symbols embedded in lib_symbols),
relaxlamp.kicad_sym (the same symbols, for the project's sym-lib-table), sym-lib-table and
relaxlamp.kicad_pro. Standard library only.

The GPIO numbers are read from ../pins.csv (the table tests/RelaxLamp.Hardware.Tests checks against
firmware/RelaxLamp.Firmware/LampConfig.cs); module pin numbers are those of the ESP32-WROOM-32E
datasheet's pin table. Nets are joined by labels and power symbols placed on the pins' ends.

    python3 hardware/kicad/gen_schematic.py     # then hardware/kicad/export.sh (kicad-cli)
"""

import csv
import json
import os
import re
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
PINS_CSV = os.path.join(HERE, "..", "pins.csv")
LIB = "RelaxLamp"
U = 1.27  # KiCad's connection grid, mm
NS = uuid.UUID("6b1f6a3e-5c1e-4a44-9d0e-2f1f0c0ffee0")
ROOT_UUID = str(uuid.uuid5(NS, "root"))


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def q(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def f(x):
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def font(size=1.27, bold=False, italic=False):
    extra = (" (bold yes)" if bold else "") + (" (italic yes)" if italic else "")
    return f"(font (size {f(size)} {f(size)}){extra})"


def read_pins():
    with open(PINS_CSV, newline="", encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    return {row["signal"]: row for row in csv.DictReader(lines)}


PINS = read_pins()


def gpio(signal):
    return int(PINS[signal]["value"])


# ESP32-WROOM-32E module pins (Espressif, ESP32-WROOM-32E datasheet, "Pin Definitions"):
# module pin number -> name. Pins 17-22 and 32 are NC on the -32E; pin 39 is the exposed ground pad.
WROOM32E = {
    1: "GND", 2: "3V3", 3: "EN", 4: "SENSOR_VP/IO36", 5: "SENSOR_VN/IO39", 6: "IO34", 7: "IO35",
    8: "IO32", 9: "IO33", 10: "IO25", 11: "IO26", 12: "IO27", 13: "IO14", 14: "IO12", 15: "GND",
    16: "IO13", 17: "NC", 18: "NC", 19: "NC", 20: "NC", 21: "NC", 22: "NC", 23: "IO15", 24: "IO2",
    25: "IO0", 26: "IO4", 27: "IO16", 28: "IO17", 29: "IO5", 30: "IO18", 31: "IO19", 32: "NC",
    33: "IO21", 34: "RXD0/IO3", 35: "TXD0/IO1", 36: "IO22", 37: "IO23", 38: "GND", 39: "GND_PAD",
}


def module_pin(gpio_number):
    for num, name in WROOM32E.items():
        if name.split("/")[-1] == f"IO{gpio_number}":
            return num
    raise KeyError(gpio_number)


# ---------------------------------------------------------------- symbol library

class Pin:
    def __init__(self, num, name, etype, x, y, angle, length=2.54, hidden=False):
        self.num, self.name, self.etype = str(num), name, etype
        self.x, self.y, self.angle, self.length, self.hidden = x, y, angle, length, hidden

    def sexpr(self):
        hide = " (hide yes)" if self.hidden else ""
        return (f"(pin {self.etype} line (at {f(self.x)} {f(self.y)} {self.angle}) (length {f(self.length)}){hide} "
                f"(name {q(self.name)} (effects {font()})) (number {q(self.num)} (effects {font()})))")


class Sym:
    """A library symbol. Graphics in library coordinates (y up)."""

    def __init__(self, name, ref, value, footprint="", description="", datasheet="~", power=False,
                 show_pin_numbers=True, show_pin_names=True, pin_name_offset=0.508, in_bom=True):
        self.name, self.ref, self.value, self.footprint = name, ref, value, footprint
        self.description, self.datasheet, self.power = description, datasheet, power
        self.show_pin_numbers, self.show_pin_names = show_pin_numbers, show_pin_names
        self.pin_name_offset, self.in_bom = pin_name_offset, in_bom
        self.graphics = []
        self.pins = []
        self.ref_at = (0, 5.08)
        self.value_at = (0, -5.08)

    def pin(self, *a, **k):
        self.pins.append(Pin(*a, **k))

    def rect(self, x1, y1, x2, y2, fill="background"):
        self.graphics.append(f"(rectangle (start {f(x1)} {f(y1)}) (end {f(x2)} {f(y2)}) "
                             f"(stroke (width 0.254) (type default)) (fill (type {fill})))")

    def poly(self, pts, fill="none", width=0.254):
        p = " ".join(f"(xy {f(x)} {f(y)})" for x, y in pts)
        self.graphics.append(f"(polyline (pts {p}) (stroke (width {f(width)}) (type default)) (fill (type {fill})))")

    def circle(self, x, y, r, fill="none"):
        self.graphics.append(f"(circle (center {f(x)} {f(y)}) (radius {f(r)}) "
                             f"(stroke (width 0.254) (type default)) (fill (type {fill})))")

    def text(self, s, x, y, size=1.27):
        self.graphics.append(f"(text {q(s)} (at {f(x)} {f(y)} 0) (effects {font(size)}))")

    def sexpr(self, lib_prefix=True):
        full = f"{LIB}:{self.name}" if lib_prefix else self.name
        out = [f"(symbol {q(full)}"]
        if self.power:
            out.append("(power)")
        if not self.show_pin_numbers:
            out.append("(pin_numbers (hide yes))")
        if not self.show_pin_names:
            out.append(f"(pin_names (offset {f(self.pin_name_offset)}) (hide yes))")
        else:
            out.append(f"(pin_names (offset {f(self.pin_name_offset)}))")
        out.append(f"(exclude_from_sim no) (in_bom {'yes' if self.in_bom else 'no'}) (on_board {'no' if self.power else 'yes'})")
        hidden = " (hide yes)"
        props = [
            ("Reference", self.ref, self.ref_at, False),
            ("Value", self.value, self.value_at, False),
            ("Footprint", self.footprint, (0, 0), True),
            ("Datasheet", self.datasheet, (0, 0), True),
            ("Description", self.description, (0, 0), True),
        ]
        for key, val, (x, y), hide in props:
            out.append(f"(property {q(key)} {q(val)} (at {f(x)} {f(y)} 0) (effects {font()}){hidden if hide else ''})")
        out.append(f"(symbol {q(self.name + '_0_1')} " + " ".join(self.graphics) + ")")
        out.append(f"(symbol {q(self.name + '_1_1')} " + " ".join(p.sexpr() for p in self.pins) + ")")
        out.append("(embedded_fonts no))")
        return " ".join(out)


def sym_box(name, ref, value, left, right, bottom=(), top=(), width=20.32, footprint="", description="",
            datasheet="~"):
    """IC/module box. left/right/top/bottom: lists of (number, name, type) or None for a gap.
    Top and bottom pins sit at the right of the box, so the value (below, at the left) stays clear."""
    rows = max(len(left), len(right))
    h = (rows + 1) * 2.54 + (7.62 if (top or bottom) else 0)
    s = Sym(name, ref, value, footprint, description, datasheet)
    x0 = -width / 2
    y_top = round(h / 2 / 2.54) * 2.54
    s.rect(x0, y_top, -x0, y_top - h)
    first = y_top - 2.54 - (3.81 if top else 0)
    first = round(first / 2.54) * 2.54
    for i, p in enumerate(left):
        if p:
            s.pin(p[0], p[1], p[2], x0 - 2.54, first - 2.54 * i, 0)
    for i, p in enumerate(right):
        if p:
            s.pin(p[0], p[1], p[2], -x0 + 2.54, first - 2.54 * i, 180)
    for pins, y, angle in ((bottom, y_top - h - 2.54, 90), (top, y_top + 2.54, 270)):
        n = len(pins)
        for i, p in enumerate(pins):
            px = -x0 - 2.54 * (n - i)
            s.pin(p[0], p[1], p[2], px, y, angle)
    s.ref_at = (x0, y_top + 1.27)
    s.value_at = (x0, y_top - h - 1.905)
    return s


def make_library():
    syms = {}

    r = Sym("R", "R", "R", description="Resistor", show_pin_numbers=False, show_pin_names=False)
    r.rect(-2.54, 1.016, 2.54, -1.016, fill="none")
    r.pin(1, "~", "passive", -5.08, 0, 0)
    r.pin(2, "~", "passive", 5.08, 0, 180)
    r.ref_at, r.value_at = (0, 2.286), (0, -2.54)
    syms["R"] = r

    c = Sym("C", "C", "C", description="Capacitor", show_pin_numbers=False, show_pin_names=False)
    c.poly([(-0.762, 2.032), (-0.762, -2.032)], width=0.508)
    c.poly([(0.762, 2.032), (0.762, -2.032)], width=0.508)
    c.pin(1, "~", "passive", -3.81, 0, 0, length=3.048)
    c.pin(2, "~", "passive", 3.81, 0, 180, length=3.048)
    c.ref_at, c.value_at = (0, 3.048), (0, -3.302)
    syms["C"] = c

    cp = Sym("CP", "C", "CP", description="Polarised capacitor (pin 1 = +)", show_pin_numbers=False,
             show_pin_names=False)
    cp.rect(-1.016, 2.032, -0.508, -2.032, fill="none")
    cp.poly([(0.762, 2.032), (0.762, -2.032)], width=0.508)
    cp.poly([(-2.54, 1.778), (-1.778, 1.778)])
    cp.poly([(-2.159, 2.159), (-2.159, 1.397)])
    cp.pin(1, "+", "passive", -3.81, 0, 0, length=2.794)
    cp.pin(2, "-", "passive", 3.81, 0, 180, length=3.048)
    cp.ref_at, cp.value_at = (0, 3.048), (0, -3.302)
    syms["CP"] = cp

    # diodes: pin 1 = cathode (K), pin 2 = anode (A); drawn anode left, cathode right
    d = Sym("D_Schottky", "D", "D_Schottky", description="Schottky diode (pin 1 = K, pin 2 = A)",
            show_pin_names=False, show_pin_numbers=False)
    d.poly([(-1.27, 1.27), (-1.27, -1.27), (1.27, 0), (-1.27, 1.27)], fill="none")
    d.poly([(1.905, 0.635), (1.905, 1.27), (1.27, 1.27), (1.27, -1.27), (0.635, -1.27), (0.635, -0.635)])
    d.pin(1, "K", "passive", 3.81, 0, 180)
    d.pin(2, "A", "passive", -3.81, 0, 0)
    d.ref_at, d.value_at = (0, 2.54), (0, -2.54)
    syms["D_Schottky"] = d

    t = Sym("D_TVS_Bidir", "D", "TVS", description="Bidirectional TVS / ESD diode", show_pin_names=False,
            show_pin_numbers=False)
    t.poly([(-2.54, 1.27), (-2.54, -1.27), (0, 0), (-2.54, 1.27)])
    t.poly([(2.54, 1.27), (2.54, -1.27), (0, 0), (2.54, 1.27)])
    t.poly([(-0.508, 1.27), (0, 1.27), (0, -1.27), (0.508, -1.27)])
    t.pin(1, "A1", "passive", -5.08, 0, 0, length=2.54)
    t.pin(2, "A2", "passive", 5.08, 0, 180, length=2.54)
    t.ref_at, t.value_at = (0, 2.54), (0, -2.54)
    syms["D_TVS_Bidir"] = t

    def fet(name, pch, desc):
        s = Sym(name, "Q", name, description=desc, show_pin_names=False)
        # gate at left, pin 1; top lead pin 3 (drain, N) / pin 2 (source, P)
        s.poly([(-2.54, 0), (-1.27, 0)])
        s.poly([(-1.27, 1.905), (-1.27, -1.905)])
        for y0, y1 in ((1.27, 2.286), (-0.508, 0.508), (-2.286, -1.27)):
            s.poly([(-0.508, y0), (-0.508, y1)], width=0.381)
        s.poly([(-0.508, 1.778), (1.27, 1.778), (1.27, 2.54)])
        s.poly([(-0.508, -1.778), (1.27, -1.778), (1.27, -2.54)])
        s.poly([(-0.508, 0), (1.27, 0), (1.27, -1.778)])
        if pch:
            s.poly([(0.508, 0), (-0.254, 0.508), (-0.254, -0.508), (0.508, 0)], fill="outline")
            top, bot = (2, "S"), (3, "D")
        else:
            s.poly([(-0.508, 0), (0.254, 0.508), (0.254, -0.508), (-0.508, 0)], fill="outline")
            top, bot = (3, "D"), (2, "S")
        s.circle(0, 0, 2.794)
        s.pin(1, "G", "passive", -5.08, 0, 0, length=2.54)
        s.pin(top[0], top[1], "passive", 1.27, 5.08, 270, length=2.54)
        s.pin(bot[0], bot[1], "passive", 1.27, -5.08, 90, length=2.54)
        s.ref_at, s.value_at = (3.81, 1.27), (3.81, -1.27)
        return s

    syms["PMOS_GSD"] = fet("PMOS_GSD", True, "P-channel MOSFET, SOT-23 (1 = G, 2 = S, 3 = D)")
    syms["NMOS_GSD"] = fet("NMOS_GSD", False, "N-channel MOSFET, SOT-23 (1 = G, 2 = S, 3 = D)")

    n = Sym("NPN_BEC", "Q", "NPN_BEC", description="NPN transistor, SOT-23 (1 = B, 2 = E, 3 = C)",
            show_pin_names=False)
    n.poly([(-2.54, 0), (-0.762, 0)])
    n.poly([(-0.762, 1.905), (-0.762, -1.905)], width=0.508)
    n.poly([(-0.762, 0.635), (1.27, 2.54)])
    n.poly([(-0.762, -0.635), (1.27, -2.54)])
    n.poly([(1.016, -2.286), (0.508, -1.27), (0, -2.032), (1.016, -2.286)], fill="outline")
    n.circle(0, 0, 2.794)
    n.pin(1, "B", "passive", -5.08, 0, 0, length=2.54)
    n.pin(3, "C", "passive", 1.27, 5.08, 270, length=2.54)
    n.pin(2, "E", "passive", 1.27, -5.08, 90, length=2.54)
    n.ref_at, n.value_at = (3.81, 1.27), (3.81, -1.27)
    syms["NPN_BEC"] = n

    sw = Sym("SW_Push", "SW", "SW_Push", description="Momentary push button, normally open",
             show_pin_names=False, show_pin_numbers=False)
    sw.circle(-2.032, 0, 0.508)
    sw.circle(2.032, 0, 0.508)
    sw.poly([(-2.54, 1.27), (2.54, 1.27)])
    sw.poly([(0, 1.27), (0, 3.048)])
    sw.pin(1, "1", "passive", -5.08, 0, 0, length=2.54)
    sw.pin(2, "2", "passive", 5.08, 0, 180, length=2.54)
    sw.ref_at, sw.value_at = (0, 4.318), (0, -1.905)
    syms["SW_Push"] = sw

    spk = Sym("Speaker", "LS", "Speaker", description="Loudspeaker", show_pin_names=False)
    spk.rect(-1.016, 1.778, 1.016, -1.778, fill="none")
    spk.poly([(1.016, 1.778), (3.048, 3.81), (3.048, -3.81), (1.016, -1.778)])
    spk.pin(1, "+", "passive", -3.81, 1.27, 0, length=2.794)
    spk.pin(2, "-", "passive", -3.81, -1.27, 0, length=2.794)
    spk.ref_at, spk.value_at = (5.08, 1.27), (5.08, -1.27)
    syms["Speaker"] = spk

    # ---- ICs and modules
    esp_left = [(2, "3V3", "power_in"), (3, "EN", "input"), (25, "IO0", "bidirectional"),
                (35, "TXD0/IO1", "bidirectional"), (34, "RXD0/IO3", "bidirectional"), None,
                (24, "IO2", "bidirectional"), (26, "IO4", "bidirectional"), (29, "IO5", "bidirectional"),
                (14, "IO12", "bidirectional"), (16, "IO13", "bidirectional"), (13, "IO14", "bidirectional"),
                (23, "IO15", "bidirectional"), (27, "IO16", "bidirectional"), (28, "IO17", "bidirectional"),
                (4, "SENSOR_VP/IO36", "input"), (5, "SENSOR_VN/IO39", "input"), (6, "IO34", "input"),
                (7, "IO35", "input")]
    esp_right = [(30, "IO18", "bidirectional"), (31, "IO19", "bidirectional"), (33, "IO21", "bidirectional"),
                 (36, "IO22", "bidirectional"), (37, "IO23", "bidirectional"), (10, "IO25", "bidirectional"),
                 (11, "IO26", "bidirectional"), (12, "IO27", "bidirectional"), (8, "IO32", "bidirectional"),
                 (9, "IO33", "bidirectional"), None]
    esp_right += [(p, "NC", "no_connect") for p in (17, 18, 19, 20, 21, 22, 32)]
    esp_bottom = [(1, "GND", "power_in"), (15, "GND", "power_in"), (38, "GND", "power_in"),
                  (39, "GND_PAD", "power_in")]
    syms["ESP32-WROOM-32E"] = sym_box(
        "ESP32-WROOM-32E", "U", "ESP32-WROOM-32E", esp_left, esp_right, bottom=esp_bottom, width=35.56,
        footprint="RF_Module:ESP32-WROOM-32E",
        description="Espressif ESP32-WROOM-32E module; pin numbers are the module's (pin 39 = exposed ground pad)",
        datasheet="https://www.espressif.com/sites/default/files/documentation/esp32-wroom-32e_esp32-wroom-32ue_datasheet_en.pdf")

    syms["RT9080-33"] = sym_box(
        "RT9080-33", "U", "RT9080-33", [(1, "VIN", "power_in"), (3, "EN", "input")],
        [(5, "VOUT", "power_out"), (4, "NC", "no_connect")], bottom=[(2, "GND", "power_in")], width=20.32,
        footprint="Package_TO_SOT_SMD:TSOT-23-5",
        description="Richtek RT9080-33, 3.3 V 600 mA LDO, 2 uA ground current (DS9080-00), TSOT-23-5")

    syms["74AHCT1G125"] = sym_box(
        "74AHCT1G125", "U", "74AHCT1G125", [(2, "A", "input"), (1, "~{OE}", "input")], [(4, "Y", "output")],
        top=[(5, "VCC", "power_in")], bottom=[(3, "GND", "power_in")], width=22.86,
        footprint="Package_TO_SOT_SMD:SOT-23-5",
        description="TI SN74AHCT1G125DBV single buffer, TTL-level inputs (pin 1 = OE#, 2 = A, 3 = GND, 4 = Y, 5 = VCC)")

    syms["WS2812B_Ring"] = sym_box(
        "WS2812B_Ring", "LED", "WS2812B ring", [(2, "DIN", "input"), (4, "DOUT", "output")],
        [], top=[(1, "VDD", "power_in")], bottom=[(3, "GND", "power_in")], width=27.94,
        footprint="Connector_PinHeader_2.54mm:PinHeader_1x04_P2.54mm_Vertical",
        description="WS2812B ring module, wired to four pads (1 = 5V/VDD, 2 = DIN, 3 = GND, 4 = DOUT)")

    syms["MAX98357A_Breakout"] = sym_box(
        "MAX98357A_Breakout", "U", "MAX98357A breakout",
        [(2, "BCLK", "input"), (1, "LRC", "input"), (3, "DIN", "input"), (4, "GAIN", "passive"),
         (5, "SD", "input")],
        [(8, "OUT+", "output"), (9, "OUT-", "output")],
        top=[(7, "VIN", "power_in")], bottom=[(6, "GND", "power_in")], width=25.4,
        footprint="Connector_PinHeader_2.54mm:PinHeader_1x09_P2.54mm_Vertical",
        description="MAX98357A I2S amplifier breakout (Adafruit 3006 order: 1 LRC, 2 BCLK, 3 DIN, 4 GAIN, 5 SD, 6 GND, 7 Vin; 8/9 = speaker terminal)")

    syms["USB_C_Power"] = sym_box(
        "USB_C_Power", "J", "USB-C power-only receptacle",
        [], [(("A9"), "VBUS", "passive"), ("B9", "VBUS", "passive"), ("A5", "CC1", "passive"),
             ("B5", "CC2", "passive"), ("A12", "GND", "passive"), ("B12", "GND", "passive"),
             ("S1", "SHIELD", "passive")], width=15.24,
        footprint="Connector_USB:USB_C_Receptacle_GCT_USB4135-GF-A_6P_TopMnt_Horizontal",
        description="USB Type-C receptacle, power only (VBUS, CC1, CC2, GND, shield)")

    # listed top to bottom; GND last so that its symbol hangs clear of the other pins
    prog = [(2, "TXD0→adapter_RX", "passive"), (3, "RXD0←adapter_TX", "passive"),
            (4, "EN", "passive"), (5, "IO0", "passive"), (6, "RTS", "passive"), (7, "DTR", "passive"),
            (1, "GND", "passive")]
    syms["Prog_Header_1x07"] = sym_box(
        "Prog_Header_1x07", "J", "Programming header", [], prog, width=30.48,
        footprint="Connector_PinHeader_2.54mm:PinHeader_1x07_P2.54mm_Vertical",
        description="1 x 7 programming header for a 3.3 V USB-serial adapter")

    # ---- power symbols
    def power(name, below=False):
        s = Sym(name, "#PWR", name, description=f"Power symbol: net {name}", power=True,
                show_pin_numbers=False, show_pin_names=False, in_bom=False)
        if below:
            s.poly([(0, 0), (0, -1.27), (1.27, -1.27), (0, -2.54), (-1.27, -1.27), (0, -1.27)])
            s.value_at = (0, -3.81)
        else:
            s.poly([(-0.762, 1.27), (0, 2.54)])
            s.poly([(0, 2.54), (0.762, 1.27)])
            s.poly([(0, 0), (0, 2.54)])
            s.value_at = (0, 3.556)
        s.ref_at = (0, -3.81 if not below else -6.35)
        s.pin(1, name, "power_in", 0, 0, 90 if not below else 270, length=0, hidden=True)
        return s

    for name in ("+5V", "+3V3", "VRING"):
        syms[name] = power(name)
    syms["GND"] = power("GND", below=True)
    flag = Sym("PWR_FLAG", "#FLG", "PWR_FLAG", description="Marks a net as driven by a power source",
               power=True, show_pin_numbers=False, show_pin_names=False, in_bom=False)
    flag.poly([(0, 0), (0, 1.27), (-1.016, 1.905), (0, 2.54), (1.016, 1.905), (0, 1.27)])
    flag.value_at, flag.ref_at = (0, 3.81), (0, 1.905)
    flag.pin(1, "pwr", "power_out", 0, 0, 90, length=0)
    syms["PWR_FLAG"] = flag
    return syms


LIBRARY = make_library()

# ---------------------------------------------------------------- the sheet


class Sheet:
    def __init__(self):
        self.items = []
        self.placed = {}   # ref -> (sym, x, y)
        self.pwr_n = 0

    def place(self, key, ref, x, y, value, footprint=None, fields=None, ref_dx=None):
        """Places LIBRARY[key] with its origin at sheet (x, y) in mm (no rotation)."""
        s = LIBRARY[key]
        self.placed[ref] = (s, x, y)
        fp = s.footprint if footprint is None else footprint
        hide = " (hide yes)"
        props = [("Reference", ref, s.ref_at, s.power), ("Value", value, s.value_at, False),
                 ("Footprint", fp, (0, 0), True), ("Datasheet", s.datasheet, (0, 0), True),
                 ("Description", s.description, (0, 0), True)]
        for k, v in (fields or {}).items():
            props.append((k, v, (0, 0), True))
        body = [f"(symbol (lib_id {q(LIB + ':' + key)}) (at {f(x)} {f(y)} 0) (unit 1)",
                f"(exclude_from_sim no) (in_bom {'yes' if s.in_bom else 'no'}) (on_board {'no' if s.power else 'yes'}) (dnp no)",
                f"(uuid {q(uid('sym', ref))})"]
        for k, v, (px, py), h in props:
            just = ""
            if k in ("Reference", "Value") and not s.power and key not in ("R", "C", "CP", "D_Schottky", "D_TVS_Bidir", "SW_Push"):
                just = " (justify left)"
            body.append(f"(property {q(k)} {q(v)} (at {f(x + px)} {f(y - py)} 0) (effects {font()}{just}){hide if h else ''})")
        for p in s.pins:
            body.append(f"(pin {q(p.num)} (uuid {q(uid('pin', ref, p.num))}))")
        body.append(f"(instances (project \"relaxlamp\" (path {q('/' + ROOT_UUID)} (reference {q(ref)}) (unit 1))))")
        body.append(")")
        self.items.append(" ".join(body))

    def pin_at(self, ref, num):
        s, x, y = self.placed[ref]
        for p in s.pins:
            if p.num == str(num):
                return x + p.x, y - p.y, p.angle
        raise KeyError(f"{ref}.{num}")

    def label(self, ref, num, net):
        """A label at the end of a short stub: it reads away from the part's body."""
        x, y, ex, ey, angle = self.stub_end(ref, num)
        self.wire(x, y, ex, ey)
        self.label_at(ex, ey, angle, net)

    def stub_end(self, ref, num, length=2.54):
        """End of a short wire drawn outward from a pin's connection point."""
        x, y, angle = self.pin_at(ref, num)
        dx, dy = {0: (-length, 0), 180: (length, 0), 90: (0, length), 270: (0, -length)}[angle]
        return x, y, x + dx, y + dy, angle

    def power(self, ref, num, net):
        x, y, ex, ey, angle = self.stub_end(ref, num, 5.08 if angle_is_horizontal(self.pin_at(ref, num)[2]) else 2.54)
        self.wire(x, y, ex, ey)
        if angle == 90 and net != "GND":
            # a supply arrow under a downward pin would sit on the lead: step aside
            self.wire(ex, ey, ex + 5.08, ey)
            ex += 5.08
        self.power_at(ex, ey, net)

    def power_at(self, x, y, net):
        self.pwr_n += 1
        self.place(net, f"#PWR{self.pwr_n:03d}", x, y, net)

    def label_at(self, x, y, angle, net):
        la, just = {0: (180, "right"), 180: (0, "left"), 90: (270, "right"), 270: (90, "left")}[angle]
        self.items.append(f"(label {q(net)} (at {f(x)} {f(y)} {la}) (effects {font()} (justify {just} bottom)) "
                          f"(uuid {q(uid('label', x, y, net))}))")

    def join(self, net, ref, nums):
        """Pins of one part on one net, side by side: stubs joined by one wire, one symbol or label."""
        ends = [self.stub_end(ref, n) for n in nums]
        for x, y, ex, ey, _ in ends:
            self.wire(x, y, ex, ey)
        pts = sorted((ex, ey) for _, _, ex, ey, _ in ends)
        for a, b in zip(pts, pts[1:]):
            self.wire(a[0], a[1], b[0], b[1])
        for ex, ey in pts[1:-1]:
            self.items.append(f"(junction (at {f(ex)} {f(ey)}) (diameter 0) (color 0 0 0 0) (uuid {q(uid('j', ex, ey))}))")
        angle = ends[0][4]
        if net in POWER_NETS:
            # GND hangs from the lowest point, a supply rises from the highest
            x, y = max(pts, key=lambda p: p[1]) if net == "GND" else min(pts, key=lambda p: p[1])
            if angle in (90, 270):
                x, y = (pts[0] if net != "GND" else pts[len(pts) // 2])
            self.power_at(x, y, net)
        else:
            self.label_at(pts[0][0], pts[0][1], angle, net)

    def flag(self, x, y, n):
        self.place("PWR_FLAG", f"#FLG{n:02d}", x, y, "PWR_FLAG")

    def wire(self, x1, y1, x2, y2):
        self.items.append(f"(wire (pts (xy {f(x1)} {f(y1)}) (xy {f(x2)} {f(y2)})) (stroke (width 0) (type default)) "
                          f"(uuid {q(uid('wire', x1, y1, x2, y2))}))")

    def nc(self, ref, num):
        x, y, _ = self.pin_at(ref, num)
        self.items.append(f"(no_connect (at {f(x)} {f(y)}) (uuid {q(uid('nc', ref, num))}))")

    def text(self, s, x, y, size=1.27, bold=False, italic=False):
        self.items.append(f"(text {q(s)} (exclude_from_sim no) (at {f(x)} {f(y)} 0) "
                          f"(effects {font(size, bold, italic)} (justify left top)) (uuid {q(uid('text', s[:40], x, y))}))")

    def box(self, x1, y1, x2, y2, title):
        self.items.append(f"(rectangle (start {f(x1)} {f(y1)}) (end {f(x2)} {f(y2)}) "
                          f"(stroke (width 0.1524) (type dash)) (fill (type none)) (uuid {q(uid('box', title))}))")
        self.text(title, x1 + 1.27, y1 + 1.27, 2.0, bold=True)

    def connect(self, spec):
        """spec: {net: [ 'REF.PIN', ... ]}; power nets get power symbols, the rest labels."""
        for net, nodes in spec.items():
            by_ref = {}
            for node in nodes:
                ref, num = node.split(".", 1)
                by_ref.setdefault(ref, []).append(num)
            for ref, nums in by_ref.items():
                if len(nums) > 1 and len({self.pin_at(ref, n)[2] for n in nums}) == 1:
                    self.join(net, ref, nums)
                    continue
                for num in nums:
                    if net in POWER_NETS:
                        self.power(ref, num, net)
                    else:
                        self.label(ref, num, net)


POWER_NETS = ("GND", "+5V", "+3V3", "VRING")


def angle_is_horizontal(angle):
    return angle in (0, 180)


def g(n):
    """n grid steps of 1.27 mm."""
    return round(n) * U


def build():
    sh = Sheet()
    data_pin = module_pin(gpio("RING_DATA"))
    power_pin = module_pin(gpio("RING_POWER"))
    button_pin = module_pin(gpio("BUTTON"))
    bclk_pin = module_pin(gpio("I2S_BCLK"))
    lrc_pin = module_pin(gpio("I2S_LRC"))
    din_pin = module_pin(gpio("I2S_DIN"))
    leds = PINS["LED_COUNT"]["value"]
    led_type = PINS["LED_TYPE"]["value"]

    R = "Resistor_SMD:R_0603_1608Metric"
    C0603 = "Capacitor_SMD:C_0603_1608Metric"
    C0805 = "Capacitor_SMD:C_0805_2012Metric"
    SOT23 = "Package_TO_SOT_SMD:SOT-23"
    SOD323 = "Diode_SMD:D_SOD-323"

    # ------------------------------------------------ power in
    sh.box(g(10), g(12), g(106), g(100), "Power in: USB-C, 5 V only")
    sh.place("USB_C_Power", "J1", g(24), g(36), "USB-C receptacle, power only")
    sh.place("D_TVS_Bidir", "D1", g(58), g(22), "TSD05C", SOD323)
    sh.place("C", "C2", g(58), g(28), "10u", C0805)
    sh.place("D_TVS_Bidir", "D2", g(58), g(38), "TSD05C", SOD323)
    sh.place("D_TVS_Bidir", "D3", g(58), g(44), "TSD05C", SOD323)
    sh.place("R", "R6", g(82), g(38), "5.1k 1%", R)
    sh.place("R", "R7", g(82), g(44), "5.1k 1%", R)
    sh.place("D_Schottky", "D5", g(24), g(60), "B5819W", "Diode_SMD:D_SOD-123")
    sh.place("RT9080-33", "U2", g(56), g(64), "RT9080-33GJ5")
    sh.place("C", "C4", g(36), g(77), "10u", C0805)
    sh.place("C", "C5", g(78), g(77), "22u", C0805)
    sh.text("D1: TVS on VBUS (TI TSD05C: VRWM 5.5 V, leakage <= 50 nA). D2, D3:\n"
            "ESD on CC1/CC2. R6, R7: one 5.1 k per CC pin, never one shared.\n"
            "D5 (Schottky) keeps U2's input below the RT9080's 5.5 V operating\n"
            "limit (DS9080-00) when VBUS sits at the top of vSafe5V (5.5 V).\n"
            "A legacy A-to-C cable holds 56 k from VBUS to CC: ~82 uA through\n"
            "R6 or R7 while asleep (hardware/power-budget.md).", g(12), g(84), 1.1, italic=True)

    # ------------------------------------------------ controller
    sh.box(g(110), g(12), g(214), g(140), "Controller")
    sh.place("ESP32-WROOM-32E", "U1", g(168), g(62), "ESP32-WROOM-32E-N8")
    sh.place("C", "C9", g(126), g(20), "100n", C0603)
    sh.place("R", "R8", g(126), g(26), "10k", R)
    sh.place("C", "C6", g(126), g(32), "1u", C0603)
    sh.text("nanoFramework target ESP32_REV3. Pin numbers are the module's;\n"
            "pin 39 is its exposed ground pad: solder it to GND. C5 (22 uF)\n"
            "and C9 (100 nF) sit at module pin 2 (3V3), C9 closest.\n"
            "R8 + C6: the EN power-up delay (10 k, 1 uF).", g(112), g(122), 1.1, italic=True)

    # ------------------------------------------------ programming header + auto-reset pair
    sh.box(g(10), g(104), g(106), g(170), "Programming (build time only)")
    sh.place("Prog_Header_1x07", "J2", g(28), g(124), "Programming header 1x7")
    sh.place("NPN_BEC", "Q3", g(88), g(118), "MMBT3904", SOT23)
    sh.place("NPN_BEC", "Q4", g(88), g(140), "MMBT3904", SOT23)
    sh.place("R", "R10", g(64), g(118), "10k", R)
    sh.place("R", "R11", g(64), g(140), "10k", R)
    sh.text("Auto-reset pair (the circuit of Espressif's DevKitC): with a DTR/RTS\n"
            "adapter, esptool/nanoff pulse EN and hold IO0 low themselves.\n"
            "Without DTR/RTS leave Q3, Q4, R10, R11 out: hold IO0 to GND while\n"
            "pulsing EN to GND. 3.3 V adapter; TXD0 goes to the adapter's RX.\n"
            "Never power the lamp from the adapter while USB-C is plugged in.", g(12), g(152), 1.1, italic=True)

    # ------------------------------------------------ ring power switch
    sh.box(g(218), g(12), g(320), g(96), "Ring power switch, slew-limited")
    sh.place("PMOS_GSD", "Q1", g(294), g(40), "AO3401A", SOT23)
    sh.place("NMOS_GSD", "Q2", g(254), g(60), "BSS138", SOT23)
    sh.place("R", "R2", g(246), g(24), "100k", R)
    sh.place("C", "C10", g(246), g(30), "3.3u", C0805)
    sh.place("C", "C3", g(268), g(40), "330n", C0603)
    sh.place("R", "R3", g(268), g(48), "10k", R)
    sh.place("R", "R4", g(236), g(66), "100k", R)
    sh.text("C3 is gate-drain (Miller): on the plateau (~2 V) the gate current is\n"
            "(3 V - 0.45 V) / (R2 || R3 = 9.1 k) = 0.28 mA, so the drain rises at\n"
            "0.28 mA / 330 nF = 0.85 V/ms and C1 (470 uF) charges with 0.40 A\n"
            "(0.32-0.48 A for a 1.5-2.5 V plateau). Fully on: VGS = -4.55 V.\n"
            "C10 (gate-source, 10 x C3) keeps Q1 off at plug-in. Check it:\n"
            "VRING's 10-90 % rise >= 2 ms on a scope, VBUS stays > 4.5 V.", g(220), g(76), 1.1, italic=True)

    # ------------------------------------------------ ring
    sh.box(g(218), g(100), g(320), g(196), "Ring: level shifter, data pull-down, bulk capacitor")
    sh.place("74AHCT1G125", "U3", g(250), g(126), "SN74AHCT1G125DBV")
    sh.place("R", "R5", g(230), g(140), "10k", R)
    sh.place("C", "C7", g(232), g(112), "100n", C0603)
    sh.place("R", "R1", g(282), g(122), "330", R)
    sh.place("WS2812B_Ring", "LED1", g(300), g(148), f"WS2812B ring, {leds} LEDs",
             fields={"Ring": f"{leds} × {led_type}"})
    sh.place("CP", "C1", g(298), g(132), "470u 10V", "Capacitor_THT:CP_Radial_D8.0mm_P3.50mm")
    sh.text(f"LED1: {leds} × {led_type} ring module (DOUT unused).\n"
            "R5 holds RING_DATA low while GPIO18 floats (reset, boot, deep\n"
            "sleep) and VRING may still be up (Q1 turns off slowly).\n"
            "C1 at the ring's pads, on the switched side. U3 and C7 are on\n"
            "VRING: nothing here draws current in sleep.", g(220), g(170), 1.1, italic=True)

    # ------------------------------------------------ button
    sh.box(g(110), g(144), g(214), g(174), "Button (top-actuated)")
    sh.place("R", "R13", g(128), g(156), "1k", R)
    sh.place("R", "R12", g(152), g(152), "100k", R)
    sh.place("SW_Push", "SW1", g(180), g(152), "push button", "Button_Switch_THT:SW_PUSH-12mm")
    sh.place("D_TVS_Bidir", "D4", g(180), g(160), "TSD05C", SOD323)
    sh.text("External 100 k pull-up (the internal one depends on RTC-domain\n"
            "settings in deep sleep), 1 k in series, ESD diode at the button.", g(112), g(166), 1.1, italic=True)

    # ------------------------------------------------ audio
    sh.box(g(110), g(178), g(230), g(224), "Optional voice: I2S amplifier + 8 Ω speaker (on VRING)")
    sh.place("MAX98357A_Breakout", "U4", g(140), g(204), "MAX98357A breakout")
    sh.place("R", "R9", g(172), g(190), "100k", R)
    sh.place("Speaker", "LS1", g(172), g(202), "8 Ω, 1-2 W, 40 mm", "Connector_PinHeader_2.54mm:PinHeader_1x02_P2.54mm_Vertical")
    sh.text("GAIN to VIN through 100 k = 3 dB,\n"
            "the lowest gain (MAX98357A datasheet).\n"
            "On VRING: off and silent while the\n"
            "ring is off. Firmware: stop I2S and\n"
            "set BCLK, LRC, DIN to inputs (or low)\n"
            "before VRING goes off.\n"
            "SD open: the breakout's own pull-up\n"
            "selects (L+R)/2.", g(194), g(184), 1.1, italic=True)

    # ------------------------------------------------ notes
    sh.box(g(10), g(174), g(106), g(224), "Nets and notes")
    sh.text(f"Firmware pins (hardware/pins.csv = LampConfig.cs):\n"
            f"  GPIO{gpio('RING_DATA')} (module pin {data_pin})  RING_DATA\n"
            f"  GPIO{gpio('RING_POWER')} (module pin {power_pin})  RING_POWER\n"
            f"  GPIO{gpio('BUTTON')} (module pin {button_pin})  BUTTON\n"
            f"  GPIO{gpio('I2S_BCLK')} (module pin {bclk_pin})  I2S_BCLK\n"
            f"  GPIO{gpio('I2S_LRC')} (module pin {lrc_pin})  I2S_LRC\n"
            f"  GPIO{gpio('I2S_DIN')} (module pin {din_pin})  I2S_DIN\n"
            "+5V: VBUS, always on. +3V3: U2's output, feeds U1 only.\n"
            "VRING: switched 5 V (ring, U3, C1, U4), off in sleep.\n"
            "Labels of the same name are one net.\n"
            "A design on paper: not built or measured yet.\n"
            "SPDX-License-Identifier: CERN-OHL-P-2.0", g(12), g(180), 1.27)

    # ------------------------------------------------ nets
    nets = {
        "+5V": ["J1.A9", "J1.B9", "D1.1", "C2.1", "D5.2", "Q1.2", "R2.2", "C10.2"],
        "GND": ["J1.A12", "J1.B12", "J1.S1", "D1.2", "C2.2", "D2.2", "D3.2", "R6.2", "R7.2", "U2.2", "C4.2",
                "C5.2", "U1.1", "U1.15", "U1.38", "U1.39", "C9.2", "C6.2", "J2.1", "Q2.2", "R4.1", "U3.3",
                "U3.1", "R5.1", "C7.2", "C1.2", "LED1.3", "SW1.2", "D4.2", "U4.6"],
        "CC1": ["J1.A5", "D2.1", "R6.1"],
        "CC2": ["J1.B5", "D3.1", "R7.1"],
        "VIN_LDO": ["D5.1", "U2.1", "U2.3", "C4.1"],
        "+3V3": ["U2.5", "C5.1", "U1.2", "C9.1", "R8.1", "R12.2"],
        "EN": ["U1.3", "R8.2", "C6.1", "J2.4", "Q3.3"],
        "IO0": ["U1.25", "J2.5", "Q4.3"],
        "TXD0": ["U1.35", "J2.2"],
        "RXD0": ["U1.34", "J2.3"],
        "DTR": ["J2.7", "R10.1", "Q4.2"],
        "RTS": ["J2.6", "R11.1", "Q3.2"],
        "Q3_B": ["R10.2", "Q3.1"],
        "Q4_B": ["R11.2", "Q4.1"],
        "RING_DATA": [f"U1.{data_pin}", "U3.2", "R5.2"],
        "RING_POWER": [f"U1.{power_pin}", "Q2.1", "R4.2"],
        "Q1_GATE": ["Q1.1", "R2.1", "C10.1", "C3.1", "R3.2"],
        "Q2_DRAIN": ["R3.1", "Q2.3"],
        "VRING": ["Q1.3", "C3.2", "C1.1", "LED1.1", "U3.5", "C7.1", "U4.7", "R9.2"],
        "RING_Y": ["U3.4", "R1.1"],
        "RING_DIN": ["R1.2", "LED1.2"],
        "BUTTON": [f"U1.{button_pin}", "R13.1"],
        "BTN_SW": ["R13.2", "R12.1", "SW1.1", "D4.1"],
        "I2S_BCLK": [f"U1.{bclk_pin}", "U4.2"],
        "I2S_LRC": [f"U1.{lrc_pin}", "U4.1"],
        "I2S_DIN": [f"U1.{din_pin}", "U4.3"],
        "AMP_GAIN": ["U4.4", "R9.1"],
        "SPK+": ["U4.8", "LS1.1"],
        "SPK-": ["U4.9", "LS1.2"],
    }
    sh.connect(nets)
    used = {n for nodes in nets.values() for n in nodes}
    # every other pin: a no-connect flag (NC-type pins need none)
    for ref, (s, _, _) in list(sh.placed.items()):
        if ref.startswith("#"):
            continue
        for p in s.pins:
            if f"{ref}.{p.num}" not in used and p.etype != "no_connect":
                sh.nc(ref, p.num)
    # power flags, for the nets fed through passive parts (connector, diode, MOSFET)
    sh.text("Power flags (nets fed through J1, D5 and Q1):", g(12), g(212), 1.1, italic=True)
    for i, net in enumerate(("+5V", "GND", "VIN_LDO", "VRING")):
        x, y = g(14 + 22 * i), g(220)
        sh.flag(x, y, i + 1)
        sh.wire(x, y, x + g(8), y)
        if net in POWER_NETS:
            sh.power_at(x + g(8), y, net)
        else:
            sh.label_at(x + g(8), y, 180, net)
    return sh, nets


def write_all():
    sh, nets = build()
    used_syms = sorted({s.name for (s, _, _) in sh.placed.values()})
    lib_syms = " ".join(LIBRARY[n].sexpr() for n in used_syms)
    sch = (
        "(kicad_sch (version 20250114) (generator \"eeschema\") (generator_version \"9.0\") "
        f"(uuid {q(ROOT_UUID)}) (paper \"A3\") "
        "(title_block (title \"RelaxLamp reference build\") (rev \"2\") (company \"RelaxLamp\") "
        "(comment 1 \"SPDX-License-Identifier: CERN-OHL-P-2.0\") "
        "(comment 2 \"Generated by hardware/kicad/gen_schematic.py from hardware/pins.csv\") "
        "(comment 3 \"A design on paper: not built or measured yet\")) "
        f"(lib_symbols {lib_syms}) "
        + " ".join(sh.items)
        + " (sheet_instances (path \"/\" (page \"1\"))) (embedded_fonts no))\n"
    )
    with open(os.path.join(HERE, "relaxlamp.kicad_sch"), "w", encoding="utf-8") as fh:
        fh.write(sch)
    lib = ("(kicad_symbol_lib (version 20241209) (generator \"kicad_symbol_editor\") (generator_version \"9.0\") "
           + " ".join(LIBRARY[n].sexpr(lib_prefix=False) for n in sorted(LIBRARY)) + ")\n")
    with open(os.path.join(HERE, "relaxlamp.kicad_sym"), "w", encoding="utf-8") as fh:
        fh.write(lib)
    with open(os.path.join(HERE, "sym-lib-table"), "w", encoding="utf-8") as fh:
        fh.write('(sym_lib_table\n  (version 7)\n  (lib (name "RelaxLamp")(type "KiCad")'
                 '(uri "${KIPRJMOD}/relaxlamp.kicad_sym")(options "")(descr "RelaxLamp symbols"))\n)\n')
    fp_libs = sorted({fp.split(":")[0] for fp in re.findall(r'\(property "Footprint" "([^"]+)"', sch) if ":" in fp})
    with open(os.path.join(HERE, "fp-lib-table"), "w", encoding="utf-8") as fh:
        fh.write("(fp_lib_table\n  (version 7)\n")
        for name in fp_libs:
            fh.write(f'  (lib (name "{name}")(type "KiCad")(uri "${{KICAD9_FOOTPRINT_DIR}}/{name}.pretty")(options "")(descr ""))\n')
        fh.write(")\n")
    pro = {"meta": {"filename": "relaxlamp.kicad_pro", "version": 3},
           "schematic": {"drawing": {}, "legacy_lib_dir": "", "legacy_lib_list": []},
           "sheets": [[ROOT_UUID, "Root"]], "text_variables": {"SPDX_LICENSE": "CERN-OHL-P-2.0"}}
    with open(os.path.join(HERE, "relaxlamp.kicad_pro"), "w", encoding="utf-8") as fh:
        json.dump(pro, fh, indent=2)
        fh.write("\n")
    print("wrote hardware/kicad/relaxlamp.kicad_sch, relaxlamp.kicad_sym, sym-lib-table, relaxlamp.kicad_pro")


if __name__ == "__main__":
    write_all()
