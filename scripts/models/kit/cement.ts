import { at } from "../geometry/placement";
import { box, cone, cylinder, lathe, sphere, taperedBox, torus } from "../geometry/primitives";
import type { Point2 } from "../geometry/triangulate";
import { spin } from "../scene/motions";
import type { Canvas } from "../scene/PartGroup";
import type { KitBuilder } from "./KitBuilder";
import { hopper, motor, pipe } from "./parts/equipment";
import { beam, ladder, railing, strut } from "./parts/structure";

/** Cimenterie: kiln, preheater, silos, crushing. */

/**
 * A rotary kiln: a long drum, slightly inclined, riding on tyres over support rollers, driven by
 * a girth gear; the firing hood glowing at its lower end, the feed chamber at its upper end.
 */
export const rotaryKiln: KitBuilder = (s) => {
  const b = s.body;
  const length = 11;
  const r = 1.05;
  const axisY = 2.7;
  const slopeDeg = 3;
  const slope = Math.tan((slopeDeg * Math.PI) / 180);
  const axisAt = (x: number): number => axisY - x * slope;
  for (const x of [-3.2, 3.0]) {
    b.add(
      "concrete",
      taperedBox(1.6, 3.2, 1.2, 2.8, axisAt(x) - r - 0.35),
      at(x, (axisAt(x) - r - 0.35) / 2, 0),
    );
    for (const z of [-0.8, 0.8])
      b.add(
        "steel",
        cylinder({ radius: 0.3, height: 0.5, segments: 12 }),
        at(x, axisAt(x) - r - 0.15, z, { z: 90 }),
      );
  }
  // Drive: pinion housing and motor beside the girth gear.
  b.add("darkSteel", box(0.8, 1.2, 0.9), at(0.2, 0.6, 1.6));
  motor(b, "machineBlue", 0.2, 0.6, 2.5, 0.35, 1.0, 90);
  // Firing hood at the low end (+X), glowing, with the burner pipe; feed chamber at the high end.
  b.add("refractory", box(1.4, 3.4, 3.0), at(length / 2 + 0.5, 1.9, 0));
  b.add(
    "hot",
    cylinder({ radius: r * 0.8, height: 0.05, segments: 16 }),
    at(length / 2 - 0.2, axisAt(length / 2), 0, { z: 90 }),
  );
  b.add("hot", box(0.05, 0.6, 1.0), at(length / 2 + 1.22, 1.0, 0));
  pipe(
    b,
    "steel",
    [
      [length / 2 + 2.2, axisAt(length / 2), 0],
      [length / 2 + 0.6, axisAt(length / 2), 0],
    ],
    0.18,
  );
  b.add("paint", box(1.4, 4.2, 2.8), at(-length / 2 - 0.4, 2.1, 0));
  pipe(
    b,
    "darkSteel",
    [
      [-length / 2 - 0.4, 4.2, 0],
      [-length / 2 - 0.4, 5.2, 0],
      [-length / 2 + 1.0, 5.2, -0.6],
    ],
    0.35,
  );
  b.add("yellow", box(1.2, 0.1, 0.8), at(-3.2, axisAt(-3.2) - r - 0.1, 1.8));

  const drum = s.part("drum", [0, axisY, 0], { z: -slopeDeg });
  const d = drum.geometry;
  d.add("darkSteel", cylinder({ radius: r, height: length, segments: 20 }), at(0, 0, 0, { z: 90 }));
  for (const x of [-3.2, 3.0])
    d.add("steel", cylinder({ radius: r + 0.18, height: 0.5, segments: 20 }), at(x, 0, 0, { z: 90 }));
  d.add("brass", cylinder({ radius: r + 0.25, height: 0.25, segments: 24 }), at(0.2, 0, 0, { z: 90 }));
  for (let x = -4.8; x <= 4.8; x += 1.6)
    d.add(
      "refractory",
      cylinder({ radius: r + 0.02, height: 0.15, segments: 20, open: true }),
      at(x, 0, 0, { z: 90 }),
    );
  for (let k = 0; k < 4; k++)
    d.add(
      "steel",
      box(length - 0.4, 0.06, 0.12),
      at(0, Math.cos(k * 1.571) * (r + 0.02), Math.sin(k * 1.571) * (r + 0.02), { x: k * 90 }),
    );
  s.animate("rotation", spin(drum, [1, 0, 0], 10));
};

