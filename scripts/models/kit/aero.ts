import { at } from "../geometry/placement";
import { box, cylinder, lathe, prism, sphere, torus } from "../geometry/primitives";
import type { Point2 } from "../geometry/triangulate";
import { spin } from "../scene/motions";
import type { Canvas } from "../scene/PartGroup";
import type { KitBuilder } from "./KitBuilder";
import { controlPanel, horizontalVessel, pipe, saddles } from "./parts/equipment";
import { ladder, railing, strut } from "./parts/structure";

/** Aéronautique: fuselage assembly, composites, helicopters. */

/**
 * A fuselage barrel along X: aluminium skin, a row of windows on each side, a door, and dark
 * bulkheads at the cut ends ringed by frames.
 */
function fuselageBarrel(c: Canvas, length: number, radius: number, axisY: number): void {
  c.add("aluminium", cylinder({ radius, height: length, segments: 24 }), at(0, axisY, 0, { z: 90 }));
  for (const sx of [-1, 1]) {
    c.add(
      "darkSteel",
      torus({ radius: radius + 0.02, tube: 0.06, segments: 24, tubeSegments: 4 }),
      at((sx * length) / 2 - sx * 0.05, axisY, 0, { z: 90 }),
    );
    c.add(
      "darkSteel",
      cylinder({ radius: radius - 0.05, height: 0.02, segments: 24 }),
      at((sx * length) / 2 + sx * 0.005, axisY, 0, { z: 90 }),
    );
  }
  const windowY = axisY + radius * 0.3;
  const side = Math.sqrt(radius * radius - (radius * 0.3) ** 2);
  for (let x = -length / 2 + 0.5; x < length / 2 - 0.3; x += 0.55) {
    for (const sz of [-1, 1])
      c.add("black", box(0.22, 0.3, 0.04), at(x, windowY, sz * side, { x: sz * -17 }));
  }
  c.add("darkSteel", box(0.9, 1.7, 0.05), at(length / 2 - 1.0, axisY - 0.05, radius - 0.02));
  c.add("accent", box(length, 0.2, 0.05), at(0, axisY - radius * 0.35, radius * 0.94, { x: 20 }));
}

/** An assembly jig: two portal frames clamping a fuselage section, work platforms either side. */
export const assemblyJig: KitBuilder = (s) => {
  const axisY = 2.7;
  const r = 1.9;
  fuselageBarrel(s.body, 6.5, r, axisY);
  for (const x of [-2.3, 2.3]) {
    for (const sz of [-1, 1]) s.body.add("accent", box(0.35, 5.2, 0.35), at(x, 2.6, sz * 2.9));
    s.body.add("accent", box(0.4, 0.45, 6.2), at(x, 5.3, 0));
    s.body.add("accent", box(0.5, 0.3, 6.0), at(x, 0.15, 0));
    // Clamp arms reaching the skin from the portal.
    for (const a of [0.6, 1.6, 2.55]) {
      for (const sz of [-1, 1]) {
        const px = Math.sin(a) * (r + 0.05);
        const py = axisY + Math.cos(a) * (r + 0.05);
        strut(s.body, "yellow", [x, py, sz * px], [x, Math.min(py + 0.4, 5.1), sz * 2.75], 0.06, 6);
      }
    }
  }
  for (const sz of [-1, 1]) {
    s.body.add("steel", box(7.0, 0.08, 0.8), at(0, 1.9, sz * 2.35));
    railing(s.body, "yellow", -3.5, sz * 2.75, 3.5, sz * 2.75, 1.9);
    for (const x of [-3.3, 0, 3.3]) s.body.add("steel", box(0.08, 1.9, 0.08), at(x, 0.95, sz * 2.35));
  }
  ladder(s.body, "yellow", 3.75, 2.35, 0, 2.0, 90);
};

/** A fuselage section on cradles, a mobile work stand beside it. */
export const fuselageSection: KitBuilder = (s) => {
  const axisY = 2.3;
  const r = 1.8;
  fuselageBarrel(s.body, 5.6, r, axisY);
  for (const x of [-1.8, 1.8]) {
    const cradle: Point2[] = [
      [-1.5, 0],
      [1.5, 0],
      [1.5, 0.9],
      ...Array.from({ length: 9 }, (_, i): Point2 => {
        const a = Math.PI * (0.25 + (0.5 * (8 - i)) / 8);
        return [Math.cos(a) * (r + 0.05), axisY + -Math.sin(a) * (r + 0.05)];
      }),
      [-1.5, 0.9],
    ];
    s.body.add("yellow", prism(cradle, 0.4, { crease: 20 }), at(x, 0, 0, { y: 90 }));
  }
  // Mobile stand with stairs behind the section, a tool trolley in front.
  s.body.add("steel", box(2.4, 0.08, 1.0), at(0, 2.6, -2.5));
  for (const [x, z] of [
    [-1.1, -2.05],
    [1.1, -2.05],
    [-1.1, -2.95],
    [1.1, -2.95],
  ] as const) {
    s.body.add("steel", box(0.08, 2.6, 0.08), at(x, 1.3, z));
  }
  railing(s.body, "yellow", -1.2, -3.0, 1.2, -3.0, 2.6);
  s.body.add("machineBlue", box(0.9, 0.9, 0.5), at(-1.5, 0.45, 2.3));
  s.body.add("red", box(0.92, 0.08, 0.52), at(-1.5, 0.94, 2.3));
};

