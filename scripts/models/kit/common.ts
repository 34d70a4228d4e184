import { at } from "../geometry/placement";
import { box, cylinder, lathe, sphere, torus } from "../geometry/primitives";
import { slide, spin } from "../scene/motions";
import type { KitBuilder } from "./KitBuilder";
import { conveyorBelt } from "./parts/conveyorBelt";
import { controlPanel, flange, motor, pipe, stackLight, wheel } from "./parts/equipment";
import { robotArm } from "./parts/robotArm";
import { ladder, legs, railing, strut } from "./parts/structure";

/** Machines found in every sector: handling, storage, control, utilities. */

/** A belt conveyor carrying cartons, with a skirt and drive motor. */
export const conveyor: KitBuilder = (s) => {
  conveyorBelt(s, {
    name: "transport",
    x: 0,
    y: 0.95,
    z: 0,
    length: 6.4,
    width: 0.9,
    item: { material: "cardboard", geometry: box(0.55, 0.42, 0.55), height: 0.42 },
    spacing: 1.3,
    seconds: 2.6,
    frameMaterial: "accent",
  });
  for (const side of [-1, 1]) s.body.add("accent", box(6.3, 0.4, 0.04), at(0, 0.62, side * 0.5));
  motor(s.body, "machineBlue", 2.3, 0.45, 0.75, 0.2, 0.5);
  s.body.add("yellow", box(0.4, 0.35, 0.3), at(2.85, 0.45, 0.75));
  controlPanel(s.body, -2.6, 1.0, 0, 1.3);
};

/** An industrial robot on a pedestal between a parts table and its controller. */
export const robotArmKit: KitBuilder = (s) => {
  const gripper = robotArm(s, { name: "swing", x: 0, z: 0, pedestal: 0.6 }).geometry;
  gripper.add("darkSteel", box(0.3, 0.08, 0.12), at(0, 0.22, 0));
  for (const sx of [-0.11, 0.11]) gripper.add("steel", box(0.04, 0.16, 0.08), at(sx, 0.33, 0));
  // Work table with parts on the robot's right, controller cabinet on its left.
  s.body.add("steel", box(1.4, 0.08, 1.0), at(2.0, 0.85, 0.2));
  legs(s.body.within(at(2.0, 0, 0.2)), "darkSteel", 1.4, 1.0, 0.81, 0.08);
  for (const [dx, dz] of [
    [-0.35, 0.1],
    [0.1, 0.35],
    [0.4, -0.1],
  ] as const) {
    s.body.add("accent", box(0.3, 0.2, 0.3), at(2.0 + dx, 1.0, 0.2 + dz));
  }
  s.body.add("paint", box(0.8, 1.5, 0.6), at(-2.0, 0.75, -0.1));
  s.body.add("screen", box(0.4, 0.25, 0.02), at(-2.0, 1.2, 0.21));
  stackLight(s.body, -2.0, 1.5, -0.1);
  // Safety posts at the cell's corners.
  for (const [x, z] of [
    [-2.6, 1.2],
    [2.6, 1.2],
    [-2.6, -1.0],
    [2.6, -1.0],
  ] as const) {
    s.body.add("yellow", box(0.1, 1.2, 0.1), at(x, 0.6, z));
    s.body.add("black", box(0.11, 0.15, 0.11), at(x, 0.9, z));
  }
};

/** A control room desk: three consoles with screens, a video wall behind, a chair. */
export const controlDesk: KitBuilder = (s) => {
  for (const [x, yaw] of [
    [-1.6, 25],
    [0, 0],
    [1.6, -25],
  ] as const) {
    const c = s.body.within(at(x, 0, x === 0 ? 0 : 0.3, { y: yaw }));
    c.add("paint", box(1.6, 0.75, 0.8), at(0, 0.375, 0.1));
    c.add("darkSteel", box(1.6, 0.05, 0.9), at(0, 0.77, 0.15));
    // The console's riser carrying the screens (solid: the desk's hotspot is inside it).
    c.add("paint", box(1.6, 0.85, 0.45), at(0, 1.2, -0.35));
    c.add("black", box(1.5, 0.5, 0.04), at(0, 1.25, -0.11, { x: -8 }));
    for (const sx of [-0.38, 0.38]) c.add("screen", box(0.66, 0.42, 0.02), at(sx, 1.25, -0.09, { x: -8 }));
    c.add("black", box(0.5, 0.02, 0.18), at(0, 0.8, 0.35));
  }
  // Video wall over a cabinet behind the desk.
  s.body.add("darkSteel", box(4.0, 1.0, 0.4), at(0, 0.5, -0.8));
  s.body.add("black", box(4.0, 1.6, 0.14), at(0, 1.8, -0.8));
  s.body.add("screen", box(3.8, 1.4, 0.02), at(0, 1.8, -0.72));
};

