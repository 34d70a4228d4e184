import { Quaternion, Vector3 } from "three";
import type { Vec3 } from "../geometry/Geometry";
import { Paint } from "./Paint";

export type Quat = readonly [number, number, number, number];

/** A piece of a landmark that moves: a pivot node with its own painted mesh. */
export interface MovingPiece {
  readonly name: string;
  readonly translation: Vec3;
  readonly rotation: Quat;
  readonly scale: Vec3;
  readonly paint: Paint;
}

export interface PieceTrack {
  piece: MovingPiece;
  path: "translation" | "rotation" | "scale";
  times: number[];
  values: number[];
}

/**
 * What a district's landmark is made of, in the district's frame (origin at its centre on the
 * ground, +z towards the sea): static geometry, moving pieces and their looping motions.
 */
export class Landmark {
  readonly paint = new Paint();
  readonly pieces: MovingPiece[] = [];
  readonly motions: { name: string; tracks: PieceTrack[] }[] = [];

  piece(
    name: string,
    translation: Vec3,
    rotation: Quat = [0, 0, 0, 1],
    scale: Vec3 = [1, 1, 1],
  ): MovingPiece {
    const piece = { name, translation, rotation, scale, paint: new Paint() };
    this.pieces.push(piece);
    return piece;
  }

  animate(name: string, ...tracks: PieceTrack[]): void {
    this.motions.push({ name, tracks });
  }
}

const epsilon = 1e-3;

/**
 * Keyframes of a loop of `seconds`, sampled `steps` times along its phase f ∈ [0, 1], started at
 * `phase`: where the loop wraps (f from 1 back to 0) two keys a millisecond apart make the jump
 * (a puff of smoke back at the chimney's mouth, shrunk to nothing) instant.
 */
export function loopKeys(
  seconds: number,
  steps: number,
  phase: number,
  value: (f: number) => number[],
): { times: number[]; values: number[] } {
  const keys: [number, number[]][] = [];
  const wrap = (1 - phase) * seconds;
  for (let k = 0; k <= steps; k++) {
    const f = k / steps;
    let t = (((f - phase + 1) % 1) + 1) % 1;
    t *= seconds;
    if (phase === 0) t = f * seconds;
    else if (k === 0) t = wrap + epsilon;
    else if (k === steps) t = wrap - epsilon;
    keys.push([t, value(f)]);
  }
  if (phase !== 0) keys.push([0, value(phase)], [seconds, value(phase)]);
  keys.sort((a, b) => a[0] - b[0]);
  const times: number[] = [];
  const values: number[] = [];
  for (const [t, v] of keys) {
    if (t < 0 || t > seconds) continue;
    const last = times[times.length - 1];
    if (last !== undefined && t - last < epsilon / 2) continue;
    times.push(t);
    values.push(...v);
  }
  return { times, values };
}

/** Turns about `axis` (the piece's own frame), `turns` times every `seconds`. */
export function spin(piece: MovingPiece, axis: Vec3, seconds: number, turns = 1): PieceTrack {
  const rest = new Quaternion(...piece.rotation);
  const steps = 4 * Math.abs(turns);
  const a = new Vector3(...axis).normalize();
  const times: number[] = [];
  const values: number[] = [];
  for (let i = 0; i <= steps; i++) {
    times.push((seconds * i) / steps);
    const q = rest
      .clone()
      .multiply(new Quaternion().setFromAxisAngle(a, Math.sign(turns) * (Math.PI / 2) * i));
    values.push(q.x, q.y, q.z, q.w);
  }
  return { piece, path: "rotation", times, values };
}

/** A puff of smoke rising by `rise` from its mouth and swelling, then gone: one every `seconds`. */
export function rise(
  piece: MovingPiece,
  from: Vec3,
  rise: Vec3,
  size: number,
  seconds: number,
  phase: number,
): PieceTrack[] {
  const [x, y, z] = from;
  const move = loopKeys(seconds, 12, phase, (f) => [x + rise[0] * f, y + rise[1] * f, z + rise[2] * f]);
  const grow = loopKeys(seconds, 12, phase, (f) => {
    const s = size * (0.35 + 1.3 * f) * Math.sin(Math.PI * f) ** 0.6;
    return [s, s, s];
  });
  return [
    { piece, path: "translation", ...move },
    { piece, path: "scale", ...grow },
  ];
}

/** A flame breathing: its scale wavers around 1 (more in height). */
export function flicker(piece: MovingPiece, amount: number, seconds: number): PieceTrack {
  const { times, values } = loopKeys(seconds, 10, 0, (f) => {
    const w = Math.sin(f * Math.PI * 2) * 0.6 + Math.sin(f * Math.PI * 6) * 0.4;
    return [1 + amount * 0.3 * w, 1 + amount * w, 1 + amount * 0.3 * w];
  });
  return { piece, path: "scale", times, values };
}

/** A piece sliding from rest to rest + `delta` and back, smoothly, every `seconds`. */
export function shuttle(piece: MovingPiece, delta: Vec3, seconds: number): PieceTrack {
  const [x, y, z] = piece.translation;
  const { times, values } = loopKeys(seconds, 16, 0, (f) => {
    const s = (1 - Math.cos(2 * Math.PI * f)) / 2;
    return [x + delta[0] * s, y + delta[1] * s, z + delta[2] * s];
  });
  return { piece, path: "translation", times, values };
}

/**
 * A boat sailing a closed course: `course(f)` gives its position on the water for f ∈ [0, 1];
 * it turns to face where it goes (its bow along +x at rest).
 */
export function sail(
  piece: MovingPiece,
  course: (f: number) => Vec3,
  seconds: number,
  steps = 64,
): PieceTrack[] {
  const position = loopKeys(seconds, steps, 0, (f) => [...course(f)]);
  const heading = (f: number) => {
    const a = course((f + 1 - 0.004) % 1);
    const b = course((f + 0.004) % 1);
    return Math.atan2(-(b[2] - a[2]), b[0] - a[0]);
  };
  let previous: Quaternion | null = null;
  const turn = loopKeys(seconds, steps, 0, (f) => {
    const q = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), heading(f));
    // Keep neighbouring keys in the same hemisphere so that the slerp takes the short way.
    if (previous && previous.dot(q) < 0) q.set(-q.x, -q.y, -q.z, -q.w);
    previous = q;
    return [q.x, q.y, q.z, q.w];
  });
  return [
    { piece, path: "translation", ...position },
    { piece, path: "rotation", ...turn },
  ];
}
