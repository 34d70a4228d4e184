import { Euler, Matrix4, Quaternion, Vector3 } from "three";
import type { Vec3 } from "./Geometry";

const DEG = Math.PI / 180;

/** Rotation in degrees about X, then Y, then Z (three's "XYZ" Euler order). */
export interface Turn {
  x?: number;
  y?: number;
  z?: number;
}

/** Where a primitive goes: a translation, a rotation in degrees, and an optional scale. */
export function at(x: number, y: number, z: number, turn: Turn = {}, scale: number | Vec3 = 1): Matrix4 {
  const q = new Quaternion().setFromEuler(
    new Euler((turn.x ?? 0) * DEG, (turn.y ?? 0) * DEG, (turn.z ?? 0) * DEG),
  );
  const s = typeof scale === "number" ? new Vector3(scale, scale, scale) : new Vector3(...scale);
  return new Matrix4().compose(new Vector3(x, y, z), q, s);
}

/**
 * The placement that turns a Y-axis primitive of length |b − a| centred on the origin into a
 * segment from `a` to `b`: struts, pipes, beams, threads.
 */
export function alongSegment(a: Vec3, b: Vec3): { matrix: Matrix4; length: number } {
  const from = new Vector3(...a);
  const to = new Vector3(...b);
  const dir = to.clone().sub(from);
  const length = dir.length();
  const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir.normalize());
  const mid = from.add(to).multiplyScalar(0.5);
  return { matrix: new Matrix4().compose(mid, q, new Vector3(1, 1, 1)), length };
}

/** Quaternion [x, y, z, w] of a rotation in degrees (XYZ order), for node transforms. */
export function quaternionOf(turn: Turn): [number, number, number, number] {
  const q = new Quaternion().setFromEuler(
    new Euler((turn.x ?? 0) * DEG, (turn.y ?? 0) * DEG, (turn.z ?? 0) * DEG),
  );
  return [q.x, q.y, q.z, q.w];
}
