// SPDX-License-Identifier: CERN-OHL-P-2.0
// SPDX-FileCopyrightText: 2026 RelaxLamp contributors
//
// RelaxLamp enclosure: a low round base with a diffuser on top.
// Parametric in the ring (12, 16 or 24 LEDs). OpenSCAD 2021.01 or later.
//
// The reference diffuser is a BOUGHT opal (milky) acrylic globe with a neck, held by a printed
// globe holder. The printed alternative is a dome whose wall never overhangs more than 45 degrees
// and whose top closes as a small flat disc, so it prints without supports and closes (vase mode
// cannot: one perimeter, and it cannot close a near-flat apex). Print settings: enclosure/README.md.
//
// Render the pictures (hardware/render.sh does this):
//   xvfb-run -a openscad -o enclosure.png --imgsize=1600,1200 --viewall --autocenter -D 'view="assembly"' relaxlamp.scad
//   xvfb-run -a openscad -o section.png   --imgsize=1600,1200 --viewall --autocenter -D 'view="section"'  relaxlamp.scad
// Export a part for printing:
//   openscad -o base.stl -D 'view="base"' relaxlamp.scad
//   (also "deck", "globe_holder", "dome", "bottom", "cap", "speaker_cup")
//
// What makes the ring a glow rather than 24 dots:
//   1. distance: the diffuser sits well above the LEDs (several LED pitches), so each point of it
//      sees many LEDs;
//   2. a white deck and a white collar around the ring: light that hits them bounces back into the
//      diffuser instead of escaping as a bright spot; the collar also hides the LEDs from low angles;
//   3. the diffuser itself: opal acrylic, or a printed white PETG dome (three perimeters, sanded inside).

/* [View] */
view = "assembly"; // [assembly, section, base, deck, globe_holder, dome, bottom, cap, speaker_cup]
diffuser = "globe"; // [globe, printed]

/* [Ring] */
ring_leds = 24;                 // 12, 16 or 24
ring_od = ring_leds == 12 ? 37.0 : ring_leds == 16 ? 44.5 : 66.0;   // ring PCB outer diameter
ring_id = ring_leds == 12 ? 23.0 : ring_leds == 16 ? 31.75 : 52.3;  // ring PCB inner diameter
ring_pcb = 1.6;
led_h = 1.6;                    // WS2812B 5050 package height
led_circle = (ring_od + ring_id) / 2;
led_pitch = PI * led_circle / ring_leds;

/* [Body] */
body_d = 104;         // base outer diameter
base_h = 40;          // base height: electronics and the 28 mm speaker behind the front wall
wall = 2.4;
seat_d = body_d - 2 * wall - 0.6;   // the diffuser (or the globe holder) sits inside the top rim
rim_h = 5;            // depth of that rim
collar_h = 6;         // white collar around the ring
deck_t = 2;
deck_z = base_h - rim_h - deck_t;

/* [Bought globe (reference)] */
globe_d = 150;        // outer diameter of the opal acrylic globe: measure yours
globe_neck_d = 85;    // outer diameter of its neck (fitter): measure yours
globe_neck_h = 12;    // height of the neck
globe_wall = 2;

/* [Printed dome (alternative)] */
dome_wall = 1.2;      // three 0.4 mm perimeters
dome_top_d = 12;      // the flat disc that closes the top (bridged by the top layers)

/* [Button: top-actuated, on a front pod] */
pod_d = 34;           // the pod's diameter; its centre sits on the base's front edge
button_d = 16;        // panel-mount momentary switch hole (vertical)
cap_d = 24;           // button cap (finger target)

/* [Speaker: sealed cup behind a front grille] */
speaker_d = 28;       // 8 ohm, 28 mm, 1-2 W
speaker_depth = 5;    // the speaker's own depth
speaker_az = -42;     // degrees from the front (-y); the grille faces the sleeper
speaker_z = 17;       // centre height

/* [USB-C] */
usb_w = 12.5;         // opening for the receptacle
usb_h = 7;
usb_z = 9;
usb_board_w = 15;     // the USB-C breakout board held by the bracket: measure yours
usb_board_t = 1.6;

screw_r = body_d / 2 - wall - 4;
front = [0, -1, 0];

$fn = 96;

module pod() {
    translate([0, -body_d / 2 + 2, 0]) cylinder(d = pod_d, h = base_h - 6);
}

