import { pinchAlongX } from "../geometry/deform";
import { at } from "../geometry/placement";
import { arcPoints, box, cylinder, lathe, prism, torus } from "../geometry/primitives";
import type { Point2 } from "../geometry/triangulate";
import { slide, spin } from "../scene/motions";
import type { Canvas } from "../scene/PartGroup";
import type { MaterialKey } from "../scene/palette";
import type { KitBuilder } from "./KitBuilder";
import { pipe, wheel } from "./parts/equipment";
import { ladder, railing, strut, truss } from "./parts/structure";

/** Maritime: shipbuilding and ship repair. */

/**
 * A block of a ship's hull (its midship section) lying along X: flat bottom, round bilges,
 * red antifouling below the waterline, dark topsides above, a steel deck.
 */
function hullBlock(c: Canvas, length: number, halfBreadth: number, depth: number, waterline: number): void {
  const bilge = 1.1;
  const lowerArc = (side: 1 | -1): Point2[] =>
    arcPoints(
      side * (halfBreadth - bilge),
      bilge,
      bilge,
      side > 0 ? -Math.PI / 2 : Math.PI,
      side > 0 ? 0 : (3 * Math.PI) / 2,
      6,
    ).map(([x, y]) => [x, y] as Point2);
  const bottom: Point2[] = [
    [-halfBreadth, waterline],
    ...lowerArc(-1).reverse(),
    ...lowerArc(1),
    [halfBreadth, waterline],
  ];
  const topsides: Point2[] = [
    [-halfBreadth, waterline],
    [halfBreadth, waterline],
    [halfBreadth + 0.15, depth],
    [-halfBreadth - 0.15, depth],
  ];
  c.add("antifouling", prism(bottom, length), at(0, 0, 0, { y: 90 }));
  c.add("hull", prism(topsides, length), at(0, 0, 0, { y: 90 }));
  c.add("white", box(length + 0.02, 0.12, halfBreadth * 2 + 0.06), at(0, waterline + 0.06, 0));
  c.add("steel", box(length, 0.1, halfBreadth * 2 + 0.3), at(0, depth + 0.05, 0));
}

/** Keel blocks: stacks of timber on concrete under a hull, at the given x positions. */
function keelBlocks(c: Canvas, xs: number[], height: number, width: number): void {
  for (const x of xs) {
    c.add("concrete", box(0.8, height * 0.5, width), at(x, height * 0.25, 0));
    c.add("wood", box(0.7, height * 0.5, width * 0.8), at(x, height * 0.75, 0));
  }
}

/** A ship's hull block on keel blocks, with frames showing at its open end and a work stage. */
export const hullSection: KitBuilder = (s) => {
  const lift = 1.0;
  const length = 6.4;
  // Turned a little so that the visitor sees both the side and the section at the cut end.
  const turned = s.body.within(at(0, 0, 0, { y: -28 }));
  hullBlock(turned.within(at(0, lift, 0)), length, 2.8, 4.2, 1.9);
  keelBlocks(turned, [-2.4, -0.8, 0.8, 2.4], lift, 1.6);
  // Web frames, deck beams and longitudinals showing at the cut end of the block.
  const end = turned.within(at(length / 2 + 0.03, lift, 0));
  for (const z of [-1.8, -0.6, 0.6, 1.8]) end.add("darkSteel", box(0.06, 3.6, 0.12), at(0, 2.3, z));
  for (const y of [1.3, 2.4, 3.5]) end.add("darkSteel", box(0.06, 0.12, 5.4), at(0, y, 0));
  end.add("steel", box(0.04, 3.0, 5.2), at(-0.05, 2.5, 0));
  // A scaffold stage along the side.
  for (const x of [-2.9, 0, 2.9]) turned.add("yellow", box(0.08, 3.8, 0.08), at(x, 1.9, 3.4));
  turned.add("wood", box(6.2, 0.06, 0.6), at(0, 2.6, 3.25));
  railing(turned, "yellow", -3.0, 3.5, 3.0, 3.5, 2.6);
  ladder(turned, "yellow", -3.3, 3.25, 0, 2.7, 180);
};

