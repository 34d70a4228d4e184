import type { Geometry } from "./Geometry";

/**
 * Narrows a geometry across Z as a function of X: z' = z · width(x). Turns a boxy extruded
 * hull into one with a pointed bow. Normals follow the deformation (inverse-transpose Jacobian).
 */
export function pinchAlongX(geometry: Geometry, width: (x: number) => number): Geometry {
  const p = geometry.positions;
  const n = geometry.normals;
  const h = 1e-4;
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i] ?? 0;
    const z = p[i + 2] ?? 0;
    const f = Math.max(1e-3, width(x));
    const slope = (width(x + h) - width(x - h)) / (2 * h);
    const nx = (n[i] ?? 0) - ((z * slope) / f) * (n[i + 2] ?? 0);
    const ny = n[i + 1] ?? 0;
    const nz = (n[i + 2] ?? 0) / f;
    const len = Math.hypot(nx, ny, nz) || 1;
    p[i + 2] = z * f;
    n[i] = nx / len;
    n[i + 1] = ny / len;
    n[i + 2] = nz / len;
  }
  return geometry;
}
