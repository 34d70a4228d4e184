import { at } from "../geometry/placement";
import { box, cylinder, lathe, sphere } from "../geometry/primitives";
import type { Point2 } from "../geometry/triangulate";
import type { MovingPart } from "../scene/MachineSketch";
import { slide, swing } from "../scene/motions";
import type { Canvas } from "../scene/PartGroup";
import type { KitBuilder } from "./KitBuilder";
import { controlPanel } from "./parts/equipment";
import { legs, strut } from "./parts/structure";

/** Mode: cutting, sewing, weaving, pattern making. */

/** An automatic cutting table: fabric laid in layers, the roll at one end, a cutting gantry. */
export const cuttingTable: KitBuilder = (s) => {
  const length = 6.4;
  const top = 0.9;
  s.body.add("machineBlue", box(length, top - 0.1, 1.7), at(0, (top - 0.1) / 2, 0));
  s.body.add("white", box(length, 0.1, 1.9), at(0, top - 0.05, 0));
  for (let i = 0; i < 5; i++) {
    s.body.add(
      i % 2 === 0 ? "fabric" : "fabricWarm",
      box(length - 1.6, 0.025, 1.6),
      at(0.4, top + 0.012 + i * 0.025, 0),
    );
  }
  for (const [x, z, w, d] of [
    [-0.8, -0.3, 0.9, 0.5],
    [0.6, 0.35, 0.7, 0.6],
    [1.9, -0.2, 1.1, 0.45],
  ] as const) {
    s.body.add("white", box(w, 0.005, d), at(x, top + 0.14, z));
  }
  // Fabric roll on its spreader at the left end.
  s.body.add("darkSteel", box(0.2, 0.8, 2.1), at(-length / 2 + 0.3, top + 0.4, 0));
  s.body.add(
    "fabric",
    cylinder({ radius: 0.28, height: 1.8, segments: 16 }),
    at(-length / 2 + 0.55, top + 0.45, 0, { x: 90 }),
  );
  s.body.add(
    "steel",
    cylinder({ radius: 0.04, height: 2.1, segments: 8 }),
    at(-length / 2 + 0.55, top + 0.45, 0, { x: 90 }),
  );
  controlPanel(s.body, length / 2 + 0.4, 0.8, -30, 1.4);
  const gantry = s.part("cutter", [-1.2, top, 0]);
  const g = gantry.geometry;
  for (const sz of [-1.02, 1.02]) g.add("paint", box(0.35, 0.7, 0.16), at(0, 0.35, sz));
  g.add("paint", box(0.3, 0.25, 2.2), at(0, 0.75, 0));
  g.add("accent", box(0.34, 0.08, 2.22), at(0, 0.9, 0));
  g.add("darkSteel", box(0.3, 0.35, 0.3), at(0.05, 0.45, 0.2));
  g.add("steel", cylinder({ radius: 0.03, height: 0.2, segments: 6 }), at(0.05, 0.2, 0.2));
  s.animate("cutter", slide(gantry, [3.6, 0, 0], 10));
};

/** An industrial sewing machine on its table; returns the needle bar (a moving part). */
function sewingTable(s: Parameters<KitBuilder>[0], x: number, index: number): MovingPart {
  const c = s.body.within(at(x, 0, 0));
  c.add("wood", box(1.2, 0.05, 0.65), at(0, 0.75, 0));
  legs(c, "darkSteel", 1.15, 0.6, 0.73, 0.05);
  // Drawer unit and motor under the table's middle.
  c.add("darkSteel", box(0.45, 0.72, 0.55), at(0, 0.37, -0.02));
  // The machine: bed, pillar, arm and head (the classic C shape).
  c.add("white", box(0.5, 0.06, 0.2), at(0, 0.805, 0.05));
  c.add("white", box(0.12, 0.3, 0.16), at(0.2, 0.97, 0.05));
  c.add("white", box(0.48, 0.1, 0.15), at(0.0, 1.1, 0.05));
  c.add("white", box(0.1, 0.16, 0.15), at(-0.2, 1.0, 0.05));
  c.add("darkSteel", cylinder({ radius: 0.06, height: 0.05, segments: 12 }), at(0.28, 1.0, 0.05, { z: 90 }));
  c.add(index % 2 === 0 ? "fabric" : "fabricWarm", box(0.4, 0.01, 0.35), at(-0.15, 0.785, 0.12));
  // Spools of thread on the stand, a lamp, the stool.
  c.add("steel", box(0.02, 0.5, 0.02), at(0.45, 1.02, -0.2));
  for (const [dx, m] of [
    [0.38, "red"],
    [0.52, "machineBlue"],
  ] as const) {
    c.add(m, cylinder({ radius: 0.03, height: 0.08, segments: 8 }), at(dx, 1.3, -0.2));
  }
  c.add("lamp", cylinder({ radius: 0.04, height: 0.04, segments: 8 }), at(-0.2, 1.12, 0.15));
  c.add("darkSteel", cylinder({ radius: 0.18, height: 0.06, segments: 12 }), at(0, 0.55, 0.75));
  c.add("darkSteel", cylinder({ radius: 0.03, height: 0.52, segments: 6 }), at(0, 0.26, 0.75));
  const needle = s.part(`needle-${index}`, [x - 0.2, 0.97, 0.05]);
  needle.geometry.add("steel", cylinder({ radius: 0.008, height: 0.14, segments: 4 }), at(0, -0.07, 0));
  return needle;
}