/** A vertical storage tank with a ladder, roof platform and pipework. */
export const storageTank: KitBuilder = (s) => {
  const r = 2.1;
  s.body.add("concrete", cylinder({ radius: r + 0.3, height: 0.3, segments: 20 }), at(0, 0.15, 0));
  s.body.add(
    "white",
    lathe(
      [
        [0, 0.3],
        [r, 0.3],
        [r, 6.3],
        [r * 0.15, 7.0],
        [0, 7.05],
      ],
      { segments: 24, crease: 30 },
    ),
  );
  s.body.add("accent", cylinder({ radius: r + 0.02, height: 0.5, segments: 24, open: true }), at(0, 4.6, 0));
  s.body.add("accent", cylinder({ radius: r + 0.02, height: 0.15, segments: 24, open: true }), at(0, 4.1, 0));
  ladder(s.body, "yellow", r + 0.3, 0, 0.3, 6.4, 90);
  s.body.add("steel", box(0.9, 0.06, 0.9), at(r + 0.25, 6.35, 0));
  railing(s.body, "yellow", r - 0.4, 0.8, r + 0.6, 0.8, 6.35);
  railing(s.body, "yellow", r - 0.4, -0.8, r + 0.6, -0.8, 6.35);
  s.body.add("steel", cylinder({ radius: 0.35, height: 0.5, segments: 12 }), at(0, 7.2, 0));
  pipe(
    s.body,
    "steel",
    [
      [-r - 0.1, 0.8, 0.6],
      [-r - 1.0, 0.8, 0.6],
      [-r - 1.0, 0.2, 0.6],
    ],
    0.12,
  );
  flange(s.body, "steel", [-r, 0.8, 0.6], [1, 0, 0], 0.12);
  pipe(
    s.body,
    "steel",
    [
      [-r - 0.1, 0.8, -0.6],
      [-r - 1.0, 0.8, -0.6],
      [-r - 1.0, 0.2, -0.6],
    ],
    0.12,
  );
  s.body.add("red", box(0.25, 0.35, 0.25), at(-r - 1.0, 0.8, 0.6));
  s.body.add("machineGreen", box(0.25, 0.35, 0.25), at(-r - 1.0, 0.8, -0.6));
};

/** An overhead travelling crane on four columns, its trolley carrying a bundle of beams. */
export const overheadCrane: KitBuilder = (s) => {
  const span = 4.6;
  const runway = 2.6;
  const railY = 5.4;
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1])
      s.body.add("darkSteel", box(0.35, railY, 0.35), at(sx * span, railY / 2, sz * runway));
    s.body.add("darkSteel", box(0.4, 0.5, runway * 2 + 0.4), at(sx * span, railY + 0.25, 0));
    s.body.add("yellow", box(0.6, 0.45, 1.6), at(sx * span, railY + 0.72, 0));
  }
  // The bridge: a yellow box girder with black and yellow end plates.
  s.body.add("yellow", box(span * 2 + 0.4, 0.7, 0.6), at(0, railY + 0.85, 0));
  for (const sx of [-1, 1]) s.body.add("black", box(0.1, 0.7, 0.62), at(sx * (span + 0.25), railY + 0.85, 0));
  s.body.add("paint", box(0.9, 0.9, 0.9), at(-span + 0.7, railY - 0.1, 0.7));
  s.body.add("glass", box(0.92, 0.4, 0.92), at(-span + 0.7, railY, 0.7));

  const trolley = s.part("trolley", [0, railY + 1.35, 0]);
  const t = trolley.geometry;
  t.add("machineBlue", box(1.2, 0.45, 1.1), at(0, 0, 0));
  t.add("darkSteel", cylinder({ radius: 0.25, height: 0.9, segments: 12 }), at(0, -0.05, 0, { z: 90 }));
  for (const sz of [-0.2, 0.2]) strut(t, "darkSteel", [0, -0.2, sz], [0, -2.5, sz], 0.02, 4);
  t.add("yellow", box(0.5, 0.4, 0.35), at(0, -2.7, 0));
  t.add(
    "darkSteel",
    torus({ radius: 0.15, tube: 0.05, segments: 10, tubeSegments: 5, arc: Math.PI * 1.5 }),
    at(0, -3.0, 0, { x: 90 }),
  );
  // A lifting beam and a bundle of steel beams wider than the trolley's travel: the centre of
  // the crane's bounding box always lies on it.
  t.add("yellow", box(3.2, 0.18, 0.3), at(0, -3.25, 0));
  for (const sx of [-1.2, 1.2]) strut(t, "darkSteel", [sx, -3.3, 0], [sx, -3.9, 0], 0.02, 4);
  for (const [y, z] of [
    [-4.05, -0.25],
    [-4.05, 0.25],
    [-4.4, -0.25],
    [-4.4, 0.25],
    [-4.4, 0],
  ] as const) {
    t.add("steel", box(4.4, 0.32, 0.22), at(0, y, z));
  }
  s.animate("trolley", slide(trolley, [1.4, 0, 0], 14));
};

