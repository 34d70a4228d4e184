import { at } from "../geometry/placement";
import { box, cylinder, lathe, prism, sphere, torus } from "../geometry/primitives";
import type { Point2 } from "../geometry/triangulate";
import { slide, swing } from "../scene/motions";
import type { KitBuilder } from "./KitBuilder";
import { controlPanel, motor, pipe, stackLight } from "./parts/equipment";
import { robotArm } from "./parts/robotArm";
import { ladder, legs, ringPlatform, strut, truss } from "./parts/structure";

/** Métallurgie: iron and steel making, rolling, metalwork. */

/**
 * A blast furnace: tapered refractory tower with its bustle pipe and tuyeres, uptakes joining a
 * downcomer to the dust catcher, a hot-blast stove, the skip incline and a glowing tap runner.
 */
export const blastFurnace: KitBuilder = (s) => {
  const b = s.body;
  const profile: Point2[] = [
    [0, 0],
    [2.3, 0],
    [2.3, 2.6],
    [2.7, 3.6],
    [2.7, 4.4],
    [1.9, 10.2],
    [1.9, 11.0],
    [1.2, 11.9],
    [0, 12.0],
  ];
  b.add("refractory", lathe(profile, { segments: 20, crease: 25 }));
  for (const y of [1.2, 5.5, 7.5, 9.3]) {
    const r = y < 4.4 ? 2.32 : 2.7 - ((y - 4.4) / 5.8) * 0.8 + 0.03;
    b.add("darkSteel", torus({ radius: r, tube: 0.08, segments: 20, tubeSegments: 4 }), at(0, y, 0));
  }
  // Bustle pipe ringing the furnace, with tuyeres blowing hot air into it.
  b.add("darkSteel", torus({ radius: 3.6, tube: 0.38, segments: 24, tubeSegments: 8 }), at(0, 4.9, 0));
  for (let i = 0; i < 10; i++) {
    const a = (i / 10) * Math.PI * 2;
    strut(
      b,
      "steel",
      [Math.cos(a) * 3.6, 4.6, Math.sin(a) * 3.6],
      [Math.cos(a) * 2.4, 3.0, Math.sin(a) * 2.4],
      0.12,
      6,
    );
  }
  // Top: charging equipment, four uptakes joining into the downcomer.
  b.add("darkSteel", cylinder({ radius: 0.9, height: 1.2, segments: 14 }), at(0, 12.5, 0));
  for (let i = 0; i < 4; i++) {
    const a = (i / 4) * Math.PI * 2 + Math.PI / 4;
    pipe(
      b,
      "steel",
      [
        [Math.cos(a) * 1.4, 11.2, Math.sin(a) * 1.4],
        [Math.cos(a) * 1.1, 14.0, Math.sin(a) * 1.1],
        [0, 14.6, 0],
      ],
      0.3,
    );
  }
  pipe(
    b,
    "steel",
    [
      [0, 14.6, 0],
      [-4.2, 10.5, -0.8],
      [-4.2, 6.4, -0.8],
    ],
    0.5,
  );
  b.add(
    "darkSteel",
    lathe(
      [
        [0, 2.0],
        [0.5, 2.0],
        [1.5, 4.2],
        [1.5, 6.4],
        [0.6, 7.0],
        [0, 7.0],
      ],
      { segments: 16 },
    ),
    at(-4.2, 0, -0.8),
  );
  legs(b.within(at(-4.2, 0, -0.8)), "darkSteel", 2.2, 2.2, 2.8, 0.2);
  // Hot-blast stove (cowper) behind, its main feeding the bustle pipe.
  b.add(
    "paint",
    lathe(
      [
        [0, 0],
        [1.5, 0],
        [1.5, 9.0],
        [1.1, 10.1],
        [0, 10.5],
      ],
      { segments: 18 },
    ),
    at(-4.6, 0, -3.4),
  );
  pipe(
    b,
    "refractory",
    [
      [-3.3, 6.0, -3.0],
      [-2.2, 4.9, -2.6],
    ],
    0.35,
  );
  // Skip incline carrying the charge to the top: two trusses braced together, and the skip car.
  const foot: [number, number] = [6.4, 0];
  const head: [number, number] = [1.3, 12.6];
  const down: [number, number, number] = [0.93, 0.37, 0];
  for (const z of [0.6, 1.8])
    truss(b, "yellow", [foot[0], foot[1], z], [head[0], head[1], z], down, 0.9, 9, 0.16);
  for (let i = 0; i <= 9; i++) {
    const t = i / 9;
    const x = foot[0] + (head[0] - foot[0]) * t;
    const y = foot[1] + (head[1] - foot[1]) * t;
    strut(b, "yellow", [x, y, 0.6], [x, y, 1.8], 0.06, 4);
  }
  b.add("darkSteel", box(1.1, 0.9, 1.0), at(4.2, 5.6, 1.2, { z: 22 }));
  // Cast house: a platform round the hearth and the glowing iron runner.
  b.add("concrete", box(7.5, 0.5, 3.2), at(0, 0.25, 2.6));
  b.add("hot", box(0.45, 0.12, 3.0), at(0.3, 0.52, 3.2));
  b.add("hot", sphere(0.3, 10, 4), at(0.3, 1.1, 2.3));
  b.add("refractory", box(0.9, 0.45, 3.3), at(0.3, 0.6, 3.2));
  b.add("hot", box(0.4, 0.12, 3.2), at(0.3, 0.86, 3.2));
  ladder(b, "yellow", 2.8, 2.0, 0.5, 4.6, 60);
  ringPlatform(b, "steel", 2.75, 3.5, 4.5, 20);
};