/** A row of three sewing stations, their needles going up and down. */
export const sewingStation: KitBuilder = (s) => {
  const needles = [-1.5, 0, 1.5].map((x, i) => sewingTable(s, x, i));
  // A trolley of cut pieces waiting behind.
  s.body.add("darkSteel", box(1.2, 0.05, 0.5), at(0, 0.6, -0.8));
  s.body.add("fabric", box(1.0, 0.2, 0.4), at(0, 0.73, -0.8));
  legs(s.body.within(at(0, 0, -0.8)), "steel", 1.2, 0.5, 0.6, 0.04);
  s.animate("needles", ...needles.map((needle) => slide(needle, [0, -0.05, 0], 0.4)));
};

/**
 * A weaving loom: a frame with the warp beam behind, the sheet of warp threads running forward
 * through two heddle frames (rising and falling in turn) and the reed (beating), the woven cloth
 * rolled on the cloth beam in front.
 */
export const loom: KitBuilder = (s) => {
  const b = s.body;
  const half = 1.3;
  const warpY = 1.0;
  for (const sx of [-1, 1]) {
    b.add("wood", box(0.12, 1.9, 0.12), at(sx * (half + 0.1), 0.95, -0.75));
    b.add("wood", box(0.12, 1.9, 0.12), at(sx * (half + 0.1), 0.95, 0.65));
    b.add("wood", box(0.12, 0.12, 1.5), at(sx * (half + 0.1), 1.85, -0.05));
    b.add("wood", box(0.12, 0.12, 1.5), at(sx * (half + 0.1), 0.25, -0.05));
    b.add("wood", box(0.05, 0.95, 1.3), at(sx * (half + 0.1), 0.8, -0.05));
  }
  b.add("wood", box(half * 2 + 0.35, 0.12, 0.12), at(0, 1.85, -0.05));
  // Warp beam, back rest, the warp sheet and its threads.
  b.add("thread", cylinder({ radius: 0.2, height: half * 2, segments: 14 }), at(0, 0.55, -0.7, { z: 90 }));
  b.add(
    "wood",
    cylinder({ radius: 0.06, height: half * 2 + 0.2, segments: 10 }),
    at(0, warpY, -0.65, { z: 90 }),
  );
  b.add("thread", box(half * 2 - 0.1, 0.004, 0.95), at(0, warpY + 0.01, -0.17));
  for (let i = 0; i < 24; i++) {
    const x = -half + 0.1 + (i * (half * 2 - 0.2)) / 23;
    b.add(i % 4 === 0 ? "fabricWarm" : "fabric", box(0.012, 0.012, 0.95), at(x, warpY + 0.018, -0.17));
  }
  // Woven cloth from the fell over the breast beam down to the cloth beam.
  b.add("fabric", box(half * 2 - 0.1, 0.01, 0.35), at(0, warpY + 0.01, 0.48));
  b.add(
    "wood",
    cylinder({ radius: 0.06, height: half * 2 + 0.2, segments: 10 }),
    at(0, warpY, 0.68, { z: 90 }),
  );
  b.add(
    "fabric",
    cylinder({ radius: 0.18, height: half * 2 - 0.1, segments: 14 }),
    at(0, 0.5, 0.55, { z: 90 }),
  );
  b.add("wood", box(0.6, 0.06, 0.3), at(0, 0.18, 0.75));
  const heddles = [-0.2, -0.05].map((z, i) => {
    const frame = s.part(`heddle-frame-${i}`, [0, warpY, z]);
    const f = frame.geometry;
    for (const y of [-0.35, 0.35]) f.add("wood", box(half * 2 - 0.05, 0.05, 0.04), at(0, y, 0));
    for (let k = 0; k < 16; k++)
      f.add("steel", box(0.006, 0.7, 0.006), at(-half + 0.15 + k * 0.15 + i * 0.07, 0, 0));
    return frame;
  });
  const beater = s.part("beater", [0, 0.3, 0.2]);
  for (const sx of [-1, 1])
    beater.geometry.add("wood", box(0.08, 0.95, 0.08), at(sx * (half - 0.05), 0.47, 0));
  beater.geometry.add("wood", box(half * 2, 0.1, 0.1), at(0, 0.95, 0));
  beater.geometry.add("steel", box(half * 2 - 0.1, 0.25, 0.02), at(0, 0.75, 0));
  s.animate(
    "weaving",
    slide(heddles[0] ?? beater, [0, 0.12, 0], 1.2),
    slide(heddles[1] ?? beater, [0, -0.12, 0], 1.2),
    swing(beater, [1, 0, 0], 8, 0.6),
  );
};

