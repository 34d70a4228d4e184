import { cameraShot, requestCameraShot, type ShotMode } from "../stage/cameraShot";
import { invalidateStage } from "../stage/invalidateStage";
import { constrainStep, type FloorPoint, type FloorRect, nearestFreePoint } from "./walkCollision";

/** Walking speed (m/s) and turning speed (rad/s): a calm museum pace. */
const walkSpeed = 3.2;
const turnSpeed = 1.7;
const maxPitch = 1.2;
const lookDistance = 6;

/**
 * The visitor walking in a workshop: a per-frame value, so a mutable module object rather than
 * React state. `WalkControls` feeds it input and steps it each frame; it writes `cameraShot`.
 */
export const walker = {
  x: 0,
  z: 0,
  /** Eye height, taken from the workshop's viewpoint: a visitors' gallery above the machines. */
  eyeY: 3.5,
  /** Heading: 0 looks towards -z; positive turns left. */
  yaw: 0,
  pitch: -0.2,
  area: { minX: -10, maxX: 10, minZ: -10, maxZ: 10 } as FloorRect,
  obstacles: [] as FloorRect[],
  /** Where a click or tap on the floor asked to go. */
  goal: null as FloorPoint | null,
  /** Held movement keys, as intentions. */
  held: { forward: false, back: false, left: false, right: false },
  /** True when a wall or a machine cut the last step short. */
  blocked: false,
  /** Told after each step, e.g. by the minimap. */
  listeners: new Set<() => void>(),
};

/** Where this frame's step aims, and where it ends: scratch points reused every frame. */
const stepTarget: FloorPoint = { x: 0, z: 0 };
const stepEnd: FloorPoint = { x: 0, z: 0 };

/** Puts the visitor at a viewpoint, looking at its target, inside the given floor and obstacles. */
export function placeWalker(
  eye: Readonly<{ x: number; y: number; z: number }>,
  target: Readonly<{ x: number; y: number; z: number }>,
  area: FloorRect,
  obstacles: FloorRect[],
  mode: ShotMode,
): void {
  walker.area = area;
  walker.obstacles = obstacles;
  const start = nearestFreePoint({ x: eye.x, z: eye.z }, area, obstacles);
  walker.x = start.x;
  walker.z = start.z;
  walker.eyeY = eye.y;
  const dx = target.x - eye.x;
  const dy = target.y - eye.y;
  const dz = target.z - eye.z;
  walker.yaw = Math.atan2(-dx, -dz);
  walker.pitch = Math.max(-maxPitch, Math.min(maxPitch, Math.atan2(dy, Math.hypot(dx, dz))));
  walker.goal = null;
  walker.blocked = false;
  writeShot();
  requestCameraShot(cameraShot.eye, cameraShot.target, mode, true);
}

/** Keeps the camera shot on the visitor's eyes. */
function writeShot(): void {
  const cosPitch = Math.cos(walker.pitch);
  cameraShot.eye.set(walker.x, walker.eyeY, walker.z);
  cameraShot.target.set(
    walker.x - Math.sin(walker.yaw) * cosPitch * lookDistance,
    walker.eyeY + Math.sin(walker.pitch) * lookDistance,
    walker.z - Math.cos(walker.yaw) * cosPitch * lookDistance,
  );
  for (const listener of walker.listeners) listener();
}

/** Turns the head by a drag of the pointer (radians). */
export function lookBy(deltaYaw: number, deltaPitch: number): void {
  walker.yaw += deltaYaw;
  walker.pitch = Math.max(-maxPitch, Math.min(maxPitch, walker.pitch + deltaPitch));
  writeShot();
  invalidateStage();
}

/** Turns the visitor to face a point (e.g. the machine whose hotspot got keyboard focus off screen). */
export function faceTowards(point: FloorPoint): void {
  walker.yaw = Math.atan2(-(point.x - walker.x), -(point.z - walker.z));
  writeShot();
  invalidateStage();
}

/** Asks to walk to a point of the floor (a click or tap); the nearest free spot if it is taken. */
export function walkTo(point: FloorPoint): void {
  walker.goal = nearestFreePoint(point, walker.area, walker.obstacles);
  invalidateStage();
}

function angleDifference(a: number, b: number): number {
  return Math.atan2(Math.sin(a - b), Math.cos(a - b));
}

/** Advances the visitor by `dt` seconds; true while something is still moving (keep drawing). Allocates nothing. */
export function stepWalker(dt: number): boolean {
  const { held } = walker;
  const turn = (held.left ? 1 : 0) - (held.right ? 1 : 0);
  const move = (held.forward ? 1 : 0) - (held.back ? 1 : 0);
  if (turn === 0 && move === 0 && walker.goal === null) return false;
  walker.yaw += turn * turnSpeed * dt;
  stepTarget.x = walker.x;
  stepTarget.z = walker.z;
  if (move !== 0) {
    walker.goal = null;
    stepTarget.x = walker.x - Math.sin(walker.yaw) * move * walkSpeed * dt;
    stepTarget.z = walker.z - Math.cos(walker.yaw) * move * walkSpeed * dt;
  } else if (walker.goal) {
    const dx = walker.goal.x - walker.x;
    const dz = walker.goal.z - walker.z;
    const distance = Math.hypot(dx, dz);
    if (distance < 0.05) {
      walker.goal = null;
    } else {
      const stride = Math.min(distance, walkSpeed * dt);
      stepTarget.x = walker.x + (dx / distance) * stride;
      stepTarget.z = walker.z + (dz / distance) * stride;
      // Face where you walk, gently, as a 3D tour does.
      const heading = Math.atan2(-dx, -dz);
      walker.yaw += angleDifference(heading, walker.yaw) * Math.min(1, dt * 4);
    }
  }
  walker.blocked = constrainStep(walker, stepTarget, walker.area, walker.obstacles, stepEnd);
  if (walker.goal && stepEnd.x === walker.x && stepEnd.z === walker.z) walker.goal = null; // stuck: give up
  walker.x = stepEnd.x;
  walker.z = stepEnd.z;
  writeShot();
  return true;
}