/** A workbench with vice, drawers, tool wall and lamp. */
export const workbench: KitBuilder = (s) => {
  s.body.add("wood", box(2.2, 0.06, 0.8), at(0, 0.9, 0));
  legs(s.body, "machineBlue", 2.2, 0.8, 0.87, 0.07);
  s.body.add("machineBlue", box(0.6, 0.75, 0.75), at(-0.75, 0.45, 0));
  for (let i = 0; i < 4; i++) s.body.add("steel", box(0.35, 0.03, 0.02), at(-0.75, 0.25 + i * 0.17, 0.39));
  s.body.add("darkSteel", box(0.3, 0.14, 0.22), at(0.8, 1.0, 0.2));
  s.body.add("darkSteel", box(0.04, 0.04, 0.3), at(0.8, 1.04, 0.25));
  // A toolbox on the bench (also the solid middle of the bench's bounds).
  s.body.add("red", box(0.55, 0.36, 0.3), at(0, 1.11, 0));
  s.body.add("darkSteel", box(0.3, 0.04, 0.04), at(0, 1.31, 0));
  // Tool wall with tools.
  s.body.add("accent", box(2.2, 1.2, 0.04), at(0, 1.53, -0.38));
  for (let i = 0; i < 7; i++) {
    const x = -0.9 + i * 0.3;
    s.body.add(i % 2 === 0 ? "red" : "darkSteel", box(0.05, 0.3 + (i % 3) * 0.06, 0.03), at(x, 1.55, -0.34));
  }
  s.body.add("lamp", box(1.6, 0.05, 0.12), at(0, 2.1, -0.25));
  s.body.add("steel", box(1.7, 0.04, 0.2), at(0, 2.14, -0.3));
  s.body.add("darkSteel", box(0.35, 0.2, 0.25), at(0.3, 1.03, -0.1));
};

/** A CNC machining centre: enclosure with window, spindle inside, panel and chip conveyor. */
export const cncMachine: KitBuilder = (s) => {
  s.body.add("paint", box(3.0, 2.3, 2.1), at(0, 1.15, 0));
  s.body.add("accent", box(3.02, 0.3, 2.12), at(0, 2.05, 0));
  s.body.add("darkSteel", box(3.02, 0.25, 2.12), at(0, 0.12, 0));
  // Sliding doors with a big window showing the work area.
  s.body.add("darkSteel", box(2.0, 1.35, 0.06), at(-0.2, 1.2, 1.06));
  s.body.add("glass", box(1.5, 0.9, 0.04), at(-0.2, 1.3, 1.1));
  s.body.add("black", box(1.6, 0.25, 0.3), at(-0.2, 0.55, 0.85));
  s.body.add("steel", box(0.04, 0.5, 0.06), at(0.65, 1.2, 1.12));
  // Control panel hanging on the right.
  s.body.add("darkSteel", box(0.6, 0.8, 0.15), at(1.5, 1.5, 1.15, { y: -20 }));
  s.body.add("screen", box(0.45, 0.3, 0.02), at(1.52, 1.65, 1.23, { y: -20 }));
  // Chip conveyor and coolant tank at the back.
  s.body.add("darkSteel", box(0.5, 0.8, 1.6), at(-1.75, 0.4, -0.3));
  s.body.add("machineBlue", box(0.8, 0.6, 0.5), at(-1.0, 0.3, -1.3));
  stackLight(s.body, 1.3, 2.3, -0.8);
  const spindle = s.part("spindle", [-0.2, 1.7, 0.5]);
  spindle.geometry.add("darkSteel", box(0.35, 0.5, 0.35), at(0, 0, 0));
  spindle.geometry.add(
    "steel",
    cylinder({ radius: 0.07, radiusTop: 0.1, height: 0.3, segments: 10 }),
    at(0, -0.4, 0),
  );
  s.animate("spindle", slide(spindle, [0.5, -0.1, 0], 5));
};