module base() {
    difference() {
        union() {
            cylinder(d = body_d, h = base_h);
            pod();
        }
        // cavity
        translate([0, 0, -0.01]) cylinder(d = body_d - 2 * wall, h = base_h - 2 + 0.02);
        translate([0, -body_d / 2 + 2, -0.01]) cylinder(d = pod_d - 2 * wall, h = base_h - 6 - 2);
        // opening between the pod and the main cavity, for the switch's wires
        translate([-(pod_d / 2 - wall - 2), -body_d / 2 - 4, -0.01]) cube([pod_d - 2 * wall - 4, wall + 8, deck_z - 6]);
        // rim for the diffuser / globe holder
        translate([0, 0, base_h - rim_h]) cylinder(d = seat_d + 0.6, h = rim_h + 0.01);
        // button: vertical hole through the pod's top (pressed from above, towards the table)
        translate([0, -body_d / 2 + 2, base_h - 10]) cylinder(d = button_d, h = 10);
        // speaker grille: holes through the front wall, within a 22 mm circle
        rotate([0, 0, speaker_az]) for (x = [-9:3.5:9], z = [-9:3.5:9]) if (x * x + z * z <= 81)
            translate([x, -body_d / 2 + wall / 2, speaker_z + z]) rotate([90, 0, 0]) cylinder(d = 2.2, h = wall * 3, center = true, $fn = 16);
        // USB-C at the back
        translate([0, body_d / 2 - wall / 2, usb_z]) cube([usb_w, wall * 3, usb_h], center = true);
    }
    // USB-C bracket: two rails and a back stop inside the back wall; the breakout board slides
    // down between the rails, so the plug's force goes into the base, not into solder joints
    translate([0, body_d / 2 - wall, 0]) difference() {
        translate([-(usb_board_w / 2 + 3), -8, 0]) cube([usb_board_w + 6, 8, usb_z + usb_h / 2 + 4]);
        // slot for the board (its front edge against the wall)
        translate([-usb_board_w / 2 - 0.2, -usb_board_t - 0.3 - 3.5, -0.01]) cube([usb_board_w + 0.4, usb_board_t + 0.3, usb_z + usb_h / 2 + 3]);
        // room for the receptacle between board and wall
        translate([-usb_w / 2, -3.6, -0.01]) cube([usb_w, 3.61, usb_z + usb_h / 2 + 3]);
        // the wall's curve
        translate([0, -(body_d / 2 - wall), -1]) difference() {
            cylinder(d = body_d + 20, h = base_h + 2);
            translate([0, 0, -0.01]) cylinder(d = body_d - 2 * wall, h = base_h + 3);
        }
    }
    // bosses for the bottom plate screws (M3 self-tapping)
    for (a = [90, 210, 330]) rotate([0, 0, a]) translate([screw_r, 0, 0]) difference() {
        cylinder(d = 8, h = deck_z);
        translate([0, 0, -0.01]) cylinder(d = 2.6, h = 12);
    }
}

