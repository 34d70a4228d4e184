import { at } from "../geometry/placement";
import { box, cylinder, lathe, torus } from "../geometry/primitives";
import { slide, travel } from "../scene/motions";
import type { Canvas } from "../scene/PartGroup";
import type { MaterialKey } from "../scene/palette";
import type { KitBuilder } from "./KitBuilder";
import { controlPanel, hopper, motor, pipe, stackLight } from "./parts/equipment";
import { ladder, legs } from "./parts/structure";

/** Plasturgie: injection moulding, extrusion, granulate storage. */

/** A heated barrel along X from `x0` to `x1` at height `y`, with heater bands, and its hopper. */
function barrel(c: Canvas, x0: number, x1: number, y: number, hopperX: number): void {
  c.add(
    "steel",
    cylinder({ radius: 0.16, height: x1 - x0, segments: 12 }),
    at((x0 + x1) / 2, y, 0, { z: 90 }),
  );
  for (let x = x0 + 0.3; x < x1 - 0.2; x += 0.35) {
    c.add("darkSteel", cylinder({ radius: 0.22, height: 0.2, segments: 12 }), at(x, y, 0, { z: 90 }));
  }
  hopper(c, "yellow", hopperX, y + 0.75, 0, 0.7, 0.2, 0.7);
  c.add("yellow", box(0.7, 0.3, 0.7), at(hopperX, y + 1.25, 0));
  c.add("steel", cylinder({ radius: 0.1, height: 0.3, segments: 8 }), at(hopperX, y + 0.3, 0));
}

/**
 * An injection moulding press: long base, injection unit with barrel and hopper, clamp with tie
 * bars and platens, a coloured mould, guards and screen. The moving platen opens and closes.
 */
export const injectionPress: KitBuilder = (s) => {
  const b = s.body;
  const axisY = 1.55;
  b.add("paint", box(7.2, 1.0, 1.3), at(0, 0.5, 0));
  b.add("accent", box(7.22, 0.1, 1.32), at(0, 1.0, 0));
  // Injection unit (left): barrel, hopper, drive.
  barrel(b, -2.9, -0.7, axisY, -2.2);
  b.add("paint", box(1.2, 0.9, 1.0), at(-3.3, axisY, 0));
  motor(b, "machineBlue", -3.3, axisY + 0.75, 0, 0.22, 0.7);
  // Clamp unit (right): fixed platen, tie bars, rear platen with toggle.
  b.add("darkSteel", box(0.35, 1.5, 1.3), at(-0.5, axisY, 0));
  b.add("darkSteel", box(0.35, 1.5, 1.3), at(3.2, axisY, 0));
  for (const y of [-0.55, 0.55]) {
    for (const z of [-0.5, 0.5])
      b.add(
        "steel",
        cylinder({ radius: 0.07, height: 3.7, segments: 10 }),
        at(1.35, axisY + y, z, { z: 90 }),
      );
  }
  b.add("orange", box(0.35, 0.9, 0.9), at(-0.15, axisY, 0));
  // Guard with windows over the clamp.
  b.add("paint", box(3.9, 0.15, 1.5), at(1.35, axisY + 0.95, 0));
  b.add("glass", box(2.6, 0.9, 0.02), at(1.5, axisY + 0.35, 0.76));
  b.add("accent", box(0.06, 1.1, 0.04), at(0.15, axisY + 0.35, 0.77));
  controlPanel(b, -1.4, 1.0, 0, 1.9);
  stackLight(b, 3.2, axisY + 1.02, -0.4);
  // A box of moulded parts.
  b.add("machineBlue", box(0.8, 0.5, 0.6), at(1.4, 0.25, 1.1));
  const platen = s.part("moving-platen", [1.6, axisY, 0]);
  platen.geometry.add("darkSteel", box(0.3, 1.35, 1.2), at(0, 0, 0));
  platen.geometry.add("orange", box(0.35, 0.9, 0.9), at(-0.3, 0, 0));
  for (const y of [-0.4, 0.4])
    platen.geometry.add("steel", box(1.3, 0.12, 0.12), at(0.8, y, 0, { z: y > 0 ? 15 : -15 }));
  s.animate("clamp", slide(platen, [-1.1, 0, 0], 5));
};

/**
 * A pipe extrusion line: drive and barrel, die head, cooling bath, haul-off and saw, the
 * extruded pipe (with printed marks moving along it).
 */