/** A forklift truck carrying a pallet, its forks lifting and lowering. */
export const forklift: KitBuilder = (s) => {
  const b = s.body;
  b.add("yellow", box(2.2, 0.55, 1.1), at(0, 0.6, 0));
  b.add("darkSteel", box(0.55, 0.8, 1.1), at(-1.0, 0.9, 0));
  b.add("black", box(0.6, 0.12, 0.5), at(-0.2, 0.95, 0));
  // Dashboard cowl in front of the driver (also the solid middle of the truck's bounds).
  b.add("yellow", box(0.55, 0.6, 0.95), at(0.7, 1.15, 0));
  b.add("black", box(0.12, 0.55, 0.5), at(-0.5, 1.2, 0));
  strut(b, "black", [0.42, 1.45, 0], [0.3, 1.6, 0], 0.03, 6);
  b.add(
    "black",
    torus({ radius: 0.16, tube: 0.025, segments: 10, tubeSegments: 4 }),
    at(0.3, 1.62, 0, { z: 20 }),
  );
  for (const [x, z] of [
    [-0.6, 0.5],
    [-0.6, -0.5],
    [0.7, 0.5],
    [0.7, -0.5],
  ] as const) {
    b.add("darkSteel", box(0.08, 1.5, 0.08), at(x, 1.6, z));
  }
  b.add("darkSteel", box(1.5, 0.08, 1.1), at(0.05, 2.35, 0));
  for (const x of [-0.75, 0.65]) {
    for (const z of [-0.5, 0.5]) wheel(b, x, 0.32, z, 0.32, 0.25);
  }
  b.add("darkSteel", box(0.12, 2.6, 0.12), at(1.2, 1.3, 0.35));
  b.add("darkSteel", box(0.12, 2.6, 0.12), at(1.2, 1.3, -0.35));
  b.add("darkSteel", box(0.1, 0.1, 0.8), at(1.2, 2.55, 0));
  b.add("orange", box(0.1, 0.1, 0.1), at(0.05, 2.45, 0));

  const forks = s.part("forks", [1.35, 0.25, 0]);
  const f = forks.geometry;
  f.add("darkSteel", box(0.08, 0.8, 0.9), at(0, 0.4, 0));
  for (const z of [-0.3, 0.3]) f.add("darkSteel", box(1.1, 0.05, 0.12), at(0.55, 0.03, z));
  f.add("wood", box(1.2, 0.14, 1.0), at(0.62, 0.13, 0));
  f.add("cardboard", box(1.1, 0.7, 0.9), at(0.62, 0.55, 0));
  s.animate("lift", slide(forks, [0, 0.9, 0], 8));
};

/** A pallet rack: three bays, three levels, loaded pallets. */
export const palletRack: KitBuilder = (s) => {
  const bay = 1.9;
  const depth = 1.1;
  const levels = [0.15, 1.6, 3.05];
  for (let i = 0; i <= 3; i++) {
    const x = (i - 1.5) * bay;
    for (const z of [-depth / 2, depth / 2]) s.body.add("machineBlue", box(0.12, 4.4, 0.1), at(x, 2.2, z));
    for (let y = 0.5; y < 4.2; y += 0.9)
      strut(s.body, "machineBlue", [x, y, -depth / 2], [x, y + 0.8, depth / 2], 0.02, 4);
  }
  for (const y of levels.slice(1)) {
    for (const z of [-depth / 2, depth / 2])
      s.body.add("orange", box(bay * 3, 0.12, 0.06), at(0, y - 0.06, z));
  }
  levels.forEach((y, level) => {
    for (let i = 0; i < 3; i++) {
      const x = (i - 1) * bay;
      s.body.add("wood", box(1.2, 0.14, 1.0), at(x, y + 0.07, 0));
      const high = 0.7 + ((i + level) % 3) * 0.2;
      s.body.add(
        (i + level) % 2 === 0 ? "cardboard" : "white",
        box(1.1, high, 0.95),
        at(x, y + 0.14 + high / 2, 0),
      );
    }
  });
  s.body.add("yellow", box(0.3, 0.4, 0.3), at(-bay * 1.5, 0.2, depth / 2 + 0.2));
  s.body.add("yellow", box(0.3, 0.4, 0.3), at(bay * 1.5, 0.2, depth / 2 + 0.2));
};

