import { Geometry } from "./Geometry";
import { type Point2, signedArea2, triangulate } from "./triangulate";

/**
 * Parametric primitives, all centred on the origin unless said otherwise, Y up, in metres.
 * Curved surfaces get smooth normals, creases (angle above `crease`) get split ones.
 */

/** A box `width` (X) × `height` (Y) × `depth` (Z), centred. */
export function box(width: number, height: number, depth: number): Geometry {
  return taperedBox(width, depth, width, depth, height);
}

/**
 * A box whose bottom (`bottomWidth` × `bottomDepth`) and top differ: hoppers, plinths,
 * the skip incline's trusses. Centred, `height` along Y.
 */
export function taperedBox(
  bottomWidth: number,
  bottomDepth: number,
  topWidth: number,
  topDepth: number,
  height: number,
): Geometry {
  const g = new Geometry();
  const h = height / 2;
  const corners: Record<string, [number, number, number]> = {};
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      for (const sz of [-1, 1]) {
        const w = (sy < 0 ? bottomWidth : topWidth) / 2;
        const d = (sy < 0 ? bottomDepth : topDepth) / 2;
        corners[`${sx}${sy}${sz}`] = [sx * w, sy * h, sz * d];
      }
    }
  }
  const c = (key: string): [number, number, number] => corners[key] ?? [0, 0, 0];
  const face = (keys: string[]): void => {
    const pts = keys.map(c);
    const [p0, p1, p2] = [c(keys[0] ?? ""), c(keys[1] ?? ""), c(keys[2] ?? "")];
    const ux = p1[0] - p0[0];
    const uy = p1[1] - p0[1];
    const uz = p1[2] - p0[2];
    const vx = p2[0] - p0[0];
    const vy = p2[1] - p0[1];
    const vz = p2[2] - p0[2];
    let nx = uy * vz - uz * vy;
    let ny = uz * vx - ux * vz;
    let nz = ux * vy - uy * vx;
    // Face normals point away from the centre.
    const mx = pts.reduce((s, p) => s + p[0], 0);
    const my = pts.reduce((s, p) => s + p[1], 0);
    const mz = pts.reduce((s, p) => s + p[2], 0);
    if (nx * mx + ny * my + nz * mz < 0) {
      nx = -nx;
      ny = -ny;
      nz = -nz;
    }
    const len = Math.hypot(nx, ny, nz) || 1;
    const ids = pts.map((p) => g.vertex(p[0], p[1], p[2], nx / len, ny / len, nz / len));
    g.quad(ids[0] ?? 0, ids[1] ?? 0, ids[2] ?? 0, ids[3] ?? 0);
  };
  face(["-1-1-1", "1-1-1", "1-11", "-1-11"]); // bottom
  face(["-11-1", "11-1", "111", "-111"]); // top
  face(["-1-11", "1-11", "111", "-111"]); // front
  face(["-1-1-1", "1-1-1", "11-1", "-11-1"]); // back
  face(["1-1-1", "1-11", "111", "11-1"]); // right
  face(["-1-1-1", "-1-11", "-111", "-11-1"]); // left
  return g;
}

export interface LatheOptions {
  /** Divisions around the axis. */
  segments?: number;
  /** Normals are smoothed across profile joints bending less than this (degrees). */
  crease?: number;
  /** Part of the turn, in radians, starting at +Z; a full turn when omitted. */
  arc?: number;
}

/**
 * Revolves a profile of `[radius, y]` points around the Y axis. List the points from the bottom
 * to the top (outward normals then face away from the axis); a point at radius 0 closes the shape.
 */
