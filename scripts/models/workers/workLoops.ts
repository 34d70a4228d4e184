import { Quaternion, Vector3 } from "three";
import type { Vec3 } from "../geometry/Geometry";
import type { Motion, Pivot, Track } from "../scene/MachineSketch";

/**
 * The work loops: checking a tablet, bending over a bench, typing at a console, turning a valve's
 * wheel, walking a few steps along the machine and back. Each is one glTF animation named "work",
 * looping, starting and ending on the rest pose.
 */
export type WorkLoop = "tablet" | "bench" | "console" | "wheel" | "walk";

const DEG = Math.PI / 180;

function rotated(part: Pivot, axis: Vec3, angle: number): number[] {
  const q = new Quaternion(...part.rotation).multiply(
    new Quaternion().setFromAxisAngle(new Vector3(...axis).normalize(), angle),
  );
  return [q.x, q.y, q.z, q.w];
}

/** Back-and-forth rotation about `axis`, ±`degrees`, `cycles` times in `seconds` (rest at 0 and end). */
function oscillate(
  part: Pivot,
  axis: Vec3,
  degrees: number,
  seconds: number,
  cycles: number,
  phase = 0,
): Track {
  const steps = 8 * cycles;
  const times = Array.from({ length: steps + 1 }, (_, i) => (seconds * i) / steps);
  const values = times.flatMap((t) => {
    const s = Math.sin((2 * Math.PI * cycles * t) / seconds + phase) - Math.sin(phase);
    return rotated(part, axis, degrees * DEG * s);
  });
  return { part, path: "rotation", times, values };
}

export interface StandingParts {
  torso: Pivot | null;
  arms: Pivot[];
  wheel: Pivot | null;
}

export interface WalkingParts {
  walker: Pivot;
  legs: Pivot[];
  arms: Pivot[];
  /** Metres walked before turning back. */
  pace: number;
}

/** Seconds of one loop of each work. */
export const loopSeconds: Record<WorkLoop, number> = { tablet: 6, bench: 5, console: 4, wheel: 6, walk: 8 };

/**
 * The walk: out along +Z for `pace` metres, a half turn, back, a half turn (quarter-turn keys so
 * that interpolation turns the right way); legs and arms swing in step all along.
 */
function walk(parts: WalkingParts): Track[] {
  const T = loopSeconds.walk;
  const turn = 0.8;
  const leg = (T - 2 * turn) / 2;
  const { walker, pace } = parts;
  const [x, y, z] = walker.translation;
  const moveTimes = [0, leg, leg + turn, 2 * leg + turn, T];
  const moveValues = [z, z + pace, z + pace, z, z].flatMap((zz) => [x, y, zz]);
  const turnTimes = [0, leg, leg + turn / 2, leg + turn, 2 * leg + turn, 2 * leg + 1.5 * turn, T];
  const turnValues = [0, 0, 90, 180, 180, 270, 360].flatMap((a) => rotated(walker, [0, 1, 0], a * DEG));
  // Steps of 0.8 s: 10 in a loop; during the half turns the feet keep stepping on the spot.
  const steps = T / 0.8;
  const tracks: Track[] = [
    { part: walker, path: "translation", times: moveTimes, values: moveValues },
    { part: walker, path: "rotation", times: turnTimes, values: turnValues },
  ];
  parts.legs.forEach((part, i) => {
    tracks.push(oscillate(part, [1, 0, 0], 22, T, steps, i === 0 ? 0 : Math.PI));
  });
  parts.arms.forEach((part, i) => {
    tracks.push(oscillate(part, [1, 0, 0], 16, T, steps, i === 0 ? Math.PI : 0));
  });
  return tracks;
}

/** The motion "work" of a worker doing `loop`. */
export function workMotion(loop: WorkLoop, parts: StandingParts | WalkingParts): Motion {
  const T = loopSeconds[loop];
  if ("walker" in parts) return { name: "work", tracks: walk(parts) };
  const tracks: Track[] = [];
  const [first, second] = parts.arms;
  switch (loop) {
    case "tablet":
      // Looks up from the tablet to the machine and back; taps the screen.
      if (parts.torso) tracks.push(oscillate(parts.torso, [0, 1, 0], 9, T, 1));
      if (first) tracks.push(oscillate(first, [1, 0, 0], 7, T, 4));
      break;
    case "bench":
      if (parts.torso) tracks.push(oscillate(parts.torso, [1, 0, 0], 6, T, 1));
      if (first) tracks.push(oscillate(first, [1, 0, 0], 12, T, 2));
      if (second) tracks.push(oscillate(second, [1, 0, 0], 12, T, 2, Math.PI));
      break;
    case "console":
      if (parts.torso) tracks.push(oscillate(parts.torso, [0, 1, 0], 5, T, 1));
      if (first) tracks.push(oscillate(first, [1, 0, 0], 6, T, 4));
      if (second) tracks.push(oscillate(second, [1, 0, 0], 6, T, 4, Math.PI));
      break;
    case "wheel":
      // Hand over hand: the wheel turns a little one way, then back.
      if (parts.wheel) tracks.push(oscillate(parts.wheel, [0, 1, 0], 60, T, 1));
      if (first) tracks.push(oscillate(first, [1, 0, 0], 10, T, 2));
      if (second) tracks.push(oscillate(second, [1, 0, 0], 10, T, 2, Math.PI));
      break;
    default:
      break;
  }
  return { name: "work", tracks };
}