/** A row of electrical cabinets with door handles, lamps and a cable tray on top. */
export const electricalCabinet: KitBuilder = (s) => {
  const n = 4;
  const w = 0.8;
  for (let i = 0; i < n; i++) {
    const x = (i - (n - 1) / 2) * w;
    s.body.add("paint", box(w, 2.0, 0.6), at(x, 1.1, 0));
    s.body.add("darkSteel", box(0.015, 1.96, 0.01), at(x - w / 2, 1.1, 0.302));
    s.body.add("darkSteel", box(0.03, 0.25, 0.04), at(x + w / 2 - 0.12, 1.1, 0.32));
    s.body.add("white", box(0.3, 0.08, 0.01), at(x, 1.85, 0.305));
    s.body.add(
      i === 1 ? "signalRed" : "signalGreen",
      cylinder({ radius: 0.03, height: 0.03, segments: 8 }),
      at(x - 0.2, 1.6, 0.31, { x: 90 }),
    );
    s.body.add("yellow", box(0.16, 0.16, 0.01), at(x, 1.45, 0.305));
    s.body.add("black", box(0.05, 0.05, 0.012), at(x, 1.46, 0.307));
  }
  s.body.add("darkSteel", box(n * w + 0.1, 0.1, 0.65), at(0, 0.05, 0));
  s.body.add("steel", box(n * w + 0.4, 0.08, 0.4), at(0, 2.55, -0.05));
  for (let i = 0; i < 5; i++)
    strut(
      s.body,
      "black",
      [-n * w * 0.5 - 0.2, 2.63, -0.2 + i * 0.08],
      [n * w * 0.5 + 0.2, 2.63, -0.2 + i * 0.08],
      0.025,
      6,
    );
  for (const x of [-n * w * 0.5, n * w * 0.5]) s.body.add("steel", box(0.06, 0.5, 0.06), at(x, 2.3, -0.05));
  // The main switch, red on yellow.
  s.body.add("red", box(0.06, 0.2, 0.05), at(-w * 1.5 + 0.15, 1.2, 0.34));
};

/** A centrifugal pump and its motor on a base plate, with suction and delivery pipes. */
export const pump: KitBuilder = (s) => {
  s.body.add("darkSteel", box(2.4, 0.2, 0.9), at(0, 0.1, 0));
  motor(s.body, "machineBlue", -0.55, 0.62, 0, 0.36, 1.1);
  s.body.add("yellow", box(0.5, 0.75, 0.6), at(0.3, 0.72, 0));
  // Volute casing: a snail-shell disc with its inlet facing +X and outlet up.
  s.body.add("red", cylinder({ radius: 0.45, height: 0.35, segments: 18 }), at(0.8, 0.62, 0, { z: 90 }));
  s.body.add(
    "red",
    torus({ radius: 0.42, tube: 0.12, segments: 16, tubeSegments: 6 }),
    at(0.8, 0.62, 0, { z: 90 }),
  );
  pipe(
    s.body,
    "steel",
    [
      [0.95, 0.62, 0],
      [1.6, 0.62, 0],
      [1.6, 0.62, 0.7],
    ],
    0.14,
  );
  flange(s.body, "steel", [1.0, 0.62, 0], [1, 0, 0], 0.14);
  pipe(
    s.body,
    "steel",
    [
      [0.8, 1.0, 0],
      [0.8, 1.8, 0],
      [0.8, 1.8, -0.7],
    ],
    0.11,
  );
  flange(s.body, "steel", [0.8, 1.05, 0], [0, 1, 0], 0.11);
  s.body.add("red", cylinder({ radius: 0.16, height: 0.15, segments: 10 }), at(0.8, 1.5, 0));
  s.body.add("darkSteel", box(0.1, 0.3, 0.1), at(0.8, 1.7, 0.1));
  const coupling = s.part("coupling", [0.25, 0.62, 0]);
  coupling.geometry.add("steel", cylinder({ radius: 0.1, height: 0.3, segments: 8 }), at(0, 0, 0, { z: 90 }));
  coupling.geometry.add("darkSteel", box(0.05, 0.22, 0.05), at(0, 0, 0.1));
  s.animate("rotation", spin(coupling, [1, 0, 0], 1, 2));
};

