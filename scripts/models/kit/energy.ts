import { at } from "../geometry/placement";
import { arcPoints, box, cylinder, lathe, prism } from "../geometry/primitives";
import type { Point2 } from "../geometry/triangulate";
import { spin } from "../scene/motions";
import type { Canvas } from "../scene/PartGroup";
import type { KitBuilder } from "./KitBuilder";
import { controlPanel, horizontalVessel, pipe } from "./parts/equipment";
import { beam, latticeTower, strut, truss } from "./parts/structure";

/** Électricité: generation, transformation, transmission. */

/** Outline of a casing's upper half: a half-disc of `radius` over a `base`-tall skirt. */
function halfCasing(radius: number, base: number): Point2[] {
  return [[-radius, -base], [radius, -base], ...arcPoints(0, 0, radius, 0, Math.PI, 10)];
}

/**
 * A steam turbine: high-pressure casing closed, low-pressure casing open for inspection showing
 * its bladed rotor, the shaft turning through both, crossover pipe above, on a concrete table.
 */
export const turbine: KitBuilder = (s) => {
  const axisY = 1.9;
  s.body.add("concrete", box(9.2, 1.0, 3.0), at(0, 0.5, 0));
  // HP casing (closed).
  s.body.add("accent", prism(halfCasing(0.9, 0.9), 2.6), at(-2.6, axisY, 0, { y: 90 }));
  s.body.add("darkSteel", box(2.8, 0.12, 2.0), at(-2.6, axisY, 0));
  // LP casing: lower half only, its flanges, the rotor inside.
  s.body.add("accent", box(3.6, 0.9, 2.9), at(1.4, axisY - 0.45, 0));
  s.body.add("darkSteel", box(3.8, 0.12, 3.1), at(1.4, axisY, 0));
  for (const x of [-4.2, -0.9, 3.5]) s.body.add("darkSteel", box(0.6, 0.9, 1.2), at(x, 1.45, 0));
  pipe(
    s.body,
    "steel",
    [
      [-2.6, axisY + 0.9, 0],
      [-2.6, axisY + 2.0, 0],
      [1.4, axisY + 2.0, 0],
      [1.4, axisY + 1.6, 0],
    ],
    0.3,
  );
  s.body.add("steel", box(1.2, 0.5, 1.2), at(1.4, axisY + 1.4, -1.9));
  pipe(
    s.body,
    "steel",
    [
      [-3.6, axisY + 0.5, -0.8],
      [-3.6, axisY + 0.5, -2.0],
      [-3.6, 0.3, -2.0],
    ],
    0.22,
  );
  controlPanel(s.body, 4.2, 1.8, -15, 1.5);

  const rotor = s.part("rotor", [0, axisY, 0]);
  const r = rotor.geometry;
  r.add("steel", cylinder({ radius: 0.22, height: 8.8, segments: 12 }), at(0, 0, 0, { z: 90 }));
  for (let i = 0; i < 6; i++) {
    const x = i * 0.45;
    const tip = 0.75 + i * 0.09;
    r.add("steel", cylinder({ radius: 0.45, height: 0.12, segments: 16 }), at(x, 0, 0, { z: 90 }));
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * Math.PI * 2;
      r.add(
        "aluminium",
        box(0.1, tip - 0.4, 0.04),
        at(x, Math.cos(a) * (tip + 0.4) * 0.5, Math.sin(a) * (tip + 0.4) * 0.5, {
          x: (a * 180) / Math.PI,
          y: 25,
        }),
      );
    }
  }
  r.add("darkSteel", cylinder({ radius: 0.5, height: 0.15, segments: 14 }), at(4.3, 0, 0, { z: 90 }));
  s.animate("rotor", spin(rotor, [1, 0, 0], 1.5, 2));
};

