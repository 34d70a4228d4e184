import { PerspectiveCamera, Vector3 } from "three";
import type { DistrictPlacement } from "../content/modelContract/townLayout";

interface Point {
  x: number;
  y: number;
  z: number;
}

/** Camera tilt above the horizon when looking at the town: low enough to see the hills and the bay. */
const elevation = (42 * Math.PI) / 180;
/** Steeper on a tall screen (a phone held upright), where the depth has room and the width has not. */
const tallElevation = (54 * Math.PI) / 180;
/** How much of the bay in front of the shore the shot keeps, in metres. */
const bayDepth = 24;
/** Points of the framed box must project inside this part of the screen (normalised, 1 = edge). */
const margin = 0.94;

const probe = new PerspectiveCamera();
const corner = new Vector3();

/**
 * Where the camera looks at the town from: from above the bay, tilted towards the hills, as close
 * as it can while every district and a strip of the bay stay on screen whatever the stage's shape
 * (`aspect` = width / height, `fovDegrees` vertical). On a tall screen (a phone held upright) only
 * the middle of the town's width is framed, so that the districts stay big enough to tap.
 */
export function townShot(
  districts: ReadonlyArray<DistrictPlacement>,
  aspect: number,
  fovDegrees = 50,
): { eye: Point; target: Point } {
  if (districts.length === 0) return { eye: { x: 0, y: 60, z: 60 }, target: { x: 0, y: 0, z: 0 } };
  const half = (districts[0]?.size ?? 20) / 2;
  const west = Math.min(...districts.map((d) => d.x)) - half;
  const east = Math.max(...districts.map((d) => d.x)) + half;
  const back = Math.min(...districts.map((d) => d.z)) - half;
  const front = Math.max(...districts.map((d) => d.z)) + half + bayDepth;
  const keep = aspect < 1 ? 0.62 : 1;
  const cx = (west + east) / 2;
  const halfWidth = ((east - west) / 2) * keep;
  const target = new Vector3(cx, 0, (back + front) / 2);
  const tilt = aspect < 1 ? tallElevation : elevation;
  const direction = new Vector3(0, Math.sin(tilt), Math.cos(tilt));
  probe.fov = fovDegrees;
  probe.aspect = aspect;
  probe.near = 0.1;
  probe.far = 5000;
  probe.updateProjectionMatrix();
  const fits = (distance: number): boolean => {
    probe.position.copy(direction).multiplyScalar(distance).add(target);
    probe.lookAt(target);
    probe.updateMatrixWorld(true);
    for (const x of [cx - halfWidth, cx + halfWidth]) {
      for (const [y, z] of [
        [0, back],
        [12, back],
        [0, front],
      ] as const) {
        corner.set(x, y, z).project(probe);
        if (Math.abs(corner.x) > margin || Math.abs(corner.y) > margin || corner.z > 1) return false;
      }
    }
    return true;
  };
  let near = 5;
  let far = 2000;
  for (let i = 0; i < 40; i++) {
    const mid = (near + far) / 2;
    if (fits(mid)) far = mid;
    else near = mid;
  }
  const eye = direction.multiplyScalar(far).add(target);
  return { eye: { x: eye.x, y: eye.y, z: eye.z }, target: { x: target.x, y: target.y, z: target.z } };
}
