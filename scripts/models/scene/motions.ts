import { Quaternion, Vector3 } from "three";
import type { Vec3 } from "../geometry/Geometry";
import type { Pivot, Track } from "./MachineSketch";

/**
 * Keyframe makers for the machines' looping motions. Every track starts and ends on the part's
 * rest pose, so the model looks the same before the animation starts and the loop has no jump.
 */

const DEG = Math.PI / 180;

function rotationAt(part: Pivot, axis: Vec3, angle: number): number[] {
  const rest = new Quaternion(...part.rotation);
  const turn = new Quaternion().setFromAxisAngle(new Vector3(...axis).normalize(), angle);
  const q = rest.multiply(turn);
  return [q.x, q.y, q.z, q.w];
}

function sampleTimes(seconds: number, steps: number): number[] {
  return Array.from({ length: steps + 1 }, (_, i) => (seconds * i) / steps);
}

/** Continuous rotation about `axis` (part's own frame): `turns` full turns every `seconds`. */
export function spin(part: Pivot, axis: Vec3, seconds: number, turns = 1): Track {
  // Quarter turns: slerp between keys 90° apart follows the intended direction.
  const steps = 4 * Math.abs(turns);
  const times = sampleTimes(seconds, steps);
  const values = times.flatMap((_, i) => rotationAt(part, axis, Math.sign(turns) * (Math.PI / 2) * i));
  return { part, path: "rotation", times, values };
}

/** Back-and-forth rotation about `axis`, ±`degrees`, one cycle every `seconds`. */
export function swing(part: Pivot, axis: Vec3, degrees: number, seconds: number, phase = 0): Track {
  const times = sampleTimes(seconds, 16);
  const values = times.flatMap((t) => {
    const s = Math.sin((2 * Math.PI * t) / seconds + phase) - Math.sin(phase);
    return rotationAt(part, axis, degrees * DEG * s);
  });
  return { part, path: "rotation", times, values };
}

/** Smooth back-and-forth translation from rest to rest + `delta` and back, every `seconds`. */
export function slide(part: Pivot, delta: Vec3, seconds: number): Track {
  const times = sampleTimes(seconds, 12);
  const values = times.flatMap((t) => {
    const f = (1 - Math.cos((2 * Math.PI * t) / seconds)) / 2;
    return part.translation.map((v, k) => v + (delta[k] ?? 0) * f);
  });
  return { part, path: "translation", times, values };
}

/**
 * Steady travel from rest to rest + `delta` every `seconds`, then back to rest: loads on a
 * belt spaced exactly `delta` apart so that the restart is not seen.
 */
export function travel(part: Pivot, delta: Vec3, seconds: number): Track {
  const end = part.translation.map((v, k) => v + (delta[k] ?? 0));
  return { part, path: "translation", times: [0, seconds], values: [...part.translation, ...end] };
}

/** A flicker: the part's scale breathes between 1 and 1 + `amount` on Y, less on X/Z. */
export function flicker(part: Pivot, amount: number, seconds: number): Track {
  const times = sampleTimes(seconds, 8);
  const values = times.flatMap((t, i) => {
    const wobble = i === 0 || i === 8 ? 0 : Math.abs(Math.sin(t * 7.3) * Math.sin(t * 3.1));
    return [1 + amount * 0.3 * wobble, 1 + amount * wobble, 1 + amount * 0.3 * wobble];
  });
  return { part, path: "scale", times, values };
}
