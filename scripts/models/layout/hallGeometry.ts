import { Geometry } from "../geometry/Geometry";
import { at } from "../geometry/placement";
import { box } from "../geometry/primitives";
import { PartGroup } from "../scene/PartGroup";
import type { MaterialKey } from "../scene/palette";
import type { MachinePlacement } from "./arcLayout";
import { hall, innerHalfDepth, innerHalfWidth } from "./hallDimensions";

/** Height of floor paint above the slab: enough to never flicker, too little to trip over. */
const paintY = 0.012;

/** The walkable floor: one upward quad at y = 0 covering the hall's inside. */
export function floorGeometry(): PartGroup {
  const g = new Geometry();
  const w = innerHalfWidth;
  const d = innerHalfDepth;
  const ids = [
    g.vertex(-w, 0, -d, 0, 1, 0),
    g.vertex(w, 0, -d, 0, 1, 0),
    g.vertex(w, 0, d, 0, 1, 0),
    g.vertex(-w, 0, d, 0, 1, 0),
  ];
  g.quad(ids[0] ?? 0, ids[1] ?? 0, ids[2] ?? 0, ids[3] ?? 0);
  return new PartGroup().add("floor", g);
}

/** A flat strip of paint on the floor from (x0, z0) to (x1, z1). */
function paintStrip(
  group: PartGroup,
  material: MaterialKey,
  x0: number,
  z0: number,
  x1: number,
  z1: number,
  width: number,
): void {
  const length = Math.hypot(x1 - x0, z1 - z0);
  const yaw = (Math.atan2(x1 - x0, z1 - z0) * 180) / Math.PI;
  group.add(material, box(width, 0.004, length), at((x0 + x1) / 2, paintY, (z0 + z1) / 2, { y: yaw }));
}

/** Yellow and black hazard stripes along a closed outline (around a machine). */
function hazardOutline(group: PartGroup, corners: [number, number][]): void {
  for (let i = 0; i < corners.length; i++) {
    const [x0, z0] = corners[i] ?? [0, 0];
    const [x1, z1] = corners[(i + 1) % corners.length] ?? [0, 0];
    const length = Math.hypot(x1 - x0, z1 - z0);
    const dashes = Math.max(2, Math.round(length / 0.5));
    for (let k = 0; k < dashes; k++) {
      const a = k / dashes;
      const b = (k + 1) / dashes;
      paintStrip(
        group,
        k % 2 === 0 ? "yellow" : "black",
        x0 + (x1 - x0) * a,
        z0 + (z1 - z0) * a,
        x0 + (x1 - x0) * b,
        z0 + (z1 - z0) * b,
        0.14,
      );
    }
  }
}

/** Pushes a footprint's outline outwards by `margin` metres (its corners are in order). */
function grow(corners: [number, number][], margin: number): [number, number][] {
  const cx = corners.reduce((s, c) => s + c[0], 0) / corners.length;
  const cz = corners.reduce((s, c) => s + c[1], 0) / corners.length;
  return corners.map(([x, z], i) => {
    const [px, pz] = corners[(i + corners.length - 1) % corners.length] ?? [x, z];
    const [nx, nz] = corners[(i + 1) % corners.length] ?? [x, z];
    // Move along both adjacent edges' outward directions (the outline is a rectangle).
    const e1 = Math.hypot(x - px, z - pz) || 1;
    const e2 = Math.hypot(x - nx, z - nz) || 1;
    let ox = (x - px) / e1 + (x - nx) / e2;
    let oz = (z - pz) / e1 + (z - nz) / e2;
    if ((x - cx) * ox + (z - cz) * oz < 0) {
      ox = -ox;
      oz = -oz;
    }
    return [x + ox * margin, z + oz * margin];
  });
}

/** A wall along X or Z with optional openings, as boxes around the openings. */
function wallWithOpenings(
  group: PartGroup,
  axis: "x" | "z",
  fixed: number,
  from: number,
  to: number,
  openings: { from: number; to: number; height: number }[],
): void {
  const t = hall.wallThickness;
  const h = hall.wallHeight;
  const piece = (a: number, b: number, y0: number, y1: number): void => {
    if (b - a < 1e-3 || y1 - y0 < 1e-3) return;
    const mid = (a + b) / 2;
    const geometry = axis === "x" ? box(b - a, y1 - y0, t) : box(t, y1 - y0, b - a);
    group.add("wall", geometry, axis === "x" ? at(mid, (y0 + y1) / 2, fixed) : at(fixed, (y0 + y1) / 2, mid));
  };
  let cursor = from;
  for (const opening of [...openings].sort((p, q) => p.from - q.from)) {
    piece(cursor, opening.from, 0, h);
    piece(opening.from, opening.to, opening.height, h);
    cursor = opening.to;
  }
  piece(cursor, to, 0, h);
}

