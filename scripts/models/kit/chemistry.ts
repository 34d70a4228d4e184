import { at } from "../geometry/placement";
import { box, cone, cylinder, lathe } from "../geometry/primitives";
import { flicker } from "../scene/motions";
import type { MaterialKey } from "../scene/palette";
import type { KitBuilder } from "./KitBuilder";
import { flange, horizontalVessel, pipe, saddles, vesselProfile } from "./parts/equipment";
import { ladder, latticeTower, legs, railing, ringPlatform, strut } from "./parts/structure";

/** Chimie and pétrole: vessels, columns, piping, flares. */

/**
 * A stirred reactor: a glass-lined vessel with domed heads on legs, its agitator drive on top,
 * nozzles, a jacket pipe, and an access platform with ladder.
 */
export const reactor: KitBuilder = (s) => {
  const r = 1.25;
  const y0 = 1.3;
  s.body.add("machineBlue", lathe(vesselProfile(r, 2.4, y0), { segments: 20 }));
  for (let i = 0; i < 4; i++) {
    const a = (i / 4) * Math.PI * 2 + Math.PI / 4;
    s.body.add(
      "steel",
      box(0.16, y0 + 0.9, 0.16),
      at(Math.cos(a) * (r - 0.05), (y0 + 0.9) / 2, Math.sin(a) * (r - 0.05)),
    );
  }
  s.body.add("steel", cylinder({ radius: r + 0.05, height: 0.15, segments: 20 }), at(0, y0 + 1.6, 0));
  // Agitator drive: gearbox and vertical motor on the top head.
  const top = y0 + 2.4 + r;
  s.body.add("darkSteel", cylinder({ radius: 0.35, height: 0.5, segments: 14 }), at(0, top + 0.15, 0));
  s.body.add("accent", cylinder({ radius: 0.25, height: 0.7, segments: 14 }), at(0, top + 0.75, 0));
  s.body.add("accent", cylinder({ radius: 0.27, height: 0.08, segments: 14 }), at(0, top + 1.12, 0));
  for (const [x, z] of [
    [0.7, 0.3],
    [-0.6, 0.5],
    [0.2, -0.75],
  ] as const) {
    s.body.add("steel", cylinder({ radius: 0.1, height: 0.5, segments: 10 }), at(x, top - 0.05, z));
    flange(s.body, "steel", [x, top + 0.2, z], [0, 1, 0], 0.1);
  }
  pipe(
    s.body,
    "steel",
    [
      [0.2, top + 0.25, -0.75],
      [0.2, top + 0.8, -0.75],
      [-2.2, top + 0.8, -0.75],
      [-2.2, 0.3, -0.75],
    ],
    0.09,
  );
  pipe(
    s.body,
    "copper",
    [
      [r, y0 + 0.8, 0.3],
      [r + 0.6, y0 + 0.8, 0.3],
      [r + 0.6, 0.3, 0.3],
    ],
    0.07,
  );
  s.body.add("steel", cylinder({ radius: 0.2, height: 0.5, segments: 10 }), at(0, y0 - 0.35, 0));
  // Platform at the top head, reached by a ladder.
  const py = y0 + 2.3;
  s.body.add("steel", box(1.4, 0.08, 3.0), at(r + 0.75, py, 0));
  railing(s.body, "yellow", r + 1.45, -1.5, r + 1.45, 1.5, py);
  railing(s.body, "yellow", r + 0.05, -1.5, r + 1.45, -1.5, py);
  legs(s.body.within(at(r + 0.75, 0, 0)), "steel", 1.4, 3.0, py, 0.1);
  ladder(s.body, "yellow", r + 0.75, 1.7, 0, py + 1.1, 180);
};

/**
 * A distillation column: a tall insulated column with platforms and ladders, the reboiler at its
 * foot, the overhead vapour line down to the condenser and reflux drum.
 */