/** An alternator: ribbed stator housing with its cooler, exciter and terminals, its shaft turning. */
export const alternator: KitBuilder = (s) => {
  const axisY = 1.8;
  s.body.add("concrete", box(6.4, 0.6, 3.0), at(0, 0.3, 0));
  s.body.add("accent", prism(halfCasing(1.3, axisY - 0.6), 4.2), at(0, axisY, 0, { y: 90 }));
  for (let x = -1.8; x <= 1.8; x += 0.6)
    s.body.add("darkSteel", prism(halfCasing(1.36, 0.4), 0.12), at(x, axisY, 0, { y: 90 }));
  s.body.add("paint", box(2.6, 0.9, 1.6), at(0, axisY + 1.7, 0));
  for (let x = -1.1; x <= 1.1; x += 0.2) s.body.add("steel", box(0.04, 0.7, 1.62), at(x, axisY + 1.7, 0));
  // Exciter at the back end, terminal box with bushings at the front.
  s.body.add(
    "machineBlue",
    cylinder({ radius: 0.7, height: 1.0, segments: 16 }),
    at(-2.7, axisY, 0, { z: 90 }),
  );
  s.body.add("darkSteel", box(1.0, 0.8, 1.0), at(0.9, 0.9, 1.6));
  for (const x of [0.6, 0.9, 1.2])
    s.body.add("porcelain", cylinder({ radius: 0.07, height: 0.4, segments: 8 }), at(x, 1.5, 1.6));
  for (const x of [0.6, 0.9, 1.2]) strut(s.body, "copper", [x, 1.7, 1.6], [x, 1.7, 2.3], 0.04, 6);
  const shaft = s.part("shaft", [0, axisY, 0]);
  shaft.geometry.add("steel", cylinder({ radius: 0.2, height: 6.6, segments: 12 }), at(0, 0, 0, { z: 90 }));
  shaft.geometry.add(
    "darkSteel",
    cylinder({ radius: 0.5, height: 0.2, segments: 14 }),
    at(3.1, 0, 0, { z: 90 }),
  );
  shaft.geometry.add("yellow", box(0.22, 0.3, 0.12), at(3.1, 0.35, 0));
  s.animate("rotor", spin(shaft, [1, 0, 0], 1.5, 2));
};

/** A porcelain bushing: stacked sheds on a stem, from (x, y, z) up `height` metres. */
function bushing(c: Canvas, x: number, y: number, z: number, height: number, radius: number): void {
  const profile: Point2[] = [[0, 0]];
  const sheds = Math.round(height / 0.15);
  for (let i = 0; i < sheds; i++) {
    const y0 = (height * i) / sheds;
    profile.push([radius, y0], [radius * 1.9, y0 + 0.04], [radius, y0 + (height / sheds) * 0.9]);
  }
  profile.push([radius * 0.6, height], [0, height]);
  c.add("porcelain", lathe(profile, { segments: 10, crease: 30 }), at(x, y, z));
  c.add("steel", cylinder({ radius: radius * 0.5, height: 0.15, segments: 8 }), at(x, y + height + 0.07, z));
}

