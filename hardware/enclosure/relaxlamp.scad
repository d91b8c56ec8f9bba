// RelaxLamp enclosure: a low round base with a diffusing dome on top.
// Parametric in the ring (12, 16 or 24 LEDs). OpenSCAD 2021.01 or later.
//
// Render the pictures (hardware/render.sh does this):
//   xvfb-run -a openscad -o enclosure.png --imgsize=1600,1200 --viewall --autocenter -D 'view="assembly"' relaxlamp.scad
//   xvfb-run -a openscad -o section.png   --imgsize=1600,1200 --viewall --autocenter -D 'view="section"'  relaxlamp.scad
// Export a part for printing:
//   openscad -o base.stl -D 'view="base"' relaxlamp.scad      (also "deck", "dome", "bottom", "cap")
//
// What makes the ring a glow rather than 24 dots:
//   1. distance: the dome sits at least mix_gap above the LEDs (about twice the LED pitch or more),
//      so each point of the dome sees many LEDs;
//   2. a white deck and a white collar around the ring: light that hits them bounces back into the
//      dome instead of escaping as a bright spot; the collar also hides the LEDs from low angles;
//   3. the dome itself diffuses: opal (milky) acrylic, or white PETG printed 1.2-1.6 mm thick with
//      no infill pattern to show (spiral/vase mode), lightly sanded inside.

/* [View] */
view = "assembly"; // [assembly, section, base, deck, dome, bottom, cap]

/* [Ring] */
ring_leds = 24;                 // 12, 16 or 24
ring_od = ring_leds == 12 ? 37.0 : ring_leds == 16 ? 44.5 : 66.0;   // ring PCB outer diameter
ring_id = ring_leds == 12 ? 23.0 : ring_leds == 16 ? 31.75 : 52.3;  // ring PCB inner diameter
ring_pcb = 1.6;
led_h = 1.6;                    // WS2812B 5050 package height
led_circle = (ring_od + ring_id) / 2;
led_pitch = PI * led_circle / ring_leds;
mix_gap = max(30, 3 * led_pitch);   // LED top to dome top, mm

/* [Body] */
body_d = 104;         // base outer diameter
base_h = 34;          // base height (holds the electronics)
wall = 2.4;
dome_wall = 1.6;
dome_d = body_d - 2 * wall - 0.6;   // dome sits inside the base's top rim
dome_h = mix_gap + 8;
rim_h = 5;            // depth of the rim the dome sits in
collar_h = 6;         // white collar around the ring
button_d = 16;        // panel-mount momentary switch hole
cap_d = 24;           // button cap (finger target)
usb_w = 12.5;
usb_h = 7;
screw_r = body_d / 2 - wall - 4;

$fn = 96;

module base() {
    difference() {
        cylinder(d = body_d, h = base_h);
        // cavity
        translate([0, 0, -0.01]) cylinder(d = body_d - 2 * wall, h = base_h - 2 + 0.02);
        // rim for the dome
        translate([0, 0, base_h - rim_h]) cylinder(d = dome_d + 0.6, h = rim_h + 0.01);
        // button (front = -y, towards the sleeper)
        translate([0, -body_d / 2 + wall / 2, base_h / 2 - 2]) rotate([90, 0, 0]) cylinder(d = button_d, h = wall * 3, center = true);
        // USB-C at the back
        translate([0, body_d / 2 - wall / 2, 9]) cube([usb_w, wall * 3, usb_h], center = true);
    }
    // bosses for the bottom plate screws (M3 self-tapping)
    for (a = [90, 210, 330]) rotate([0, 0, a]) translate([screw_r, 0, 0]) difference() {
        cylinder(d = 8, h = base_h - rim_h - 2);
        translate([0, 0, -0.01]) cylinder(d = 2.6, h = 12);
    }
}

module deck() {
    // white deck the ring lies on; doubles as the base's ceiling under the dome
    deck_t = 2;
    difference() {
        union() {
            cylinder(d = dome_d - 0.4, h = deck_t);
            // collar round the ring: bounces low light up, hides the LEDs from the side
            difference() {
                cylinder(d = ring_od + 2 * 2.4, h = deck_t + collar_h);
                translate([0, 0, -0.01]) cylinder(d = ring_od + 0.6, h = deck_t + collar_h + 0.02);
            }
            // centre cone: scatters the light from the inner edge of the LEDs upwards
            translate([0, 0, deck_t]) cylinder(d1 = ring_id - 4, d2 = 4, h = 12);
        }
        // wire hole (VDD, DIN, GND)
        translate([ring_od / 2 - 3, 0, -0.01]) cylinder(d = 4, h = deck_t + 0.02);
    }
}