export const distillationColumn: KitBuilder = (s) => {
  const r = 0.85;
  const height = 13.5;
  s.body.add("concrete", cylinder({ radius: r + 0.3, height: 0.4, segments: 16 }), at(0, 0.2, 0));
  s.body.add("steel", cylinder({ radius: r, height: 1.6, segments: 16 }), at(0, 1.2, 0));
  s.body.add("aluminium", lathe(vesselProfile(r, height - 2.5, 1.6), { segments: 18 }));
  for (let y = 3; y < height; y += 1.5)
    s.body.add("steel", cylinder({ radius: r + 0.02, height: 0.05, segments: 18, open: true }), at(0, y, 0));
  for (const y of [4.5, 8.5, 12.3]) ringPlatform(s.body, "yellow", r + 0.05, r + 1.0, y, 16);
  ladder(s.body, "yellow", 0, r + 0.75, 0.4, 13.4, 0);
  // Overhead vapour line to the condenser, reflux drum below it, reflux back into the column.
  pipe(
    s.body,
    "steel",
    [
      [0, height + 0.1, 0],
      [0, height + 0.8, 0],
      [2.6, height + 0.8, 0],
      [2.6, 5.6, 0],
    ],
    0.22,
  );
  horizontalVessel(s.body, "white", 2.6, 5.0, 0, 0.5, 3.0, 14);
  legs(s.body.within(at(2.6, 0, 0)), "steel", 2.2, 1.0, 4.5, 0.14);
  horizontalVessel(s.body, "steel", 2.6, 2.2, 0, 0.45, 2.2, 14);
  pipe(
    s.body,
    "steel",
    [
      [2.6, 1.75, 0.2],
      [2.6, 0.6, 0.2],
      [1.4, 0.6, 0.2],
      [1.4, 11.0, 0.2],
      [r, 11.0, 0.2],
    ],
    0.08,
  );
  // Reboiler on the other side, fed from the column's foot.
  horizontalVessel(s.body, "steel", -2.5, 1.4, 0, 0.55, 3.0, 14);
  saddles(s.body.within(at(-2.5, 0, 0)), "darkSteel", 0.9, 1.4, 0.55);
  pipe(
    s.body,
    "steel",
    [
      [-r, 2.4, 0],
      [-2.5, 2.4, 0],
      [-2.5, 1.9, 0],
    ],
    0.15,
  );
  pipe(
    s.body,
    "red",
    [
      [-1.2, 0.5, 0.9],
      [-3.8, 0.5, 0.9],
    ],
    0.08,
  );
};

/** Colours of the lines on a pipe rack: what each carries. */
const lineColours: MaterialKey[] = ["steel", "yellow", "machineGreen", "steel", "red", "accent"];

/** A pipe rack: steel portals carrying two levels of coloured pipelines and a cable tray. */
export const pipeRack: KitBuilder = (s) => {
  const length = 9;
  const halfDepth = 1.5;
  const levels = [2.2, 4.1];
  for (let x = -length / 2; x <= length / 2 + 0.01; x += length / 3) {
    for (const z of [-halfDepth, halfDepth]) s.body.add("accent", box(0.25, 4.8, 0.25), at(x, 2.4, z));
    for (const y of levels) s.body.add("accent", box(0.22, 0.25, halfDepth * 2 + 0.3), at(x, y, 0));
    strut(s.body, "accent", [x, 0.3, -halfDepth], [x, levels[0] ?? 2, halfDepth], 0.05, 4);
    s.body.add("concrete", box(0.6, 0.3, 0.6), at(x, 0.15, -halfDepth));
    s.body.add("concrete", box(0.6, 0.3, 0.6), at(x, 0.15, halfDepth));
  }
  for (const z of [-halfDepth, halfDepth]) s.body.add("accent", box(length, 0.2, 0.2), at(0, 4.8, z));
  levels.forEach((y, level) => {
    const radii = level === 0 ? [0.3, 0.22, 0.3, 0.18, 0.25, 0.22] : [0.2, 0.16, 0.24, 0.14, 0.2];
    let z = -halfDepth + 0.1;
    radii.forEach((radius, i) => {
      z += radius;
      const colour = lineColours[(i + level * 2) % lineColours.length] ?? "steel";
      s.body.add(
        colour,
        cylinder({ radius, height: length + 1, segments: 12 }),
        at(0, y + 0.125 + radius, z, { z: 90 }),
      );
      for (const fx of [-2.2, 2.4]) {
        s.body.add(
          colour,
          cylinder({ radius: radius * 1.3, height: 0.08, segments: 12 }),
          at(fx + level, y + 0.125 + radius, z, { z: 90 }),
        );
      }
      z += radius + 0.08;
    });
  });
  s.body.add("steel", box(length + 1, 0.1, 0.6), at(0, 4.95, 0.6));
  s.body.add("black", box(length + 1, 0.08, 0.5), at(0, 5.02, 0.6));
  // One line turning down to a valve at floor level.
  pipe(
    s.body,
    "yellow",
    [
      [length / 2 + 0.5, 2.55, -0.96],
      [length / 2 + 0.9, 2.55, -0.96],
      [length / 2 + 0.9, 0.9, -0.96],
    ],
    0.18,
  );
  s.body.add("red", box(0.3, 0.3, 0.5), at(length / 2 + 0.9, 1.1, -0.96));
};