/** A power transformer: tank, radiator banks, porcelain bushings, conservator, on rails. */
export const transformer: KitBuilder = (s) => {
  const b = s.body;
  b.add("concrete", box(4.6, 0.3, 3.2), at(0, 0.15, 0));
  for (const z of [-0.9, 0.9]) b.add("darkSteel", box(4.4, 0.12, 0.12), at(0, 0.36, z));
  b.add("paint", box(3.2, 2.6, 1.9), at(0, 1.72, 0));
  b.add("paint", box(3.3, 0.15, 2.0), at(0, 3.08, 0));
  // Radiator banks: thin fins on both long sides.
  for (const sz of [-1, 1]) {
    for (let i = 0; i < 14; i++) b.add("paint", box(0.04, 2.0, 0.6), at(-1.3 + i * 0.2, 1.7, sz * 1.35));
    for (const y of [0.75, 2.65])
      b.add(
        "darkSteel",
        cylinder({ radius: 0.06, height: 2.8, segments: 8 }),
        at(0, y, sz * 1.35, { z: 90 }),
      );
  }
  for (const x of [-1.0, 0, 1.0]) bushing(b, x, 3.15, 0.3, 1.4, 0.12);
  for (const x of [-0.8, 0, 0.8]) bushing(b, x, 3.15, -0.55, 0.6, 0.08);
  // Conservator tank on brackets, with its pipe.
  horizontalVessel(b, "paint", -0.2, 4.3, -0.85, 0.35, 2.6, 14);
  for (const x of [-1.0, 0.6]) b.add("darkSteel", box(0.1, 1.0, 0.1), at(x, 3.7, -0.85));
  pipe(
    b,
    "darkSteel",
    [
      [0.9, 4.2, -0.85],
      [1.3, 4.2, -0.85],
      [1.3, 3.2, -0.85],
    ],
    0.05,
  );
  b.add("yellow", box(0.4, 0.35, 0.02), at(0, 1.8, 0.96));
  b.add("black", box(0.12, 0.2, 0.022), at(0, 1.8, 0.962, { z: 20 }));
};

/** A cable drum on a stand with jacks, the cable unwinding through a guide roller. */
export const cableDrum: KitBuilder = (s) => {
  const axisY = 1.7;
  for (const sz of [-1, 1]) {
    strut(s.body, "yellow", [-1.0, 0.1, sz * 1.1], [0, axisY + 0.2, sz * 1.1], 0.09, 8);
    strut(s.body, "yellow", [1.0, 0.1, sz * 1.1], [0, axisY + 0.2, sz * 1.1], 0.09, 8);
    s.body.add("yellow", box(2.3, 0.15, 0.3), at(0, 0.08, sz * 1.1));
    s.body.add(
      "darkSteel",
      cylinder({ radius: 0.1, height: 0.5, segments: 8 }),
      at(0, axisY + 0.25, sz * 1.1),
    );
  }
  s.body.add("steel", cylinder({ radius: 0.06, height: 2.6, segments: 8 }), at(0, axisY, 0, { x: 90 }));
  // Guide roller and the cable run out to the floor.
  s.body.add("darkSteel", box(0.5, 0.7, 0.6), at(2.6, 0.35, 0));
  s.body.add("steel", cylinder({ radius: 0.12, height: 0.5, segments: 10 }), at(2.6, 0.8, 0, { x: 90 }));
  strut(s.body, "black", [1.25, 0.9, 0.2], [2.6, 0.93, 0.2], 0.05, 8);
  strut(s.body, "black", [2.6, 0.93, 0.2], [3.4, 0.05, 0.2], 0.05, 8);
  const drum = s.part("drum", [0, axisY, 0]);
  const d = drum.geometry;
  for (const sz of [-0.8, 0.8])
    d.add("wood", cylinder({ radius: 1.5, height: 0.1, segments: 24 }), at(0, 0, sz, { x: 90 }));
  d.add("black", cylinder({ radius: 1.15, height: 1.5, segments: 20 }), at(0, 0, 0, { x: 90 }));
  for (let k = 0; k < 8; k++)
    d.add("wood", box(0.08, 0.08, 1.5), at(Math.cos(k * 0.785) * 1.45, Math.sin(k * 0.785) * 1.45, 0));
  d.add("steel", cylinder({ radius: 0.2, height: 1.75, segments: 10 }), at(0, 0, 0, { x: 90 }));
  d.add("white", box(0.5, 0.3, 0.02), at(0, 0.9, 0.86));
  s.animate("drum", spin(drum, [0, 0, 1], 12, -1));
};

