import { Vector3 } from "three";
import { cameraMoving } from "../state/actions";
import { invalidateStage } from "./invalidateStage";

/** How the camera reaches a new shot: at once, or flying there. */
export type ShotMode = "cut" | "fly";

/**
 * The shot the camera should show, written by the scene on screen and read by `CameraRig`
 * each frame. A mutable module object, not React state: it is a per-frame value.
 */
export const cameraShot = {
  eye: new Vector3(0, 40, 40),
  target: new Vector3(0, 0, 0),
  mode: "cut" as ShotMode,
  /** Bumped on every request so the rig knows a new shot arrived. */
  version: 0,
  /**
   * True while a walker drives the shot frame by frame (inside a workshop): the rig then keeps the
   * camera on the shot. False where orbit controls own the camera once the shot is reached (town).
   */
  follow: false,
};

export function requestCameraShot(
  eye: Readonly<{ x: number; y: number; z: number }>,
  target: Readonly<{ x: number; y: number; z: number }>,
  mode: ShotMode,
  follow = false,
): void {
  cameraShot.follow = follow;
  cameraShot.eye.set(eye.x, eye.y, eye.z);
  cameraShot.target.set(target.x, target.y, target.z);
  cameraShot.mode = mode;
  cameraShot.version += 1;
  cameraMoving();
  invalidateStage();
}