/** A converter: a pear-shaped vessel on trunnions, tilting, its mouth glowing with steel. */
export const converter: KitBuilder = (s) => {
  const axisY = 3.3;
  for (const sx of [-1, 1]) {
    s.body.add("concrete", box(1.2, axisY - 0.4, 1.6), at(sx * 3.2, (axisY - 0.4) / 2, 0));
    s.body.add("darkSteel", box(1.0, 0.8, 1.2), at(sx * 3.2, axisY - 0.2, 0));
  }
  s.body.add("darkSteel", box(1.1, 1.1, 1.1), at(4.3, axisY, 0));
  motor(s.body, "machineBlue", 4.3, axisY + 0.9, 0, 0.3, 0.9);
  s.body.add("concrete", box(8.4, 0.3, 3.4), at(0, 0.15, 0));
  s.body.add("refractory", box(2.2, 0.6, 1.4), at(0, 0.6, 1.6));
  s.body.add("hot", box(1.6, 0.1, 0.9), at(0, 0.92, 1.6));

  const vessel = s.part("vessel", [0, axisY, 0], { x: 24 });
  const v = vessel.geometry;
  const pear: Point2[] = [
    [0, -2.6],
    [1.3, -2.6],
    [2.0, -1.8],
    [2.05, 0.4],
    [1.5, 1.6],
    [1.0, 2.3],
    [1.0, 2.5],
    [0.75, 2.5],
    [0.75, 2.2],
  ];
  v.add("darkSteel", lathe(pear, { segments: 20, crease: 35 }));
  v.add("hot", cylinder({ radius: 0.76, height: 0.05, segments: 16 }), at(0, 2.15, 0));
  v.add("refractory", torus({ radius: 0.88, tube: 0.14, segments: 16, tubeSegments: 6 }), at(0, 2.45, 0));
  // Trunnion ring and trunnions.
  v.add("steel", torus({ radius: 2.2, tube: 0.22, segments: 24, tubeSegments: 6 }), at(0, 0, 0));
  v.add("steel", cylinder({ radius: 0.35, height: 5.6, segments: 12 }), at(0, 0, 0, { z: 90 }));
  s.animate("tilt", swing(vessel, [1, 0, 0], 10, 12));
};