/** An autoclave: a big pressure vessel with a locking door, a cart of composite parts on rails. */
export const autoclave: KitBuilder = (s) => {
  const axisY = 1.95;
  const r = 1.6;
  horizontalVessel(s.body, "paint", 0, axisY, 0, r, 7.2, 24);
  saddles(s.body, "darkSteel", 2.4, axisY, r);
  for (const x of [-2.4, -0.8, 0.8, 2.4])
    s.body.add(
      "steel",
      cylinder({ radius: r + 0.03, height: 0.2, segments: 24, open: true }),
      at(x, axisY, 0, { z: 90 }),
    );
  // Door end: the locking ring and hinge.
  s.body.add(
    "darkSteel",
    torus({ radius: r, tube: 0.14, segments: 24, tubeSegments: 6 }),
    at(3.0, axisY, 0, { z: 90 }),
  );
  s.body.add("darkSteel", box(0.4, 0.5, 0.5), at(3.2, axisY, r + 0.1));
  s.body.add("yellow", box(0.15, 0.6, 0.15), at(3.3, axisY + r * 0.7, 0.6));
  // Rails out of the door, a cart with a carbon part.
  for (const sz of [-0.6, 0.6]) s.body.add("steel", box(3.0, 0.08, 0.1), at(5.0, 0.04, sz));
  s.body.add("darkSteel", box(1.8, 0.5, 1.4), at(5.2, 0.35, 0));
  s.body.add(
    "black",
    lathe(
      [
        [1.2, -0.9],
        [1.25, -0.9],
        [1.25, 0.9],
        [1.2, 0.9],
      ],
      { segments: 8, arc: Math.PI * 0.6 },
    ),
    at(5.2, 0.6, 0, { x: 90, z: 90 }),
  );
  pipe(
    s.body,
    "steel",
    [
      [-2.0, axisY + r, 0],
      [-2.0, axisY + r + 0.5, 0],
      [1.5, axisY + r + 0.5, 0],
      [1.5, axisY + r, 0],
    ],
    0.15,
  );
  pipe(
    s.body,
    "machineGreen",
    [
      [-3.6, 0.5, -0.8],
      [-4.2, 0.5, -0.8],
      [-4.2, 2.5, -0.8],
    ],
    0.12,
  );
  s.body.add("paint", box(0.8, 1.9, 0.6), at(-4.4, 0.95, 1.0));
  controlPanel(s.body, -3.0, r + 0.9, 0, 1.5);
};

/** A helicopter on its skids: fuselage and tail boom, canopy, fin, main and tail rotors turning. */
export const helicopter: KitBuilder = (s) => {
  const axisY = 1.4;
  const body: Point2[] = [
    [0, -5.8],
    [0.16, -5.7],
    [0.36, -1.6],
    [0.8, -1.1],
    [0.95, 0],
    [0.9, 1.4],
    [0.65, 2.2],
    [0.3, 2.65],
    [0, 2.75],
  ];
  s.body.add("accent", lathe(body, { segments: 16, crease: 50 }), at(0, axisY, 0, { z: -90 }, [1.15, 1, 1]));
  s.body.add("white", box(3.2, 0.12, 2.0), at(0.4, axisY - 0.35, 0));
  s.body.add("glass", sphere(0.85, 14, 6), at(1.65, axisY + 0.35, 0, {}, [1.1, 0.8, 0.95]));
  for (const sz of [-1, 1]) s.body.add("black", box(1.3, 0.55, 0.04), at(-0.1, axisY + 0.25, sz * 0.9));
  s.body.add(
    "accent",
    lathe(
      [
        [0, 0],
        [0.6, 0],
        [0.55, 0.45],
        [0, 0.55],
      ],
      { segments: 12 },
    ),
    at(-0.2, axisY + 0.85, 0, {}, [1.6, 1, 1]),
  );
  s.body.add("darkSteel", cylinder({ radius: 0.1, height: 0.5, segments: 10 }), at(0.2, axisY + 1.55, 0));
  // Tail fin and horizontal stabiliser.
  const fin: Point2[] = [
    [-0.3, 0],
    [0.4, 0],
    [0.1, 1.2],
    [-0.5, 1.3],
  ];
  s.body.add("accent", prism(fin, 0.08), at(-5.4, axisY + 0.05, 0));
  s.body.add("accent", box(0.5, 0.05, 1.4), at(-4.6, axisY, 0));
  // Skids.
  for (const sz of [-1, 1]) {
    s.body.add(
      "darkSteel",
      cylinder({ radius: 0.05, height: 3.4, segments: 8 }),
      at(0.2, 0.08, sz * 1.1, { z: 90 }),
    );
    for (const x of [-0.7, 1.1])
      strut(s.body, "darkSteel", [x, 0.08, sz * 1.1], [x, axisY - 0.6, sz * 0.5], 0.04, 6);
  }
  const rotor = s.part("main-rotor", [0.2, axisY + 1.85, 0]);
  rotor.geometry.add("darkSteel", cylinder({ radius: 0.22, height: 0.2, segments: 12 }), at(0, 0, 0));
  for (let k = 0; k < 4; k++) {
    const a = ((k + 0.5) / 4) * Math.PI * 2;
    rotor.geometry.add(
      "black",
      box(4.2, 0.04, 0.28),
      at(Math.cos(a) * 2.2, 0, Math.sin(a) * 2.2, { y: (-a * 180) / Math.PI }),
    );
  }
  const tail = s.part("tail-rotor", [-5.55, axisY + 0.9, 0.12]);
  tail.geometry.add(
    "darkSteel",
    cylinder({ radius: 0.07, height: 0.12, segments: 8 }),
    at(0, 0, 0, { x: 90 }),
  );
  for (const k of [0, 1]) tail.geometry.add("black", box(0.1, 1.2, 0.02), at(0, 0, 0.05, { z: k * 90 }));
  s.animate("rotors", spin(rotor, [0, 1, 0], 1.2, 2), spin(tail, [0, 0, 1], 0.4, 2));
};