/** A shipyard gantry crane: portal legs on rail bogies, girders overhanging, a hanging container. */
export const gantryCrane: KitBuilder = (s) => {
  const b = s.body;
  const legX = 4.8;
  const top = 12;
  for (const sx of [-1, 1]) {
    b.add("darkSteel", box(1.0, 0.8, 5.6), at(sx * legX, 0.5, 0));
    for (const sz of [-2.2, 2.2]) wheel(b.within(at(sx * legX, 0, sz)), 0, 0.35, 0, 0.35, 0.3);
    for (const sz of [-1, 1]) {
      const foot: [number, number, number] = [sx * legX, 0.9, sz * 2.3];
      const head: [number, number, number] = [sx * legX, top, sz * 0.7];
      strut(b, "accent", foot, head, 0.32, 12);
    }
    b.add("accent", box(0.9, 0.9, 2.2), at(sx * legX, top - 0.2, 0));
    strut(b, "accent", [sx * legX, 5.5, -1.4], [sx * legX, 5.5, 1.4], 0.15, 8);
  }
  // Two box girders overhanging the legs: the crane's boom.
  for (const sz of [-0.75, 0.75]) b.add("yellow", box(15, 1.3, 0.55), at(0, top + 0.65, sz));
  for (const sx of [-7.5, 7.5]) b.add("black", box(0.05, 1.3, 2.1), at(sx, top + 0.65, 0));
  truss(b, "yellow", [-7.3, top + 1.3, 0], [7.3, top + 1.3, 0], [0, 1, 0], 0.9, 12, 0.1);
  b.add("white", box(1.3, 1.2, 1.2), at(3.2, top - 0.7, 1.4));
  b.add("glass", box(1.32, 0.5, 1.22), at(3.2, top - 0.5, 1.4));

  const trolley = s.part("trolley", [0, top + 1.5, 0]);
  const t = trolley.geometry;
  t.add("machineBlue", box(2.2, 0.9, 2.2), at(0, 0.2, 0));
  t.add("darkSteel", cylinder({ radius: 0.35, height: 1.8, segments: 12 }), at(0, 0.4, 0, { x: 90 }));
  for (const [sx, sz] of [
    [-1.6, -0.5],
    [1.6, -0.5],
    [-1.6, 0.5],
    [1.6, 0.5],
  ] as const) {
    strut(t, "darkSteel", [sx * 0.3, -0.3, sz], [sx, -6.3, sz], 0.025, 4);
  }
  // Spreader and a container wider than the trolley's travel: the solid middle of the crane.
  t.add("yellow", box(5.8, 0.3, 2.3), at(0, -6.45, 0));
  containerBox(t, "red", 0, -9.3, 0);
  s.animate("trolley", slide(trolley, [2.0, 0, 0], 16));
};

/** A 20-foot-long (6.06 m) container's outside, corrugated, centred at (x, baseY, z) on its floor. */
function containerBox(c: Canvas, material: MaterialKey, x: number, baseY: number, z: number): void {
  const l = 6.06;
  const h = 2.59;
  const w = 2.44;
  c.add(material, box(l, h, w), at(x, baseY + h / 2, z));
  for (let i = 1; i < 14; i++) {
    const rx = x - l / 2 + (l * i) / 14;
    for (const side of [-1, 1])
      c.add(material, box(0.08, h - 0.3, 0.05), at(rx, baseY + h / 2, z + side * (w / 2 + 0.02)));
  }
  for (const sx of [-1, 1]) {
    for (const sy of [0, 1]) {
      for (const sz of [-1, 1])
        c.add(
          "darkSteel",
          box(0.2, 0.14, 0.2),
          at(x + sx * (l / 2 - 0.08), baseY + 0.07 + sy * (h - 0.14), z + sz * (w / 2 - 0.08)),
        );
    }
  }
  for (const sz of [-0.75, -0.25, 0.25, 0.75])
    c.add("darkSteel", box(0.05, h - 0.3, 0.04), at(x + l / 2 + 0.02, baseY + h / 2, z + sz));
}

