import { useFrame, useThree } from "@react-three/fiber";
import { useRef } from "react";
import { Vector3 } from "three";
import { cameraArrived } from "../state/actions";
import { cameraShot } from "./cameraShot";
import { framePriority } from "./framePriority";
import { prefersReducedMotion } from "./prefersReducedMotion";

/** Seconds a camera flight lasts. */
const flightSeconds = 1.2;

interface OrbitLike {
  target: Vector3;
  enabled: boolean;
  update: () => void;
}

const smoothstep = (t: number) => t * t * (3 - 2 * t);

/** Moves the camera to `cameraShot`: a smooth flight, or a cut when asked or when motion is reduced. */
export function CameraRig() {
  const controls = useThree((s) => s.controls) as unknown as OrbitLike | null;
  const flight = useRef({
    version: -1,
    startedAt: 0,
    settled: true,
    fromEye: new Vector3(),
    fromTarget: new Vector3(),
    target: new Vector3(),
  });

  useFrame((state) => {
    const f = flight.current;
    const camera = state.camera;
    if (f.version !== cameraShot.version) {
      f.version = cameraShot.version;
      f.fromEye.copy(camera.position);
      f.fromTarget.copy(controls ? controls.target : f.target);
      f.startedAt =
        cameraShot.mode === "cut" || prefersReducedMotion() ? Number.NEGATIVE_INFINITY : performance.now();
      f.settled = false;
    }
    if (f.settled) {
      if (cameraShot.follow) {
        camera.position.copy(cameraShot.eye);
        camera.lookAt(cameraShot.target);
      }
      return;
    }
    // Timed from the request, not summed from frame deltas: slow frames shorten nothing.
    const progress = Math.min(1, (performance.now() - f.startedAt) / (flightSeconds * 1000));
    const k = smoothstep(progress);
    camera.position.lerpVectors(f.fromEye, cameraShot.eye, k);
    f.target.lerpVectors(f.fromTarget, cameraShot.target, k);
    camera.lookAt(f.target);
    if (controls) {
      controls.target.copy(f.target);
      controls.enabled = progress >= 1;
      controls.update();
    }
    if (progress >= 1) {
      f.settled = true;
      cameraArrived(); // once per flight: a store write at the end, not a per-frame one
    } else state.invalidate();
  }, framePriority.camera);
  return null;
}