module deck() {
    // white deck the ring lies on; the base's ceiling under the diffuser
    difference() {
        union() {
            cylinder(d = seat_d - 0.4, h = deck_t);
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

module globe_holder() {
    // sits in the base's rim; the globe's neck drops into its socket, held by three nylon M4
    // thumb screws (or a ring of foam tape)
    sock_h = globe_neck_h - 2;
    difference() {
        union() {
            cylinder(d = seat_d, h = rim_h);
            cylinder(d = globe_neck_d + 0.8 + 2 * 3, h = rim_h + sock_h);
        }
        translate([0, 0, -0.01]) cylinder(d = globe_neck_d - 2 * globe_wall - 2, h = rim_h + sock_h + 0.02);
        translate([0, 0, rim_h]) cylinder(d = globe_neck_d + 0.8, h = sock_h + 0.01);
        for (a = [30, 150, 270]) rotate([0, 0, a]) translate([globe_neck_d / 2, 0, rim_h + sock_h / 2])
            rotate([0, 90, 0]) cylinder(d = 3.4, h = 10, center = true, $fn = 24);
    }
}

module globe() {
    // stand-in for the bought globe (not printed)
    r = globe_d / 2;
    zc = globe_neck_h + sqrt(r * r - (globe_neck_d / 2) * (globe_neck_d / 2));
    difference() {
        union() {
            cylinder(d = globe_neck_d, h = globe_neck_h + 1);
            translate([0, 0, zc]) sphere(r = r);
        }
        translate([0, 0, zc]) sphere(r = r - globe_wall);
        translate([0, 0, -0.01]) cylinder(d = globe_neck_d - 2 * globe_wall, h = zc);
    }
}

// printed dome profile: vertical at the rim, a 45-degree arc, a 45-degree cone, a small flat top
function dome_profile(R, top_r) =
    let(arc = [for (i = [0:15]) let(p = 45 * i / 15) [R - R * (1 - cos(p)), rim_h + R * sin(p)]],
        last = arc[len(arc) - 1],
        cone_h = last[0] - top_r)
    concat([[R, 0]], arc, [[top_r, last[1] + cone_h], [0, last[1] + cone_h]]);

module dome() {
    R = seat_d / 2;
    outer = dome_profile(R, dome_top_d / 2);
    inner = dome_profile(R - dome_wall, dome_top_d / 2 - dome_wall * 0.4);
    h_in = inner[len(inner) - 1][1];
    rotate_extrude($fn = 120) difference() {
        polygon(concat(outer, [[0, 0]]));
        polygon(concat([[R - dome_wall, -0.01]], [for (i = [1:len(inner) - 1]) inner[i]], [[0, -0.01]]));
    }
}

module speaker_cup() {
    // sealed back for the speaker: glue (or screw) it to the inside of the front wall over the
    // grille, with a foam gasket ring between speaker and wall; its back is closed
    difference() {
        cylinder(d = speaker_d + 0.6 + 2 * 1.6, h = speaker_depth + 4);
        translate([0, 0, 2]) cylinder(d = speaker_d + 0.6, h = speaker_depth + 4);
        // a small notch for the two wires, sealed with glue after soldering
        translate([speaker_d / 2 - 1, 0, speaker_depth + 2]) cube([6, 2.4, 4], center = true);
    }
}

module bottom() {
    difference() {
        union() {
            cylinder(d = body_d - 2 * wall - 0.4, h = 2);
            translate([0, -body_d / 2 + 2, 0]) cylinder(d = pod_d - 2 * wall - 0.4, h = 2);
        }
        for (a = [90, 210, 330]) rotate([0, 0, a]) translate([screw_r, 0, -0.01]) cylinder(d = 3.4, h = 3);
        // four shallow recesses for self-adhesive rubber feet (10 mm)
        for (a = [45, 135, 225, 315]) rotate([0, 0, a]) translate([body_d / 2 - 12, 0, -0.01]) cylinder(d = 10.6, h = 0.8);
    }
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
    // stand-ins: perfboard with the ESP32 module, switch and level shifter; C1; the speaker
    color("#c9a86a") translate([-30, -20, 4]) cube([60, 40, 1.6]);
    color("#333333") translate([-9, -8, 5.6]) cube([18, 25.5, 3.1]);
    color("#222222") translate([18, 4, 5.6]) cylinder(d = 8, h = 12); // C1
    color("#555555") translate([0, -body_d / 2 + 2, base_h - 16]) cylinder(d = 14, h = 10); // switch
    color("#444444") rotate([0, 0, speaker_az]) translate([0, -body_d / 2 + wall + 1, speaker_z])
        rotate([-90, 0, 0]) cylinder(d = speaker_d, h = speaker_depth);
    color("#bbbbbb") rotate([0, 0, speaker_az]) translate([0, -body_d / 2 + wall + 1 + speaker_depth + 4, speaker_z])
        rotate([90, 0, 0]) speaker_cup();
    color("#3a3a3a") translate([0, body_d / 2 - wall - 3.6, usb_z]) cube([9, 7.2, 3.3], center = true); // receptacle
}

module assembly(section = false) {
    difference() {
        union() {
            color("#efe9df") base();
            color("#ffffff") translate([0, 0, deck_z]) deck();
            translate([0, 0, deck_z + deck_t]) ring_model();
            if (diffuser == "globe") {
                color("#e8e2d8") translate([0, 0, base_h - rim_h]) globe_holder();
                color("#fff1dc", 0.85) translate([0, 0, base_h + globe_neck_h - 2 - globe_neck_h + 2]) globe();
            } else {
                color("#fff1dc") translate([0, 0, base_h - rim_h]) dome();
            }
            color("#d8d2c8") translate([0, 0, 0.5]) bottom();
            color("#d9cbb5") translate([0, -body_d / 2 + 2, base_h - 6]) cap();
            electronics();
        }
        if (section) translate([0, -120, -50]) cube([120, 240, 300]); // cut away x > 0: look from +x
    }
}

if (view == "assembly") assembly(false);
else if (view == "section") assembly(true);
else if (view == "base") base();
else if (view == "deck") deck();
else if (view == "globe_holder") globe_holder();
else if (view == "dome") dome();
else if (view == "bottom") bottom();
else if (view == "cap") cap();
else if (view == "speaker_cup") speaker_cup();

echo(str("LED pitch ", led_pitch, " mm; lamp height with the globe about ",
         base_h + sqrt(globe_d * globe_d / 4 - globe_neck_d * globe_neck_d / 4) + globe_d / 2 + globe_neck_h - 2, " mm"));