module dome() {
    r = dome_d / 2;
    difference() {
        union() {
            translate([0, 0, rim_h]) scale([1, 1, dome_h / r]) sphere(r = r);
            cylinder(r = r, h = rim_h + 0.01);
        }
        translate([0, 0, rim_h]) scale([1, 1, (dome_h - dome_wall) / (r - dome_wall)]) sphere(r = r - dome_wall);
        translate([0, 0, -0.01]) cylinder(r = r - dome_wall, h = rim_h + 0.03);
        translate([0, 0, -r * 4]) cube(r * 8, center = true);
    }
}

module bottom() {
    difference() {
        cylinder(d = body_d - 2 * wall - 0.4, h = 2);
        for (a = [90, 210, 330]) rotate([0, 0, a]) translate([screw_r, 0, -0.01]) cylinder(d = 3.4, h = 3);
        // speaker grille (optional voice)
        for (x = [-12:4:12], y = [-12:4:12]) if (x * x + y * y <= 144) translate([x, y + 18, -0.01]) cylinder(d = 2.2, h = 3, $fn = 16);
    }
    // feet
    for (a = [30, 150, 270]) rotate([0, 0, a]) translate([body_d / 2 - 14, 0, -1.5]) cylinder(d = 10, h = 1.5);
}

module cap() {
    // button cap: slightly concave face, so a finger knows it is on it
    difference() {
        cylinder(d = cap_d, h = 6);
        translate([0, 0, 6 + 18]) sphere(r = 19.5);
        translate([0, 0, -0.01]) cylinder(d = 6.2, h = 3); // fits the switch plunger
    }
}

module ring_model() {
    color("#2b5f2b") difference() {
        cylinder(d = ring_od, h = ring_pcb);
        translate([0, 0, -0.01]) cylinder(d = ring_id, h = ring_pcb + 0.02);
    }
    for (i = [0:ring_leds - 1]) rotate([0, 0, 360 * i / ring_leds])
        translate([led_circle / 2, 0, ring_pcb + led_h / 2]) color("#ffcf8a") cube([5, 5, led_h], center = true);
}

module electronics() {
    // stand-ins: perfboard with the ESP32 module, level shifter, switch transistors
    color("#c9a86a") translate([-30, -25, 4]) cube([60, 40, 1.6]);
    color("#333333") translate([-9, -12, 5.6]) cube([18, 25.5, 3.1]);
    color("#222222") translate([16, 0, 5.6]) cylinder(d = 10, h = 16); // C1
    color("#555555") translate([0, -body_d / 2 + wall + 6, base_h / 2 - 2]) rotate([90, 0, 0]) cylinder(d = 14, h = 10, center = true);
}

module assembly(section = false) {
    deck_z = base_h - rim_h - 2;
    difference() {
        union() {
            color("#efe9df") base();
            color("#ffffff") translate([0, 0, deck_z]) deck();
            translate([0, 0, deck_z + 2]) ring_model();
            color("#fff1dc") translate([0, 0, base_h - rim_h]) dome();
            color("#d8d2c8") translate([0, 0, 0.5]) bottom();
            color("#d9cbb5") translate([0, -body_d / 2 - 3.4, base_h / 2 - 2]) rotate([90, 0, 0]) cap();
            electronics();
        }
        if (section) translate([-100, -200, -50]) cube([200, 200, 200]);
    }
}

if (view == "assembly") assembly(false);
else if (view == "section") rotate([0, 0, 0]) assembly(true);
else if (view == "base") base();
else if (view == "deck") deck();
else if (view == "dome") dome();
else if (view == "bottom") bottom();
else if (view == "cap") cap();

echo(str("LED pitch ", led_pitch, " mm; dome top ", mix_gap, " mm above the LEDs; lamp height ",
         base_h - rim_h + rim_h + dome_h, " mm"));