export interface HallOptions {
  /** Doorways through the side walls towards neighbouring halls. */
  doorLeft: boolean;
  doorRight: boolean;
  /** The machines' placements, outlined on the floor with hazard stripes. */
  machines: MachinePlacement[];
}

/**
 * The hall around a workshop: open-top walls with a main gate (+Z) and side doorways, steel
 * pilasters, a band and signs in the sector's colour, and floor markings: the walkways and a
 * hazard outline around each machine.
 */
export function hallGeometry(options: HallOptions): PartGroup {
  const group = new PartGroup();
  const hw = hall.width / 2 - hall.wallThickness / 2;
  const hd = hall.depth / 2 - hall.wallThickness / 2;
  const gate = hall.frontGate;
  const door = hall.sideDoor;
  wallWithOpenings(group, "x", -hd, -hw - 0.15, hw + 0.15, []);
  wallWithOpenings(group, "x", hd, -hw - 0.15, hw + 0.15, [
    { from: -gate.width / 2, to: gate.width / 2, height: gate.height },
  ]);
  for (const [side, open] of [
    [-1, options.doorLeft],
    [1, options.doorRight],
  ] as const) {
    wallWithOpenings(
      group,
      "z",
      side * hw,
      -hd,
      hd,
      open ? [{ from: door.minZ, to: door.maxZ, height: door.height }] : [],
    );
  }

  // Steel pilasters every few metres on the inner faces, and a coping on top of the walls.
  const inner = hall.wallThickness / 2 + 0.15;
  for (let x = -hw + 3.5; x < hw - 1; x += 7) {
    group.add("steel", box(0.3, hall.wallHeight + 0.3, 0.3), at(x, (hall.wallHeight + 0.3) / 2, -hd + inner));
  }
  for (const side of [-1, 1]) {
    for (const z of [-hd + 4, 0.5]) {
      group.add(
        "steel",
        box(0.3, hall.wallHeight + 0.3, 0.3),
        at(side * (hw - inner), (hall.wallHeight + 0.3) / 2, z),
      );
    }
  }
  for (const [w, d, x, z] of [
    [hall.width + 0.1, 0.45, 0, -hd],
    [hall.width + 0.1, 0.45, 0, hd],
    [0.45, hall.depth, -hw, 0],
    [0.45, hall.depth, hw, 0],
  ] as const) {
    group.add("steel", box(w, 0.25, d), at(x, hall.wallHeight + 0.1, z));
  }

  // The sector's colour: a band inside the walls, a large sign on the back wall, one over the gate.
  const bandY = hall.wallHeight - 0.9;
  group.add("accent", box(hall.width - 0.8, 0.5, 0.06), at(0, bandY, -hd + 0.19));
  for (const side of [-1, 1]) {
    group.add("accent", box(0.06, 0.5, hall.depth - 0.8), at(side * (hw - 0.19), bandY, 0));
  }
  group.add("accent", box(8, 2.2, 0.12), at(0, 3.6, -hd + 0.22));
  group.add("white", box(7.4, 0.18, 0.14), at(0, 3.1, -hd + 0.24));
  group.add("white", box(5.2, 0.18, 0.14), at(0, 3.7, -hd + 0.24));
  group.add("accent", box(gate.width + 1, 1, 0.12), at(0, gate.height + 0.7, hd - 0.22));
  // Gate frame in safety colours.
  for (const side of [-1, 1]) {
    group.add(
      "yellow",
      box(0.25, gate.height, 0.4),
      at((side * (gate.width + 0.25)) / 2, gate.height / 2, hd),
    );
  }

  // Floor markings: the front aisle joining the gate to the side doors, the central walkway,
  // and a hazard outline around each machine.
  const aisleFront = hall.machineZone.maxZ + 0.35;
  paintStrip(group, "yellow", -innerHalfWidth + 0.3, aisleFront, innerHalfWidth - 0.3, aisleFront, 0.12);
  paintStrip(
    group,
    "yellow",
    -innerHalfWidth + 0.3,
    innerHalfDepth - 0.3,
    -gate.width / 2 - 0.2,
    innerHalfDepth - 0.3,
    0.12,
  );
  paintStrip(
    group,
    "yellow",
    gate.width / 2 + 0.2,
    innerHalfDepth - 0.3,
    innerHalfWidth - 0.3,
    innerHalfDepth - 0.3,
    0.12,
  );
  for (let k = 0; k < 8; k++) {
    // A pedestrian crossing in from the gate.
    const z = innerHalfDepth - 0.9 - k * 0.55;
    paintStrip(group, "white", -1.2, z, 1.2, z, 0.28);
  }
  for (const placement of options.machines) hazardOutline(group, grow(placement.corners, 0.45));
  return group;
}