/** A stack of shipping containers in several colours. */
export const containerStack: KitBuilder = (s, { random }) => {
  const colours: MaterialKey[] = ["red", "machineBlue", "machineGreen", "orange", "accent", "white"];
  const pick = (): MaterialKey => colours[Math.floor(random() * colours.length)] ?? "red";
  for (const [z, level] of [
    [-1.27, 0],
    [1.27, 0],
    [-1.27, 1],
    [1.27, 1],
    [0, 2],
  ] as const) {
    containerBox(s.body, pick(), 0, level * 2.59, z);
  }
  s.body.add("yellow", box(0.3, 0.6, 0.3), at(-3.5, 0.3, 2.6));
  s.body.add("black", box(0.31, 0.12, 0.31), at(-3.5, 0.45, 2.6));
};

/**
 * A main engine for a ship: two-stroke crosshead diesel with its row of cylinder covers,
 * exhaust receiver and turbocharger, walkways, and a turning flywheel.
 */
export const shipEngine: KitBuilder = (s) => {
  const b = s.body;
  const length = 6.4;
  b.add("darkSteel", box(length, 0.9, 2.6), at(0, 0.45, 0));
  b.add("machineGreen", box(length, 2.4, 2.2), at(0, 2.1, 0));
  b.add("machineGreen", box(length, 1.4, 1.8), at(0, 4.0, 0));
  // Crankcase doors along the front.
  for (let i = 0; i < 6; i++) {
    const x = -length / 2 + 0.55 + i * 1.0;
    b.add("steel", cylinder({ radius: 0.3, height: 0.06, segments: 14 }), at(x, 1.6, 1.12, { x: 90 }));
    b.add("steel", cylinder({ radius: 0.32, height: 0.5, segments: 14 }), at(x, 4.9, 0));
    b.add("darkSteel", cylinder({ radius: 0.2, height: 0.35, segments: 12 }), at(x, 5.3, 0));
    pipe(
      b,
      "steel",
      [
        [x, 4.9, -0.3],
        [x, 5.1, -0.9],
        [x, 5.3, -1.2],
      ],
      0.14,
      8,
    );
  }
  // Exhaust receiver along the back and the turbocharger at its end.
  b.add("aluminium", cylinder({ radius: 0.6, height: length, segments: 16 }), at(0, 5.3, -1.45, { z: 90 }));
  b.add(
    "aluminium",
    torus({ radius: 0.45, tube: 0.3, segments: 14, tubeSegments: 8 }),
    at(-length / 2 - 0.2, 5.4, -1.2, { z: 90 }),
  );
  b.add(
    "aluminium",
    cylinder({ radius: 0.5, height: 1.0, segments: 14 }),
    at(-length / 2 - 0.2, 5.4, -1.2, { z: 90 }),
  );
  pipe(
    b,
    "aluminium",
    [
      [-length / 2 - 0.2, 5.9, -1.2],
      [-length / 2 - 0.2, 7.0, -1.2],
    ],
    0.4,
  );
  // Walkway with handrail along the front at mid-height, and a ladder to it.
  b.add("steel", box(length, 0.06, 0.8), at(0, 3.3, 1.5));
  railing(b, "yellow", -length / 2, 1.88, length / 2, 1.88, 3.3);
  ladder(b, "yellow", length / 2 + 0.35, 1.5, 0, 3.4, 90);
  const flywheel = s.part("flywheel", [length / 2 + 0.35, 1.5, 0]);
  flywheel.geometry.add(
    "darkSteel",
    cylinder({ radius: 1.2, height: 0.35, segments: 20 }),
    at(0, 0, 0, { z: 90 }),
  );
  flywheel.geometry.add("yellow", box(0.37, 0.25, 0.25), at(0, 1.0, 0));
  b.add("darkSteel", box(0.8, 1.4, 1.6), at(length / 2 + 0.35, 0.7, 0));
  s.animate("flywheel", spin(flywheel, [1, 0, 0], 4));
};