/** A laboratory bench with a reagent shelf, glassware and an instrument. */
export const labBench: KitBuilder = (s) => {
  s.body.add("white", box(3.0, 0.85, 0.9), at(0, 0.43, 0));
  s.body.add("darkSteel", box(3.05, 0.05, 0.95), at(0, 0.88, 0));
  for (let i = 0; i < 4; i++) s.body.add("steel", box(0.3, 0.03, 0.02), at(-1.1 + i * 0.73, 0.7, 0.46));
  for (const x of [-1.4, 1.4]) s.body.add("steel", box(0.05, 1.1, 0.05), at(x, 1.45, -0.3));
  s.body.add("white", box(2.9, 0.04, 0.35), at(0, 1.55, -0.3));
  s.body.add("white", box(2.9, 0.04, 0.35), at(0, 1.95, -0.3));
  for (let i = 0; i < 10; i++) {
    const x = -1.3 + i * 0.29;
    s.body.add(
      i % 3 === 0 ? "amberGlass" : "glass",
      cylinder({ radius: 0.06, height: 0.22, segments: 8 }),
      at(x, 1.68, -0.3),
    );
    if (i % 2 === 0)
      s.body.add("accent", cylinder({ radius: 0.05, height: 0.2, segments: 8 }), at(x + 0.1, 2.07, -0.3));
  }
  // Flasks and beakers on the bench.
  for (const [x, z, r] of [
    [-0.9, 0.15, 0.12],
    [-0.55, 0.05, 0.09],
    [0.5, 0.2, 0.1],
  ] as const) {
    s.body.add(
      "glass",
      lathe(
        [
          [0, 0],
          [r, 0],
          [r * 1.1, r * 0.6],
          [r * 0.35, r * 1.7],
          [r * 0.35, r * 2.6],
          [0, r * 2.6],
        ],
        { segments: 12 },
      ),
      at(x, 0.9, z),
    );
    s.body.add(
      "liquid",
      cylinder({ radius: r * 0.9, height: r * 0.5, segments: 10 }),
      at(x, 0.9 + r * 0.25, z),
    );
  }
  s.body.add("paint", box(0.6, 0.4, 0.45), at(1.0, 1.1, 0.0));
  s.body.add("screen", box(0.3, 0.15, 0.02), at(1.0, 1.15, 0.23));
  s.body.add("darkSteel", box(0.3, 0.5, 0.3), at(-0.1, 1.15, -0.1));
  s.body.add("steel", sphere(0.1, 10, 5), at(-0.1, 1.45, -0.1));
};

/** A wrapping and cartoning machine, its belt carrying products in and cartons out. */
export const packagingMachine: KitBuilder = (s) => {
  conveyorBelt(s, {
    name: "transport",
    x: 0,
    y: 0.95,
    z: 0.2,
    length: 6.6,
    width: 0.6,
    item: { material: "cardboard", geometry: box(0.4, 0.3, 0.4), height: 0.3 },
    spacing: 1.1,
    seconds: 2.2,
  });
  s.body.add("white", box(2.4, 1.1, 1.5), at(0, 1.75, 0));
  s.body.add("white", box(2.4, 0.6, 1.5), at(0, 0.3, 0));
  s.body.add("accent", box(2.42, 0.15, 1.52), at(0, 2.25, 0));
  s.body.add("glass", box(1.8, 0.75, 0.04), at(0, 1.75, 0.77));
  s.body.add("darkSteel", box(2.0, 0.05, 0.05), at(0, 1.37, 0.76));
  // The film reel and the carton magazine on top.
  s.body.add("steel", cylinder({ radius: 0.35, height: 0.5, segments: 16 }), at(-0.6, 2.65, 0, { x: 90 }));
  s.body.add("white", cylinder({ radius: 0.33, height: 0.48, segments: 16 }), at(-0.6, 2.65, 0.0, { x: 90 }));
  s.body.add("cardboard", box(0.7, 0.6, 0.5), at(0.6, 2.6, 0));
  controlPanel(s.body, 1.6, 1.0, -10, 1.5);
  stackLight(s.body, -1.05, 2.3, -0.5);
};
