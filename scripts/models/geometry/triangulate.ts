/** A point of a 2D outline. */
export type Point2 = readonly [number, number];

/** Twice the signed area of a polygon: positive when counter-clockwise. */
export function signedArea2(polygon: readonly Point2[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x0, y0] = polygon[i] ?? [0, 0];
    const [x1, y1] = polygon[(i + 1) % polygon.length] ?? [0, 0];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

function cross(o: Point2, a: Point2, b: Point2): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function insideTriangle(p: Point2, a: Point2, b: Point2, c: Point2): boolean {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

/**
 * Ear-clipping triangulation of a simple polygon (convex or not, no holes): returns index
 * triples into `polygon`, counter-clockwise. Outlines here have a few dozen points, so the
 * quadratic cost does not matter.
 */
export function triangulate(polygon: readonly Point2[]): number[] {
  const ccw = signedArea2(polygon) > 0;
  const remaining = polygon.map((_, i) => (ccw ? i : polygon.length - 1 - i));
  const point = (i: number): Point2 => polygon[i] ?? [0, 0];
  const triangles: number[] = [];
  let guard = remaining.length * remaining.length;
  while (remaining.length > 3 && guard-- > 0) {
    let clipped = false;
    for (let i = 0; i < remaining.length; i++) {
      const ia = remaining[(i + remaining.length - 1) % remaining.length] ?? 0;
      const ib = remaining[i] ?? 0;
      const ic = remaining[(i + 1) % remaining.length] ?? 0;
      const a = point(ia);
      const b = point(ib);
      const c = point(ic);
      if (cross(a, b, c) <= 1e-12) continue;
      const blocked = remaining.some(
        (j) => j !== ia && j !== ib && j !== ic && insideTriangle(point(j), a, b, c),
      );
      if (blocked) continue;
      triangles.push(ia, ib, ic);
      remaining.splice(i, 1);
      clipped = true;
      break;
    }
    // NOTE: a self-touching outline can leave no ear; drop a vertex rather than loop forever.
    if (!clipped) remaining.splice(0, 1);
  }
  if (remaining.length === 3) triangles.push(remaining[0] ?? 0, remaining[1] ?? 0, remaining[2] ?? 0);
  return triangles;
}