/** A dry dock: a basin with its gate, a small ship on keel blocks, stairs and bollards. */
export const dryDock: KitBuilder = (s) => {
  const b = s.body;
  const halfLength = 5.4;
  const halfWidth = 2.9;
  const wall = 1.6;
  b.add("concrete", box(halfLength * 2, 0.1, halfWidth * 2), at(0, 0.05, 0));
  for (const sz of [-1, 1])
    b.add("concrete", box(halfLength * 2 + 1, wall, 0.5), at(0, wall / 2, sz * (halfWidth + 0.25)));
  b.add("concrete", box(0.5, wall, halfWidth * 2), at(-halfLength - 0.25, wall / 2, 0));
  // Caisson gate closing the dock on the sea side.
  b.add("darkSteel", box(0.6, wall + 0.2, halfWidth * 2), at(halfLength + 0.3, (wall + 0.2) / 2, 0));
  b.add("yellow", box(0.62, 0.15, halfWidth * 2), at(halfLength + 0.3, wall + 0.1, 0));
  for (const x of [-4, -1.3, 1.3, 4]) {
    for (const sz of [-1, 1])
      b.add(
        "black",
        cylinder({ radius: 0.12, height: 0.35, segments: 8 }),
        at(x, wall + 0.17, sz * (halfWidth + 0.25)),
      );
  }
  for (const [x, sz] of [
    [-4.6, 1],
    [3.8, -1],
  ] as const) {
    for (let k = 0; k < 5; k++)
      b.add(
        "concrete",
        box(0.8, 0.32, 0.32),
        at(x + k * 0.2, wall - 0.16 - k * 0.32, sz * (halfWidth - 0.16 - k * 0.0)),
      );
  }
  // The ship: a side profile extruded across the beam, narrowed to a bow.
  const lift = 0.55;
  keelBlocks(b, [-2.4, -0.8, 0.8, 2.2], lift, 1.0);
  const below: Point2[] = [
    [-3.4, 1.0],
    [-3.4, 0.4],
    [-3.0, 0],
    [1.8, 0],
    [2.6, 0.4],
    [3.0, 1.0],
  ];
  const above: Point2[] = [
    [-3.4, 1.0],
    [3.0, 1.0],
    [3.6, 2.4],
    [-3.5, 2.4],
  ];
  const bow = (x: number): number => (x < 0.5 ? 1 : Math.max(0.05, 1 - ((x - 0.5) / 3.1) ** 1.6));
  for (const [outline, material] of [
    [below, "antifouling"],
    [above, "hull"],
  ] as const) {
    b.add(material, pinchAlongX(prism(outline, 2.6), bow), at(0, lift, 0));
  }
  b.add("white", pinchAlongX(box(6.9, 0.1, 2.64), bow), at(0.05, lift + 1.02, 0));
  b.add("white", box(1.8, 1.4, 1.8), at(-1.2, lift + 3.1, 0));
  b.add("glass", box(1.82, 0.45, 1.82), at(-1.2, lift + 3.45, 0));
  b.add("steel", box(5.2, 0.08, 2.2), at(-0.5, lift + 2.4, 0));
  strut(b, "steel", [-1.2, lift + 3.8, 0], [-1.2, lift + 5.2, 0], 0.05, 6);
  b.add("steel", box(0.05, 0.05, 1.0), at(-1.2, lift + 4.9, 0));
  b.add("red", cylinder({ radius: 0.25, height: 0.7, segments: 10 }), at(-2.4, lift + 2.8, 0));
  b.add("black", cylinder({ radius: 0.26, height: 0.15, segments: 10 }), at(-2.4, lift + 3.2, 0));
  b.add(
    "darkSteel",
    lathe(
      [
        [0, 0],
        [0.35, 0],
        [0.1, 0.25],
        [0, 0.25],
      ],
      { segments: 8 },
    ),
    at(-3.55, lift + 0.45, 0, { z: 90 }),
  );
};
