import { at } from "../geometry/placement";
import { box, cylinder, lathe, sphere, torus } from "../geometry/primitives";
import type { Point2 } from "../geometry/triangulate";
import type { MaterialKey } from "../scene/palette";
import type { KitBuilder } from "./KitBuilder";
import { pipe } from "./parts/equipment";
import { legs, strut } from "./parts/structure";

/** Parfum-cosmétique: distillation of plants, composing perfumes. */

/**
 * A copper alembic: the onion-shaped pot on its brick furnace (fire glowing), the helmet, the
 * swan neck running down to the condenser barrel, the essencier collecting the distillate.
 */
export const still: KitBuilder = (s) => {
  const b = s.body;
  b.add("brick", cylinder({ radius: 1.05, height: 0.95, segments: 16 }), at(0, 0.475, 0));
  b.add("hot", box(0.45, 0.3, 0.05), at(0, 0.35, 1.03));
  const pot: Point2[] = [
    [0, 0.9],
    [0.8, 0.9],
    [0.98, 1.25],
    [0.95, 1.65],
    [0.6, 2.0],
    [0.35, 2.1],
    [0.35, 2.2],
  ];
  b.add("copper", lathe(pot, { segments: 20, crease: 40 }));
  const helmet: Point2[] = [
    [0.35, 2.2],
    [0.55, 2.35],
    [0.6, 2.6],
    [0.45, 2.85],
    [0.18, 2.95],
    [0, 2.96],
  ];
  b.add("copper", lathe(helmet, { segments: 16, crease: 40 }));
  b.add("brass", torus({ radius: 0.36, tube: 0.04, segments: 16, tubeSegments: 4 }), at(0, 2.2, 0));
  // Swan neck: an arc over the top, then a long tapering run down into the condenser.
  b.add(
    "copper",
    torus({ radius: 0.35, tube: 0.09, segments: 12, tubeSegments: 8, arc: Math.PI }),
    at(0.35, 2.96, 0, { x: 90 }),
  );
  strut(b, "copper", [0.7, 2.96, 0], [2.15, 2.25, 0], 0.075, 10);
  // Condenser: a barrel of cooling water with the coil's outlet, on a stand.
  b.add("wood", cylinder({ radius: 0.6, height: 1.5, segments: 16 }), at(2.4, 1.25, 0));
  for (const y of [0.7, 1.25, 1.8])
    b.add("darkSteel", torus({ radius: 0.61, tube: 0.03, segments: 16, tubeSegments: 4 }), at(2.4, y, 0));
  b.add("copper", torus({ radius: 0.35, tube: 0.05, segments: 14, tubeSegments: 6 }), at(2.4, 2.05, 0));
  pipe(
    b,
    "copper",
    [
      [2.4, 0.6, 0.55],
      [2.4, 0.6, 0.9],
      [2.4, 0.45, 0.9],
    ],
    0.03,
    8,
  );
  // The essencier (Florentine flask) where oil separates from water.
  b.add(
    "glass",
    lathe(
      [
        [0, 0],
        [0.14, 0],
        [0.16, 0.2],
        [0.05, 0.35],
        [0.05, 0.45],
        [0, 0.45],
      ],
      { segments: 12 },
    ),
    at(2.4, 0.0, 0.95),
  );
  b.add("liquid", cylinder({ radius: 0.12, height: 0.12, segments: 10 }), at(2.4, 0.08, 0.95));
  // A bench with jars of plants on the other side.
  b.add("wood", box(1.2, 0.06, 0.6), at(-2.0, 0.8, 0));
  legs(b.within(at(-2.0, 0, 0)), "wood", 1.2, 0.6, 0.77, 0.06);
  for (const [x, m] of [
    [-2.4, "glass"],
    [-2.0, "amberGlass"],
    [-1.6, "glass"],
  ] as const) {
    b.add(m, cylinder({ radius: 0.12, height: 0.3, segments: 10 }), at(x, 0.98, 0));
    b.add("machineGreen", sphere(0.1, 8, 4), at(x, 1.0, 0));
  }
  b.add("machineGreen", sphere(0.3, 10, 5), at(-1.9, 0.3, 0.2, {}, [1.4, 0.8, 1]));
};

/**
 * A perfumer's organ: curved tiers of small bottles around the composing desk, a scale and
 * blotters on the desk.
 */
export const perfumeOrgan: KitBuilder = (s, { random }) => {
  const b = s.body;
  const centreZ = 0.9;
  const tiers = [
    { radius: 1.15, top: 0.95 },
    { radius: 1.45, top: 1.25 },
    { radius: 1.75, top: 1.55 },
  ];
  const from = -150;
  const to = -30;
  const steps = 7;
  const bottle = lathe(
    [
      [0, 0],
      [0.045, 0],
      [0.045, 0.09],
      [0.015, 0.115],
      [0.015, 0.14],
      [0, 0.14],
    ],
    { segments: 8 },
  );
  const glassFor = (): MaterialKey => (random() < 0.55 ? "amberGlass" : "glass");
  for (const { radius, top } of tiers) {
    for (let k = 0; k < steps; k++) {
      const a0 = from + ((to - from) * k) / steps;
      const a1 = from + ((to - from) * (k + 1)) / steps;
      const mid = ((a0 + a1) / 2) * (Math.PI / 180);
      const chord = 2 * radius * Math.sin(((a1 - a0) * Math.PI) / 360) + 0.02;
      const x = Math.cos(mid) * radius;
      const z = centreZ + Math.sin(mid) * radius;
      const yaw = -((mid * 180) / Math.PI) - 90;
      b.add("wood", box(chord, top, 0.3), at(x, top / 2, z, { y: yaw }));
      for (let n = 0; n < 5; n++) {
        const t = (n + 0.5) / 5 - 0.5;
        const along = t * chord * 0.9;
        const bx = x + Math.cos(mid + Math.PI / 2) * along;
        const bz = z + Math.sin(mid + Math.PI / 2) * along;
        b.add(glassFor(), bottle, at(bx, top, bz));
        b.add("brass", cylinder({ radius: 0.013, height: 0.02, segments: 6 }), at(bx, top + 0.15, bz));
      }
    }
  }
  // The composing desk inside the curve, with a precision scale and blotters.
  b.add("wood", box(1.4, 0.05, 0.6), at(0, 0.8, centreZ - 0.55));
  b.add("wood", box(1.3, 0.78, 0.5), at(0, 0.39, centreZ - 0.55));
  b.add("white", box(0.25, 0.06, 0.25), at(0.35, 0.86, centreZ - 0.55));
  b.add("glass", box(0.2, 0.15, 0.2), at(0.35, 0.96, centreZ - 0.55));
  for (let i = 0; i < 5; i++)
    b.add("white", box(0.015, 0.12, 0.005), at(-0.3 + i * 0.05, 0.9, centreZ - 0.4));
  b.add("darkSteel", cylinder({ radius: 0.22, height: 0.06, segments: 12 }), at(0, 0.6, centreZ + 0.2));
  b.add("darkSteel", cylinder({ radius: 0.03, height: 0.57, segments: 6 }), at(0, 0.29, centreZ + 0.2));
};
