import { Geometry } from "../geometry/Geometry";
import { at } from "../geometry/placement";
import { box, cylinder, lathe, sphere, torus } from "../geometry/primitives";
import type { Point2 } from "../geometry/triangulate";
import { slide, spin } from "../scene/motions";
import type { KitBuilder } from "./KitBuilder";
import { conveyorBelt } from "./parts/conveyorBelt";
import { controlPanel, pipe, stackLight } from "./parts/equipment";
import { legs, strut } from "./parts/structure";

/** Agroalimentaire: baking, filling, mixing, cutting. */

/** A loaf or bun: a squashed sphere `length` × `height` × `width`, centred. */
function loaf(length: number, height: number, width: number): Geometry {
  return new Geometry().append(sphere(0.5, 10, 5), at(0, 0, 0, {}, [length, height, width]));
}

/** A tunnel oven: an insulated tunnel on legs, glowing inside, loaves riding its belt through. */
export const oven: KitBuilder = (s) => {
  conveyorBelt(s, {
    name: "conveyor",
    x: 0,
    y: 0.9,
    z: 0,
    length: 9.0,
    width: 1.1,
    item: { material: "bread", geometry: loaf(0.34, 0.18, 0.26), height: 0.18 },
    spacing: 0.6,
    seconds: 2.4,
  });
  s.body.add("steel", box(6.4, 1.0, 1.7), at(0, 1.5, 0));
  s.body.add("steel", box(6.4, 0.35, 1.7), at(0, 0.55, 0));
  s.body.add("white", box(6.45, 0.12, 1.75), at(0, 2.05, 0));
  // Inspection windows glowing with the heat inside.
  for (let i = 0; i < 5; i++) s.body.add("hot", box(0.7, 0.28, 0.02), at(-2.4 + i * 1.2, 1.35, 0.86));
  for (const sx of [-3.2, 3.2]) s.body.add("hot", box(0.02, 0.3, 1.1), at(sx, 1.1, 0));
  for (const sx of [-1.8, 1.8]) {
    s.body.add("steel", cylinder({ radius: 0.18, height: 1.4, segments: 12 }), at(sx, 2.8, -0.3));
    s.body.add("darkSteel", cylinder({ radius: 0.24, height: 0.12, segments: 12 }), at(sx, 3.52, -0.3));
  }
  s.body.add("darkSteel", box(1.0, 0.6, 0.4), at(0, 2.4, -0.4));
  controlPanel(s.body, 3.6, 1.2, -25, 1.5);
  stackLight(s.body, -2.9, 2.1, -0.6);
};

/** A bottle, `height` tall, standing on its centre-bottom (centred here). */
function bottleProfile(radius: number, height: number): Point2[] {
  return [
    [0, -height / 2],
    [radius, -height / 2],
    [radius, height * 0.15],
    [radius * 0.4, height * 0.35],
    [radius * 0.4, height / 2],
    [0, height / 2],
  ];
}

/** A rotary filler: bottles on a turning carousel under filling valves, behind glass guards. */
export const filler: KitBuilder = (s) => {
  const bottle = lathe(bottleProfile(0.06, 0.3), { segments: 8 });
  conveyorBelt(s, {
    name: "bottles",
    x: 0.2,
    y: 0.95,
    z: 1.25,
    length: 4.6,
    width: 0.3,
    item: { material: "glass", geometry: bottle, height: 0.3 },
    spacing: 0.3,
    seconds: 1.2,
  });
  s.body.add("white", box(2.0, 0.9, 2.0), at(0, 0.45, 0));
  s.body.add("steel", box(2.0, 0.06, 2.0), at(0, 0.93, 0));
  s.body.add("steel", cylinder({ radius: 0.2, height: 1.8, segments: 12 }), at(0, 1.8, 0));
  // The product bowl on top of the column.
  s.body.add(
    "steel",
    lathe(
      [
        [0, 0],
        [0.5, 0],
        [0.7, 0.25],
        [0.7, 0.55],
        [0, 0.6],
      ],
      { segments: 18 },
    ),
    at(0, 2.4, 0),
  );
  for (const [x, z] of [
    [-0.95, -0.95],
    [0.95, -0.95],
    [-0.95, 0.95],
    [0.95, 0.95],
  ] as const) {
    s.body.add("steel", box(0.06, 1.2, 0.06), at(x, 1.55, z));
  }
  for (const [w, d, x, z] of [
    [1.9, 0.02, 0, -0.96],
    [0.02, 1.9, -0.96, 0],
    [0.02, 1.9, 0.96, 0],
  ] as const) {
    s.body.add("glass", box(w, 1.1, d), at(x, 1.5, z));
  }
  s.body.add("glass", box(1.9, 0.5, 0.02), at(0, 1.85, 0.96));
  pipe(
    s.body,
    "steel",
    [
      [0, 3.0, 0],
      [0, 3.3, 0],
      [-1.8, 3.3, 0],
      [-1.8, 0.2, 0],
    ],
    0.07,
  );
  controlPanel(s.body, 1.6, -0.5, -40, 1.5);
  stackLight(s.body, -0.95, 2.15, -0.95);

  const carousel = s.part("carousel", [0, 0.96, 0]);
  const c = carousel.geometry;
  c.add("steel", cylinder({ radius: 0.75, height: 0.06, segments: 20 }), at(0, 0.03, 0));
  c.add("steel", cylinder({ radius: 0.72, height: 0.05, segments: 20 }), at(0, 0.62, 0));
  for (let i = 0; i < 14; i++) {
    const a = (i / 14) * Math.PI * 2;
    const x = Math.cos(a) * 0.62;
    const z = Math.sin(a) * 0.62;
    c.add("glass", bottle, at(x, 0.21, z));
    c.add("liquid", cylinder({ radius: 0.055, height: 0.15, segments: 8 }), at(x, 0.14, z));
    c.add("steel", cylinder({ radius: 0.035, height: 0.3, segments: 8 }), at(x, 0.5, z));
  }
  c.add("steel", cylinder({ radius: 0.25, height: 0.7, segments: 12 }), at(0, 0.35, 0));
  s.animate("carousel", spin(carousel, [0, 1, 0], 8));
};