/** A steel ladle hanging from the hooks of a lifting beam, its rim glowing. */
export const ladle: KitBuilder = (s) => {
  const top = 6.6;
  for (const sx of [-1, 1]) {
    s.body.add("darkSteel", box(0.45, top, 0.45), at(sx * 3.0, top / 2, 0));
    s.body.add("concrete", box(1.0, 0.3, 1.0), at(sx * 3.0, 0.15, 0));
  }
  s.body.add("yellow", box(6.6, 0.6, 0.7), at(0, top + 0.3, 0));
  s.body.add("refractory", box(3.4, 0.5, 2.6), at(0, 0.25, 0));

  const hoist = s.part("ladle", [0, top, 0]);
  const h = hoist.geometry;
  for (const sx of [-0.9, 0.9]) strut(h, "darkSteel", [sx, 0, 0], [sx * 1.6, -1.5, 0], 0.03, 4);
  h.add("yellow", box(4.4, 0.45, 0.5), at(0, -1.7, 0));
  for (const sx of [-1, 1]) {
    // The hook: a shank and a C engaging the ladle's trunnion.
    h.add("darkSteel", box(0.25, 1.1, 0.3), at(sx * 2.0, -2.4, 0));
    h.add(
      "darkSteel",
      torus({ radius: 0.3, tube: 0.12, segments: 10, tubeSegments: 6, arc: Math.PI * 1.3 }),
      at(sx * 2.0, -3.15, 0, { x: 90, z: sx > 0 ? 200 : -20 }),
    );
  }
  const bucket: Point2[] = [
    [0, -5.7],
    [1.25, -5.7],
    [1.55, -3.25],
    [1.62, -3.25],
    [1.62, -3.05],
    [1.45, -3.05],
  ];
  h.add("darkSteel", lathe(bucket, { segments: 20, crease: 30 }));
  h.add("refractory", torus({ radius: 1.58, tube: 0.1, segments: 20, tubeSegments: 4 }), at(0, -3.1, 0));
  h.add("hot", cylinder({ radius: 1.46, height: 0.05, segments: 20 }), at(0, -3.2, 0));
  for (const y of [-4.0, -5.0])
    h.add(
      "steel",
      torus({ radius: 1.55 - (y + 3.25) * -0.12 * 0.9, tube: 0.06, segments: 20, tubeSegments: 4 }),
      at(0, y, 0),
    );
  h.add("steel", cylinder({ radius: 0.18, height: 4.1, segments: 10 }), at(0, -3.15, 0, { z: 90 }));
  s.animate("sway", swing(hoist, [1, 0, 0], 2.5, 8));
};

/**
 * A reversing rolling mill stand: four-high rolls in blue housings, drive spindles, pinion stand
 * and motor behind, roller tables, and a glowing slab travelling back and forth through the rolls.
 */
export const rollingMill: KitBuilder = (s) => {
  const b = s.body;
  const tableY = 1.3;
  // Roller tables on both sides of the stand.
  for (const side of [-1, 1]) {
    b.add("darkSteel", box(4.4, tableY - 0.3, 1.8), at(side * 3.2, (tableY - 0.3) / 2, 0));
    for (let k = 0; k < 8; k++) {
      b.add(
        "steel",
        cylinder({ radius: 0.15, height: 1.6, segments: 10 }),
        at(side * (1.3 + k * 0.55), tableY - 0.15, 0, { x: 90 }),
      );
    }
    b.add("yellow", box(4.4, 0.12, 0.08), at(side * 3.2, tableY + 0.05, 0.9));
    b.add("yellow", box(4.4, 0.12, 0.08), at(side * 3.2, tableY + 0.05, -0.9));
  }
  // The stand: two housings, a crosshead with screw-down motors, four rolls between them.
  for (const side of [-1, 1]) {
    b.add("machineBlue", box(1.5, 4.6, 0.6), at(0, 2.3, side * 1.25));
    b.add("darkSteel", box(0.5, 2.6, 0.62), at(0, 2.2, side * 1.25));
  }
  b.add("machineBlue", box(1.5, 0.7, 3.1), at(0, 4.95, 0));
  for (const sz of [-0.6, 0.6]) motor(b, "machineBlue", 0, 5.65, sz, 0.3, 0.9, 90);
  for (const [y, r] of [
    [tableY - 0.85, 0.45],
    [tableY - 0.18, 0.22],
    [tableY + 0.48, 0.22],
    [tableY + 1.15, 0.45],
  ] as const) {
    b.add(
      r < 0.3 ? "steel" : "darkSteel",
      cylinder({ radius: r, height: 2.0, segments: 16 }),
      at(0, y, 0, { x: 90 }),
    );
  }
  // Spindles from the work rolls to the pinion stand, then the main motor.
  for (const y of [tableY - 0.18, tableY + 0.48])
    strut(b, "steel", [0, y, -1.0], [0, 1.2 + (y - tableY) * 0.6 + 0.6, -2.6], 0.13, 10);
  // Spindle guard round the drive shafts, then the pinion stand.
  b.add("yellow", box(1.2, 2.6, 1.4), at(0, 2.1, -2.2));
  b.add("darkSteel", box(1.8, 3.6, 1.3), at(0, 1.8, -3.3));
  motor(b, "machineBlue", 0, 1.2, -4.9, 0.8, 1.6, 90);
  controlPanel(b, 2.8, 1.9, -20, 1.4);

  const slab = s.part("slab", [-2.6, tableY + 0.15, 0]);
  slab.geometry.add("hot", box(3.4, 0.22, 1.2), at(0, 0, 0));
  s.animate("slab", slide(slab, [5.2, 0, 0], 10));
};