/** A shell-and-tube heat exchanger on saddles, with its channel head, nozzles and pipes. */
export const heatExchanger: KitBuilder = (s) => {
  const axisY = 1.3;
  horizontalVessel(s.body, "paint", 0.3, axisY, 0, 0.7, 5.2, 18);
  saddles(s.body, "darkSteel", 1.6, axisY, 0.7);
  // Channel head and its bolted flanges at the left end.
  s.body.add("accent", cylinder({ radius: 0.75, height: 0.9, segments: 18 }), at(-2.6, axisY, 0, { z: 90 }));
  for (const x of [-2.1, -3.05])
    s.body.add(
      "darkSteel",
      cylinder({ radius: 0.9, height: 0.12, segments: 18 }),
      at(x, axisY, 0, { z: 90 }),
    );
  s.body.add(
    "accent",
    lathe(
      [
        [0, 0],
        [0.75, 0],
        [0.6, 0.25],
        [0, 0.35],
      ],
      { segments: 18 },
    ),
    at(-3.1, axisY, 0, { z: 90 }),
  );
  // Nozzles: tube side in and out on the head, shell side on the shell.
  for (const [x, up] of [
    [-2.6, 1],
    [-2.6, -1],
    [-0.8, 1],
    [1.9, -1],
  ] as const) {
    const y = axisY + up * 0.95;
    s.body.add("steel", cylinder({ radius: 0.16, height: 0.5, segments: 12 }), at(x, y, 0));
    flange(s.body, "steel", [x, axisY + up * 1.2, 0], [0, up, 0], 0.16);
  }
  pipe(
    s.body,
    "machineGreen",
    [
      [-2.6, axisY + 1.25, 0],
      [-2.6, 3.2, 0],
      [-4.0, 3.2, 0],
    ],
    0.16,
  );
  pipe(
    s.body,
    "machineGreen",
    [
      [-2.6, axisY - 1.25, 0],
      [-2.6, 0.25, 0],
      [-4.0, 0.25, 0],
    ],
    0.16,
  );
  pipe(
    s.body,
    "orange",
    [
      [-0.8, axisY + 1.25, 0],
      [-0.8, 3.0, 0],
      [3.4, 3.0, 0],
      [3.4, 0.2, 0],
    ],
    0.16,
  );
  s.body.add("white", box(0.12, 0.2, 0.02), at(0.5, axisY + 0.3, 0.71));
};

/** A flare stack: a lattice derrick holding the stack, its flame flickering at the tip. */
export const flareStack: KitBuilder = (s) => {
  const height = 14;
  latticeTower(s.body, "steel", height - 1.5, 1.7, 0.7, 6, 0.14);
  s.body.add("red", cylinder({ radius: 0.45, height, segments: 14 }), at(0, height / 2, 0));
  for (let y = 1.5; y < height; y += 3)
    s.body.add(
      "white",
      cylinder({ radius: 0.46, height: 1.5, segments: 14, open: true }),
      at(0, y + 0.75, 0),
    );
  s.body.add(
    "darkSteel",
    cylinder({ radius: 0.5, radiusTop: 0.45, height: 0.8, segments: 14 }),
    at(0, height + 0.4, 0),
  );
  for (const [sx, sz] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    s.body.add("concrete", box(0.6, 0.4, 0.6), at(sx * 1.7, 0.2, sz * 1.7));
  }
  // Knock-out drum at the foot catching liquids before the gas goes up.
  // It lies inside the derrick, so that the flare's bounds stay centred on its stack.
  horizontalVessel(s.body, "paint", 0, 0.8, -1.05, 0.6, 3.6, 14);
  saddles(s.body.within(at(0, 0, -1.05)), "darkSteel", 1.1, 0.8, 0.6);
  pipe(
    s.body,
    "steel",
    [
      [0.8, 1.4, -1.05],
      [0.8, 2.0, -1.05],
      [0.3, 2.0, -0.3],
    ],
    0.18,
  );
  for (const side of [-1, 1]) {
    pipe(
      s.body,
      "yellow",
      [
        [side * 1.6, 0.9, -1.05],
        [side * 2.3, 0.9, -1.05],
        [side * 2.3, 0.2, -1.05],
      ],
      0.12,
    );
  }
  const flame = s.part("flame", [0, height + 0.8, 0]);
  flame.geometry.add("flame", cone(0.75, 2.6, 12), at(0, 1.3, 0));
  flame.geometry.add("hot", cone(0.45, 1.3, 10), at(0, 0.65, 0));
  s.animate("flame", flicker(flame, 0.3, 2));
};