/** A spiral dough mixer: its bowl turning under the head while the spiral hook kneads. */
export const mixer: KitBuilder = (s) => {
  s.body.add("white", box(1.6, 0.5, 2.2), at(0, 0.25, -0.1));
  s.body.add("white", box(1.2, 2.0, 0.7), at(0, 1.5, -0.95));
  s.body.add("white", box(1.2, 0.55, 1.6), at(0, 2.25, -0.2));
  s.body.add("accent", box(1.22, 0.12, 1.62), at(0, 2.0, -0.2));
  s.body.add("glass", box(0.3, 0.2, 0.02), at(0.3, 2.25, 0.61));
  controlPanel(s.body, 0.95, -0.95, 0, 1.3);
  const bowl = s.part("bowl", [0, 0.5, 0.2]);
  bowl.geometry.add(
    "steel",
    lathe(
      [
        [0, 0],
        [0.7, 0],
        [0.9, 0.3],
        [0.95, 0.85],
        [0.9, 0.85],
        [0.85, 0.32],
        [0.65, 0.06],
        [0, 0.06],
      ],
      { segments: 20, crease: 35 },
    ),
  );
  bowl.geometry.add("product", cylinder({ radius: 0.82, height: 0.05, segments: 18 }), at(0, 0.55, 0));
  bowl.geometry.add(
    "steel",
    torus({ radius: 0.93, tube: 0.03, segments: 20, tubeSegments: 4 }),
    at(0, 0.85, 0),
  );
  bowl.geometry.add("product", sphere(0.2, 8, 4), at(0.45, 0.55, 0.1));
  const hook = s.part("spiral", [0.2, 1.97, 0.2]);
  for (let i = 0; i < 8; i++) {
    const a0 = i * 0.9;
    const a1 = (i + 1) * 0.9;
    strut(
      hook.geometry,
      "steel",
      [Math.cos(a0) * 0.18, -0.3 - i * 0.12, Math.sin(a0) * 0.18],
      [Math.cos(a1) * 0.18, -0.3 - (i + 1) * 0.12, Math.sin(a1) * 0.18],
      0.035,
      6,
    );
  }
  hook.geometry.add("steel", cylinder({ radius: 0.05, height: 0.4, segments: 8 }), at(0, -0.15, 0));
  s.animate("agitator", spin(bowl, [0, 1, 0], 6), spin(hook, [0, 1, 0], 1.5, -1));
};

/** A cutting line: products on a belt through a guarded slicer whose blade rises and falls. */
export const cuttingLine: KitBuilder = (s) => {
  conveyorBelt(s, {
    name: "products",
    x: 0,
    y: 0.95,
    z: 0,
    length: 6.2,
    width: 0.6,
    item: { material: "bread", geometry: loaf(0.5, 0.16, 0.22), height: 0.16 },
    spacing: 0.8,
    seconds: 2.4,
  });
  // Slicer hood over the belt: stainless frame, glass doors.
  s.body.add("steel", box(1.6, 0.7, 1.2), at(0, 2.15, 0));
  for (const sx of [-0.75, 0.75]) s.body.add("steel", box(0.1, 1.9, 1.2), at(sx, 0.95, 0));
  s.body.add("glass", box(1.4, 0.8, 0.02), at(0, 1.4, 0.6));
  s.body.add("glass", box(1.4, 0.8, 0.02), at(0, 1.4, -0.6));
  s.body.add("white", box(1.2, 0.3, 0.8), at(0, 0.5, 0));
  legs(s.body.within(at(0, 0, 0)), "steel", 1.5, 1.1, 0.35, 0.08);
  controlPanel(s.body, 1.3, 0.9, -20, 1.5);
  stackLight(s.body, 0.6, 2.5, -0.4);
  const blade = s.part("blade", [0, 1.55, 0]);
  blade.geometry.add("steel", box(0.04, 0.5, 0.7), at(0, 0, 0));
  blade.geometry.add("darkSteel", box(0.3, 0.15, 0.8), at(0, 0.3, 0));
  s.animate("blade", slide(blade, [0, -0.35, 0], 0.8));
};