/** A dress form: a torso on a stand, `height` overall, at (x, z). */
function dressForm(c: Canvas, x: number, z: number): void {
  const torso: Point2[] = [
    [0, 0.95],
    [0.17, 0.97],
    [0.19, 1.1],
    [0.14, 1.27],
    [0.19, 1.42],
    [0.16, 1.56],
    [0.06, 1.62],
    [0.05, 1.7],
    [0, 1.72],
  ];
  c.add("fabricWarm", lathe(torso, { segments: 14 }), at(x, 0, z, {}, [1, 1, 0.75]));
  c.add("darkSteel", cylinder({ radius: 0.02, height: 0.95, segments: 6 }), at(x, 0.48, z));
  c.add("darkSteel", cylinder({ radius: 0.22, height: 0.04, segments: 12 }), at(x, 0.02, z));
  c.add("wood", sphere(0.04, 8, 4), at(x, 1.74, z));
}

/** A pattern-making table with paper patterns and rulers, a dress form and a garment rail. */
export const patternTable: KitBuilder = (s) => {
  s.body.add("wood", box(2.8, 0.06, 1.5), at(0, 0.95, 0));
  s.body.add("paint", box(2.6, 0.85, 1.3), at(0, 0.47, 0));
  for (const [x, z, w, d, yaw] of [
    [-0.7, -0.2, 0.9, 0.7, 5],
    [0.3, 0.25, 0.6, 0.8, -10],
    [0.9, -0.35, 0.7, 0.4, 0],
  ] as const) {
    s.body.add("white", box(w, 0.004, d), at(x, 0.982, z, { y: yaw }));
  }
  s.body.add("fabric", box(0.8, 0.01, 0.5), at(0.2, 0.985, -0.35));
  s.body.add("steel", box(1.0, 0.008, 0.05), at(-0.2, 0.99, 0.5, { y: 8 }));
  s.body.add("yellow", box(0.05, 0.008, 0.4), at(1.1, 0.99, 0.3));
  dressForm(s.body, 2.0, 0.1);
  // Garment rail with hanging clothes on the other side.
  for (const x of [-2.6, -1.7]) s.body.add("steel", box(0.04, 1.7, 0.04), at(x, 0.85, 0));
  s.body.add("steel", cylinder({ radius: 0.02, height: 1.0, segments: 6 }), at(-2.15, 1.65, 0, { z: 90 }));
  for (let i = 0; i < 5; i++) {
    const x = -2.5 + i * 0.18;
    s.body.add(i % 2 === 0 ? "fabric" : "fabricWarm", box(0.05, 0.8, 0.45), at(x, 1.2, 0));
  }
  for (const [x, z] of [
    [-2.6, -0.2],
    [-1.7, 0.2],
  ] as const) {
    strut(s.body, "steel", [x, 0.02, z], [x, 0.02, -z], 0.02, 4);
  }
};