export function lathe(profile: readonly Point2[], options: LatheOptions = {}): Geometry {
  const segments = options.segments ?? 16;
  const crease = ((options.crease ?? 40) * Math.PI) / 180;
  const arc = options.arc ?? Math.PI * 2;
  const g = new Geometry();
  const points = profile.filter((p, i) => {
    const prev = profile[i - 1];
    return !prev || Math.hypot(p[0] - prev[0], p[1] - prev[1]) > 1e-9;
  });
  const segmentNormals: Point2[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [r0, y0] = points[k] ?? [0, 0];
    const [r1, y1] = points[k + 1] ?? [0, 0];
    const len = Math.hypot(r1 - r0, y1 - y0) || 1;
    segmentNormals.push([(y1 - y0) / len, -(r1 - r0) / len]);
  }
  const jointNormal = (k: number, side: "start" | "end"): Point2 => {
    const own = segmentNormals[k] ?? [1, 0];
    const otherIndex = side === "start" ? k - 1 : k + 1;
    const other = segmentNormals[otherIndex];
    if (!other) return own;
    const angle = Math.acos(Math.max(-1, Math.min(1, own[0] * other[0] + own[1] * other[1])));
    if (angle > crease) return own;
    const len = Math.hypot(own[0] + other[0], own[1] + other[1]) || 1;
    return [(own[0] + other[0]) / len, (own[1] + other[1]) / len];
  };
  const ring = (pointIndex: number, normal: Point2): number[] => {
    const [r, y] = points[pointIndex] ?? [0, 0];
    const ids: number[] = [];
    for (let i = 0; i <= segments; i++) {
      const theta = (arc * i) / segments;
      const s = Math.sin(theta);
      const c = Math.cos(theta);
      ids.push(g.vertex(r * s, y, r * c, normal[0] * s, normal[1], normal[0] * c));
    }
    return ids;
  };
  // A smooth joint shares one ring between the segments that meet there; a crease gets two.
  let lower: number[] | null = null;
  for (let k = 0; k + 1 < points.length; k++) {
    const startNormal = jointNormal(k, "start");
    const previousEnd = k > 0 ? jointNormal(k - 1, "end") : null;
    const shared =
      lower !== null &&
      previousEnd !== null &&
      previousEnd[0] === startNormal[0] &&
      previousEnd[1] === startNormal[1];
    const start: number[] = shared && lower ? lower : ring(k, startNormal);
    const end = ring(k + 1, jointNormal(k, "end"));
    for (let i = 0; i < segments; i++) {
      g.quad(start[i] ?? 0, start[i + 1] ?? 0, end[i + 1] ?? 0, end[i] ?? 0);
    }
    lower = end;
  }
  return g;
}

export interface CylinderOptions {
  radius?: number;
  radiusTop?: number;
  radiusBottom?: number;
  height: number;
  segments?: number;
  /** Leave out the end discs (pipes seen from the side, hoods). */
  open?: boolean;
}

/** A cylinder or truncated cone along Y, centred. */
export function cylinder(options: CylinderOptions): Geometry {
  const rt = options.radiusTop ?? options.radius ?? 1;
  const rb = options.radiusBottom ?? options.radius ?? 1;
  const h = options.height / 2;
  const profile: Point2[] = options.open
    ? [
        [rb, -h],
        [rt, h],
      ]
    : [
        [0, -h],
        [rb, -h],
        [rt, h],
        [0, h],
      ];
  return lathe(profile, { segments: options.segments ?? 16, crease: 30 });
}

/** A cone of base `radius` along Y, centred on its height. */
export function cone(radius: number, height: number, segments = 16): Geometry {
  return cylinder({ radiusBottom: radius, radiusTop: 0, height, segments });
}

/** A sphere, or a dome when `fromLatitude` (radians, −π/2 is the south pole) is above −π/2. */
export function sphere(radius: number, segments = 16, rings = 8, fromLatitude = -Math.PI / 2): Geometry {
  const profile: Point2[] = [];
  if (fromLatitude > -Math.PI / 2) profile.push([0, radius * Math.sin(fromLatitude)]);
  for (let i = 0; i <= rings; i++) {
    const lat = fromLatitude + ((Math.PI / 2 - fromLatitude) * i) / rings;
    profile.push([radius * Math.cos(lat), radius * Math.sin(lat)]);
  }
  return lathe(profile, { segments, crease: 80 });
}

export interface TorusOptions {
  /** Radius of the ring's centre line. */
  radius: number;
  /** Radius of the tube. */
  tube: number;
  segments?: number;
  tubeSegments?: number;
  /** Part of the ring, in radians, starting at +X and turning towards −Z; full when omitted. */
  arc?: number;
}

