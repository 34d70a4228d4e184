import type { Vec3 } from "../../geometry/Geometry";
import { alongSegment, at } from "../../geometry/placement";
import { box, cylinder, lathe, torus } from "../../geometry/primitives";
import type { Canvas } from "../../scene/PartGroup";
import type { MaterialKey } from "../../scene/palette";

/** Steelwork shared by the kit: struts, beams, legs, ladders, railings, platforms, trusses. */

/** A round bar or pipe from `a` to `b`. */
export function strut(
  c: Canvas,
  material: MaterialKey,
  a: Vec3,
  b: Vec3,
  radius: number,
  segments = 8,
): void {
  const { matrix, length } = alongSegment(a, b);
  c.add(material, cylinder({ radius, height: length, segments, open: segments <= 6 }), matrix);
}

/** A square-section beam from `a` to `b`. */
export function beam(c: Canvas, material: MaterialKey, a: Vec3, b: Vec3, size: number): void {
  const { matrix, length } = alongSegment(a, b);
  c.add(material, box(size, length, size), matrix);
}

/** Four square legs under a `width` × `depth` top, from the floor to `height`. */
export function legs(
  c: Canvas,
  material: MaterialKey,
  width: number,
  depth: number,
  height: number,
  size = 0.1,
): void {
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      c.add(
        material,
        box(size, height, size),
        at((sx * (width - size)) / 2, height / 2, (sz * (depth - size)) / 2),
      );
    }
  }
}

/**
 * A vertical ladder at (x, z) from y0 to y1, its rungs facing `yaw` degrees (0: climbing
 * towards −Z, i.e. the ladder stands in front of a wall at −Z), with a safety cage if tall.
 */
export function ladder(
  c: Canvas,
  material: MaterialKey,
  x: number,
  z: number,
  y0: number,
  y1: number,
  yaw = 0,
): void {
  const l = c.within(at(x, 0, z, { y: yaw }));
  const h = y1 - y0;
  for (const side of [-0.22, 0.22]) l.add(material, box(0.05, h, 0.05), at(side, y0 + h / 2, 0));
  for (let y = y0 + 0.3; y < y1; y += 0.3) l.add(material, box(0.44, 0.03, 0.03), at(0, y, 0));
  if (h > 3) {
    // Cage hoops from 2.3 m up, as on real fixed ladders.
    for (let y = y0 + 2.3; y < y1; y += 0.9) {
      l.add(
        material,
        torus({ radius: 0.36, tube: 0.02, segments: 10, tubeSegments: 4, arc: Math.PI }),
        at(0, y, 0.05, { y: 180 }),
      );
    }
    for (const a of [-0.8, 0, 0.8]) {
      l.add(
        material,
        box(0.03, h - 2.3, 0.03),
        at(Math.sin(a) * 0.36, y0 + 2.3 + (h - 2.3) / 2, 0.05 + Math.cos(a) * 0.36),
      );
    }
  }
}

/** A handrail from (x0, z0) to (x1, z1) on a floor at height `y`. */
export function railing(
  c: Canvas,
  material: MaterialKey,
  x0: number,
  z0: number,
  x1: number,
  z1: number,
  y: number,
): void {
  strut(c, material, [x0, y + 1.05, z0], [x1, y + 1.05, z1], 0.025, 6);
  strut(c, material, [x0, y + 0.55, z0], [x1, y + 0.55, z1], 0.02, 6);
  const length = Math.hypot(x1 - x0, z1 - z0);
  const posts = Math.max(1, Math.round(length / 1.5));
  for (let i = 0; i <= posts; i++) {
    const t = i / posts;
    const x = x0 + (x1 - x0) * t;
    const z = z0 + (z1 - z0) * t;
    c.add(material, box(0.05, 1.05, 0.05), at(x, y + 0.525, z));
  }
}

/** A circular platform (grating ring with a handrail) around a vertical vessel. */
export function ringPlatform(
  c: Canvas,
  material: MaterialKey,
  innerRadius: number,
  outerRadius: number,
  y: number,
  segments = 16,
): void {
  c.add(
    material,
    lathe(
      [
        [innerRadius, y - 0.06],
        [outerRadius, y - 0.06],
        [outerRadius, y],
        [innerRadius, y],
        [innerRadius, y - 0.06],
      ],
      { segments, crease: 30 },
    ),
  );
  c.add(
    material,
    torus({ radius: outerRadius - 0.04, tube: 0.025, segments, tubeSegments: 4 }),
    at(0, y + 1.05, 0),
  );
  for (let i = 0; i < segments; i += 2) {
    const a = (i / segments) * Math.PI * 2;
    c.add(
      material,
      box(0.04, 1.05, 0.04),
      at(Math.cos(a) * (outerRadius - 0.04), y + 0.525, Math.sin(a) * (outerRadius - 0.04)),
    );
  }
}

/**
 * A planar truss from `a` to `b`: two chords `depth` apart along `up`, with zig-zag diagonals.
 * Booms, skip inclines, crane girders.
 */
export function truss(
  c: Canvas,
  material: MaterialKey,
  a: Vec3,
  b: Vec3,
  up: Vec3,
  depth: number,
  panels: number,
  size: number,
): void {
  const top = (p: Vec3): Vec3 => [p[0] + up[0] * depth, p[1] + up[1] * depth, p[2] + up[2] * depth];
  const lerp = (t: number): Vec3 => [
    a[0] + (b[0] - a[0]) * t,
    a[1] + (b[1] - a[1]) * t,
    a[2] + (b[2] - a[2]) * t,
  ];
  beam(c, material, a, b, size);
  beam(c, material, top(a), top(b), size);
  for (let i = 0; i <= panels; i++) {
    const p = lerp(i / panels);
    beam(c, material, p, top(p), size * 0.7);
    if (i < panels) {
      const q = lerp((i + 1) / panels);
      beam(c, material, i % 2 === 0 ? p : top(p), i % 2 === 0 ? top(q) : q, size * 0.6);
    }
  }
}

/**
 * A square lattice tower: four legs tapering from `baseHalf` to `topHalf` (half-widths) over
 * `height`, horizontal members and X-bracing on each face at every panel.
 */
export function latticeTower(
  c: Canvas,
  material: MaterialKey,
  height: number,
  baseHalf: number,
  topHalf: number,
  panels: number,
  size: number,
): void {
  const half = (y: number): number => baseHalf + (topHalf - baseHalf) * (y / height);
  const corner = (sx: number, sz: number, y: number): Vec3 => [sx * half(y), y, sz * half(y)];
  const corners: [number, number][] = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ];
  for (const [sx, sz] of corners) beam(c, material, corner(sx, sz, 0), corner(sx, sz, height), size);
  for (let i = 0; i < panels; i++) {
    const y0 = (height * i) / panels;
    const y1 = (height * (i + 1)) / panels;
    for (let k = 0; k < 4; k++) {
      const [ax, az] = corners[k] ?? [1, 1];
      const [bx, bz] = corners[(k + 1) % 4] ?? [1, 1];
      beam(c, material, corner(ax, az, y1), corner(bx, bz, y1), size * 0.7);
      beam(c, material, corner(ax, az, y0), corner(bx, bz, y1), size * 0.5);
      beam(c, material, corner(bx, bz, y0), corner(ax, az, y1), size * 0.5);
    }
  }
}