/** A lattice transmission pylon with cross-arms, insulator strings and warning plates. */
export const pylon: KitBuilder = (s) => {
  const b = s.body;
  const height = 13;
  latticeTower(b, "steel", height, 1.8, 0.5, 7, 0.14);
  for (const [sx, sz] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    b.add("concrete", box(0.7, 0.4, 0.7), at(sx * 1.8, 0.2, sz * 1.8));
  }
  // Cross-arms at two levels, with hanging insulator strings.
  for (const [y, reach] of [
    [9.6, 3.6],
    [12.0, 2.6],
  ] as const) {
    for (const sx of [-1, 1]) {
      truss(b, "steel", [sx * 0.5, y, 0], [sx * reach, y, 0], [0, 0.8, 0], 0.7, 4, 0.1);
      for (let k = 0; k < 7; k++)
        b.add(
          "glass",
          cylinder({ radius: 0.16, height: 0.05, segments: 10 }),
          at(sx * (reach - 0.2), y - 0.25 - k * 0.15, 0),
        );
      strut(b, "black", [sx * (reach - 0.2), y - 1.35, -0.5], [sx * (reach - 0.2), y - 1.35, 0.5], 0.03, 6);
    }
  }
  beam(b, "steel", [0, height, 0], [0, height + 1.0, 0], 0.12);
  // An anti-climbing guard boxed round the tower at mid-height, with danger plates: it also
  // gives the hollow tower a solid middle, where its hotspot is anchored.
  const midY = (height + 1.0) / 2;
  const half = 1.8 + (0.5 - 1.8) * (midY / height) + 0.05;
  b.add("yellow", box(half * 2, 1.8, half * 2), at(0, midY, 0));
  for (let k = 0; k < 4; k++) {
    const yaw = k * 90;
    const rad = (yaw * Math.PI) / 180;
    const c = s.body.within(at(Math.sin(rad) * half, midY, Math.cos(rad) * half, { y: yaw }));
    c.add("black", box(0.16, 0.9, 0.03), at(0, 0.1, 0.01, { z: 20 }));
    c.add("red", box(half * 2, 0.16, 0.03), at(0, -0.8, 0.005));
    c.add("red", box(half * 2, 0.16, 0.03), at(0, 0.8, 0.005));
  }
};

/** Rows of solar panels tilted towards the visitor (the south), with an inverter cabinet. */
export const solarPanels: KitBuilder = (s) => {
  const tilt = 25;
  const rowLength = 6.4;
  for (const rowZ of [-2.7, 0, 2.7]) {
    const row = s.body.within(at(0, 1.05, rowZ, { x: -90 + tilt }));
    // Panels lie in the row's XY plane after the tilt: 2 high × 4 wide.
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 2; j++) {
        row.add("solar", box(1.55, 0.98, 0.04), at(-rowLength / 2 + 0.8 + i * 1.6, -0.5 + j * 1.0, 0));
        row.add(
          "aluminium",
          box(1.6, 0.03, 0.05),
          at(-rowLength / 2 + 0.8 + i * 1.6, -0.5 + j * 1.0 + 0.49, 0),
        );
      }
    }
    // The rack's main rail under the panels' middle.
    s.body.add("steel", box(rowLength, 0.3, 0.3), at(0, 0.78, rowZ));
    for (const x of [-2.6, 0, 2.6]) {
      s.body.add("steel", box(0.08, 0.55, 0.08), at(x, 0.27, rowZ + 0.85));
      s.body.add("steel", box(0.08, 1.5, 0.08), at(x, 0.75, rowZ - 0.85));
      strut(s.body, "steel", [x, 0.55, rowZ + 0.85], [x, 1.5, rowZ - 0.85], 0.04, 4);
    }
  }
  s.body.add("white", box(0.8, 1.2, 0.5), at(3.9, 0.6, 2.7));
  s.body.add("signalGreen", box(0.1, 0.05, 0.02), at(3.9, 1.0, 2.96));
  s.body.add("darkSteel", box(0.2, 0.1, 6.2), at(3.5, 0.05, 0));
};