/** A ring lying in the XZ plane around the Y axis (bustle pipes, tyres, rims, swan necks). */
export function torus(options: TorusOptions): Geometry {
  const { radius, tube } = options;
  const segments = options.segments ?? 24;
  const tubeSegments = options.tubeSegments ?? 8;
  const arc = options.arc ?? Math.PI * 2;
  const g = new Geometry();
  const grid: number[][] = [];
  for (let i = 0; i <= segments; i++) {
    const u = (arc * i) / segments;
    const dx = Math.cos(u);
    const dz = -Math.sin(u);
    const row: number[] = [];
    for (let j = 0; j <= tubeSegments; j++) {
      const v = (Math.PI * 2 * j) / tubeSegments;
      const nx = dx * Math.cos(v);
      const ny = Math.sin(v);
      const nz = dz * Math.cos(v);
      row.push(g.vertex(dx * radius + nx * tube, ny * tube, dz * radius + nz * tube, nx, ny, nz));
    }
    grid.push(row);
  }
  for (let i = 0; i < segments; i++) {
    const a = grid[i] ?? [];
    const b = grid[i + 1] ?? [];
    for (let j = 0; j < tubeSegments; j++) g.quad(a[j] ?? 0, b[j] ?? 0, b[j + 1] ?? 0, a[j + 1] ?? 0);
  }
  return g;
}

export interface PrismOptions {
  /** Side normals are smoothed across outline corners bending less than this (degrees). */
  crease?: number;
}

/**
 * Extrudes a 2D outline (in the XY plane) along Z over `depth`, centred, with flat caps:
 * hull sections, C-frames, half casings, fins.
 */
export function prism(outline: readonly Point2[], depth: number, options: PrismOptions = {}): Geometry {
  const crease = ((options.crease ?? 30) * Math.PI) / 180;
  const g = new Geometry();
  const z = depth / 2;
  for (const side of [1, -1]) {
    const ids = outline.map(([x, y]) => g.vertex(x, y, side * z, 0, 0, side));
    const tris = triangulate(outline);
    for (let i = 0; i < tris.length; i += 3) {
      g.triangle(ids[tris[i] ?? 0] ?? 0, ids[tris[i + 1] ?? 0] ?? 0, ids[tris[i + 2] ?? 0] ?? 0);
    }
  }
  // Outward edge normals: the outline's winding tells which side is outside.
  const sign = signedArea2(outline) >= 0 ? 1 : -1;
  const n = outline.length;
  const edgeNormal = (i: number): Point2 => {
    const [x0, y0] = outline[((i % n) + n) % n] ?? [0, 0];
    const [x1, y1] = outline[(((i + 1) % n) + n) % n] ?? [0, 0];
    const len = Math.hypot(x1 - x0, y1 - y0) || 1;
    return [(sign * (y1 - y0)) / len, (-sign * (x1 - x0)) / len];
  };
  const blend = (a: Point2, b: Point2): Point2 => {
    const angle = Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1])));
    if (angle > crease) return a;
    const len = Math.hypot(a[0] + b[0], a[1] + b[1]) || 1;
    return [(a[0] + b[0]) / len, (a[1] + b[1]) / len];
  };
  for (let i = 0; i < n; i++) {
    const [x0, y0] = outline[i] ?? [0, 0];
    const [x1, y1] = outline[(i + 1) % n] ?? [0, 0];
    const own = edgeNormal(i);
    const n0 = blend(own, edgeNormal(i - 1));
    const n1 = blend(own, edgeNormal(i + 1));
    const a = g.vertex(x0, y0, z, n0[0], n0[1], 0);
    const b = g.vertex(x1, y1, z, n1[0], n1[1], 0);
    const c = g.vertex(x1, y1, -z, n1[0], n1[1], 0);
    const d = g.vertex(x0, y0, -z, n0[0], n0[1], 0);
    g.quad(a, b, c, d);
  }
  return g;
}

/** Points of an arc of circle in the XY plane, from `from` to `to` radians, both included. */
export function arcPoints(
  cx: number,
  cy: number,
  radius: number,
  from: number,
  to: number,
  steps: number,
): Point2[] {
  const pts: Point2[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = from + ((to - from) * i) / steps;
    pts.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  }
  return pts;
}