/** A cyclone: cylinder over a cone, gas outlet on top, dip pipe below, centred on its cylinder. */
function cyclone(c: Canvas, x: number, y: number, z: number, r: number): void {
  const profile: Point2[] = [
    [0.15 * r, -2.2 * r],
    [0.25 * r, -2.2 * r],
    [r, -0.4 * r],
    [r, 0.8 * r],
    [0, 0.85 * r],
  ];
  c.add("paint", lathe(profile, { segments: 16, crease: 30 }), at(x, y, z));
  c.add("paint", cylinder({ radius: 0.4 * r, height: 0.7 * r, segments: 12 }), at(x, y + 1.1 * r, z));
  c.add("darkSteel", cylinder({ radius: 0.15 * r, height: 0.8 * r, segments: 8 }), at(x, y - 2.6 * r, z));
}

/**
 * A cyclone preheater tower: a steel frame with floors carrying four stages of cyclones joined
 * by ducts, with stairs.
 */
export const cycloneTower: KitBuilder = (s) => {
  const b = s.body;
  const half = 2.4;
  const floors = [4.2, 8.2, 12.2];
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) b.add("accent", box(0.3, 14.5, 0.3), at(sx * half, 7.25, sz * half));
  }
  for (const y of floors) {
    b.add("steel", box(half * 2 + 0.3, 0.12, half * 2 + 0.3), at(0, y, 0));
    for (const sz of [-1, 1]) railing(b, "yellow", -half, sz * half, half, sz * half, y);
    for (const sx of [-1, 1]) {
      beam(b, "accent", [sx * half, y - 3.9, -half], [sx * half, y, half], 0.12);
    }
  }
  b.add("steel", box(half * 2 + 0.3, 0.15, half * 2 + 0.3), at(0, 14.5, 0));
  // Four stages of cyclones, alternating sides, the gas rising through ducts between them.
  const stages: [number, number, number][] = [
    [0.55, 2.9, 1.25],
    [-0.55, 6.9, 1.2],
    [0.55, 10.9, 1.05],
    [-0.55, 14.2, 0.9],
  ];
  for (const [x, y, r] of stages) cyclone(b, x, y, 0, r);
  for (let i = 0; i + 1 < stages.length; i++) {
    const [x0, y0, r0] = stages[i] ?? [0, 0, 1];
    const [x1, y1, r1] = stages[i + 1] ?? [0, 0, 1];
    pipe(
      b,
      "darkSteel",
      [
        [x0, y0 + 1.3 * r0, 0],
        [x0, y0 + 1.6 * r0, -1.6],
        [x1 + Math.sign(x1) * r1, y1 - 0.2, -1.6],
        [x1 + Math.sign(x1) * r1 * 0.8, y1, -0.3],
      ],
      0.35,
      10,
    );
  }
  pipe(
    b,
    "darkSteel",
    [
      [-0.55, 15.0, 0],
      [-0.55, 15.6, 0],
      [1.6, 15.6, 1.6],
      [1.6, 1.0, 1.6],
    ],
    0.45,
    10,
  );
  ladder(b, "yellow", -half - 0.35, 1.2, 0, 12.3, 90);
};