/** A welding cell: curtains on a yellow frame, a welding robot and a turning positioner. */
export const weldingCell: KitBuilder = (s) => {
  const w = 2.3;
  const d = 1.9;
  const h = 2.2;
  for (const [x, z] of [
    [-w, -d],
    [w, -d],
    [-w, d],
    [w, d],
  ] as const) {
    s.body.add("yellow", box(0.1, h, 0.1), at(x, h / 2, z));
  }
  for (const z of [-d, d]) s.body.add("yellow", box(w * 2, 0.08, 0.08), at(0, h, z));
  for (const x of [-w, w]) s.body.add("yellow", box(0.08, 0.08, d * 2), at(x, h, 0));
  s.body.add("curtain", box(w * 2, h - 0.3, 0.02), at(0, (h - 0.3) / 2 + 0.2, -d));
  for (const x of [-w, w]) s.body.add("curtain", box(0.02, h - 0.3, d * 2), at(x, (h - 0.3) / 2 + 0.2, 0));
  s.body.add("curtain", box(1.2, h - 0.3, 0.02), at(-w + 0.6, (h - 0.3) / 2 + 0.2, d));
  // Positioner with a welded frame, centre of the cell.
  s.body.add("darkSteel", box(1.4, 0.7, 1.0), at(0, 0.35, 0.3));
  s.body.add("steel", box(1.8, 0.5, 0.9), at(0, 0.95, 0.3));
  s.body.add("steel", box(0.2, 0.6, 0.9), at(-0.7, 1.45, 0.3));
  s.body.add("steel", box(0.2, 0.6, 0.9), at(0.7, 1.45, 0.3));
  s.body.add("flame", sphere(0.08, 8, 4), at(0.1, 1.25, -0.05));
  s.body.add("paint", box(0.8, 1.6, 0.6), at(w - 0.6, 0.8, -d + 0.5));
  stackLight(s.body, w - 0.6, 1.6, -d + 0.5);
  const torch = robotArm(s, { name: "weld", x: -0.2, z: -1.1, pedestal: 0.3, size: 0.8, seconds: 7 });
  torch.geometry.add("copper", cylinder({ radius: 0.03, height: 0.35, segments: 6 }), at(0, 0.35, 0));
};

/** A press brake: C-frames, a ram with its punch coming down on a sheet over the die. */
export const pressBrake: KitBuilder = (s) => {
  const frame: Point2[] = [
    [-0.8, 0],
    [0.7, 0],
    [0.7, 1.0],
    [0.15, 1.05],
    [0.15, 1.6],
    [0.7, 1.7],
    [0.7, 3.1],
    [-0.8, 3.1],
  ];
  for (const sx of [-1.9, 1.9])
    s.body.add("accent", prism(frame, 0.3, { crease: 5 }), at(sx, 0, 0, { y: -90 }));
  s.body.add("accent", box(3.5, 0.4, 0.9), at(0, 2.9, 0.1));
  s.body.add("darkSteel", box(3.5, 0.9, 0.5), at(0, 0.55, 0.25));
  s.body.add("steel", box(3.4, 0.12, 0.2), at(0, 1.06, 0.25));
  s.body.add("steel", box(2.4, 0.01, 0.9), at(0, 1.13, 0.45));
  s.body.add("darkSteel", box(2.4, 0.12, 0.4), at(0, 0.9, 0.95));
  for (const sx of [-1.1, 1.1]) s.body.add("darkSteel", box(0.08, 0.08, 0.6), at(sx, 0.9, 0.7));
  s.body.add("darkSteel", box(3.0, 0.15, 0.15), at(0, 1.2, -0.6));
  controlPanel(s.body, 2.5, 0.6, -30, 1.5);
  s.body.add("yellow", box(0.35, 0.12, 0.3), at(0.5, 0.06, 0.9));
  for (const sx of [-1.75, 1.75]) s.body.add("yellow", box(0.08, 1.8, 0.08), at(sx, 0.9, 0.95));
  const ram = s.part("ram", [0, 2.05, 0.25]);
  ram.geometry.add("darkSteel", box(3.4, 1.0, 0.5), at(0, 0, 0));
  ram.geometry.add("steel", box(3.3, 0.35, 0.12), at(0, -0.65, 0));
  ram.geometry.add("yellow", box(3.42, 0.12, 0.52), at(0, 0.3, 0));
  s.animate("ram", slide(ram, [0, -0.45, 0], 4));
};