export const extruder: KitBuilder = (s) => {
  const b = s.body;
  const axisY = 1.2;
  b.add("machineBlue", box(3.2, 0.8, 1.0), at(-3.0, 0.4, 0));
  motor(b, "machineBlue", -4.2, axisY, 0, 0.35, 0.9);
  b.add("darkSteel", box(0.8, 0.9, 0.9), at(-3.3, axisY, 0));
  barrel(b, -2.9, -1.5, axisY, -2.5);
  b.add("darkSteel", cylinder({ radius: 0.3, height: 0.4, segments: 14 }), at(-1.3, axisY, 0, { z: 90 }));
  // Cooling bath: a long steel trough with water behind glass.
  b.add("steel", box(3.2, 0.5, 0.7), at(0.8, axisY - 0.05, 0));
  b.add("glass", box(3.0, 0.3, 0.72), at(0.8, axisY + 0.35, 0));
  legs(b.within(at(0.8, 0, 0)), "steel", 3.0, 0.6, axisY - 0.3, 0.08);
  // Haul-off and saw.
  b.add("paint", box(1.0, 1.3, 1.0), at(3.0, 0.95, 0));
  b.add("rubber", box(0.8, 0.12, 0.3), at(3.0, axisY + 0.2, 0));
  b.add("yellow", box(0.6, 1.1, 0.9), at(4.1, 0.85, 0));
  controlPanel(b, -1.7, 0.9, 0, 1.5);
  const product: MaterialKey = "accent";
  b.add(product, cylinder({ radius: 0.09, height: 7.2, segments: 12 }), at(1.6, axisY, 0, { z: 90 }));
  for (let x = 4.6; x < 6.2; x += 0.45)
    b.add("steel", cylinder({ radius: 0.05, height: 0.5, segments: 6 }), at(x, 0.6, 0, { x: 90 }));
  const marks = s.part("marks", [-1.0, axisY, 0]);
  for (let x = 0; x < 6.2; x += 0.5)
    marks.geometry.add(
      "white",
      torus({ radius: 0.092, tube: 0.01, segments: 12, tubeSegments: 3 }),
      at(x, 0, 0, { z: 90 }),
    );
  s.animate("product", travel(marks, [0.5, 0, 0], 1.5));
};

/** Granulate silos: three slender aluminium silos on legs, with the vacuum conveying lines. */
export const granulateSilo: KitBuilder = (s) => {
  const b = s.body;
  const r = 0.95;
  for (const x of [-2.3, 0, 2.3]) {
    b.add(
      "aluminium",
      lathe(
        [
          [0.12, 1.2],
          [r, 2.8],
          [r, 7.3],
          [r * 0.2, 7.9],
          [0, 7.95],
        ],
        { segments: 18, crease: 30 },
      ),
      at(x, 0, 0),
    );
    for (let k = 0; k < 4; k++) {
      const a = (k / 4) * Math.PI * 2 + Math.PI / 4;
      b.add("steel", box(0.12, 2.9, 0.12), at(x + Math.cos(a) * (r - 0.1), 1.45, Math.sin(a) * (r - 0.1)));
    }
    b.add("steel", cylinder({ radius: 0.1, height: 0.5, segments: 8 }), at(x, 0.95, 0));
    b.add("paint", box(0.5, 0.45, 0.5), at(x, 8.15, 0));
    pipe(
      b,
      "steel",
      [
        [x, 8.4, 0],
        [x, 8.9, 0],
        [x + 1.2, 8.9, 0.4],
      ],
      0.06,
      8,
    );
    pipe(
      b,
      "steel",
      [
        [x, 0.7, 0],
        [x, 0.35, 0.6],
        [x, 0.35, 1.3],
      ],
      0.06,
      8,
    );
    b.add("accent", cylinder({ radius: r + 0.01, height: 0.4, segments: 18, open: true }), at(x, 6.2, 0));
  }
  pipe(
    b,
    "steel",
    [
      [-3.4, 8.9, 0.4],
      [3.4, 8.9, 0.4],
      [3.4, 0.5, 0.4],
    ],
    0.08,
    8,
  );
  ladder(b, "yellow", 3.45, -0.2, 0, 8.0, 90);
  // Big bags of granulate waiting on pallets in front.
  for (const x of [-1.2, 1.2]) {
    b.add("wood", box(1.1, 0.14, 1.0), at(x, 0.07, 1.7));
    b.add("white", box(0.95, 0.95, 0.9), at(x, 0.62, 1.7));
  }
};