/** A cement silo: a tall concrete cylinder with its bucket elevator, loading bay and stair tower. */
export const silo: KitBuilder = (s) => {
  const b = s.body;
  const r = 2.3;
  b.add("concrete", cylinder({ radius: r, height: 9.5, segments: 24 }), at(0, 4.75 + 0.0, 0));
  b.add("paint", cone(r + 0.1, 1.0, 24), at(0, 10.0, 0));
  b.add("accent", cylinder({ radius: r + 0.02, height: 0.6, segments: 24, open: true }), at(0, 8.2, 0));
  // Truck loading bay: the silo's skirt opening, chute and a bulk trailer's outline.
  b.add("darkSteel", box(2.2, 2.4, 0.1), at(0, 1.2, r - 0.03));
  b.add("darkSteel", cylinder({ radius: 0.15, height: 0.8, segments: 10 }), at(0, 2.0, r + 0.2));
  // Bucket elevator on one side, stair tower on the other.
  b.add("yellow", box(0.6, 11.2, 0.9), at(r + 0.5, 5.6, 0));
  b.add("yellow", box(1.0, 0.8, 1.2), at(r + 0.5, 11.2, 0));
  pipe(
    b,
    "yellow",
    [
      [r + 0.5, 11.2, 0],
      [0.8, 10.8, 0],
    ],
    0.2,
  );
  for (let y = 0.9; y < 10; y += 1.8) {
    b.add("steel", box(1.2, 0.08, 1.2), at(-r - 0.8, y, 0));
    strut(b, "steel", [-r - 1.4, y, -0.6], [-r - 0.2, y + 0.9, -0.6], 0.04, 4);
  }
  for (const [sx, sz] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    b.add("steel", box(0.1, 10.0, 0.1), at(-r - 0.8 + sx * 0.6, 5.0, sz * 0.6));
  }
  railing(b, "yellow", -r - 1.4, 0.65, -r - 0.2, 0.65, 9.9);
};

/** A jaw crusher: heavy frame, feed hopper full of rock, two flywheels turning, belt out. */
export const crusher: KitBuilder = (s, { random }) => {
  const b = s.body;
  b.add("concrete", box(3.6, 0.6, 3.0), at(0, 0.3, 0));
  b.add("machineGreen", box(2.2, 2.2, 2.4), at(0, 1.7, 0));
  hopper(b, "machineGreen", 0, 3.4, 0, 2.6, 1.6, 1.2);
  for (let i = 0; i < 7; i++) {
    const rock = sphere(0.25 + random() * 0.15, 6, 3);
    b.add(
      "concrete",
      rock,
      at(
        -0.6 + random() * 1.2,
        3.8 + random() * 0.2,
        -0.6 + random() * 1.2,
        { y: random() * 90 },
        [1, 0.7, 1],
      ),
    );
  }
  // Discharge belt out of the front, with crushed stone on it.
  strut(b, "rubber", [0, 0.9, 1.0], [0, 1.6, 3.2], 0.3, 4);
  b.add("concrete", box(0.5, 0.2, 0.7), at(0, 1.35, 2.4, { x: -18 }));
  motor(b, "machineBlue", -2.4, 0.9, -0.8, 0.35, 1.0, 90);
  strut(b, "black", [-2.2, 1.0, -0.4], [-1.45, 1.8, -0.2], 0.06, 4);
  const wheels = [-1, 1].map((sx) => {
    const wheel = s.part(sx < 0 ? "flywheel-left" : "flywheel-right", [sx * 1.35, 1.8, 0]);
    wheel.geometry.add(
      "darkSteel",
      cylinder({ radius: 1.0, height: 0.25, segments: 20 }),
      at(0, 0, 0, { z: 90 }),
    );
    wheel.geometry.add(
      "steel",
      torus({ radius: 0.95, tube: 0.08, segments: 20, tubeSegments: 4 }),
      at(0, 0, 0, { z: 90 }),
    );
    wheel.geometry.add("yellow", box(0.27, 0.25, 0.25), at(0, 0.7, 0));
    return wheel;
  });
  s.animate("flywheels", ...wheels.map((wheel) => spin(wheel, [1, 0, 0], 1.2)));
};
