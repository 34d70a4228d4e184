import type { DistrictPlacement } from "./townLayout";
import { townExtent } from "./townLayout";

interface Point {
  x: number;
  y: number;
  z: number;
}

/** Camera tilt above the horizon when looking at the town. */
const elevation = (50 * Math.PI) / 180;

/**
 * Where the camera looks at the town from: above the shore, far enough for the whole town to fit
 * the stage whatever its shape (`aspect` = width / height, `fovDegrees` vertical).
 */
export function townShot(
  districts: ReadonlyArray<DistrictPlacement>,
  aspect: number,
  fovDegrees = 50,
): { eye: Point; target: Point } {
  const { width, depth } = townExtent(districts);
  const halfV = (fovDegrees * Math.PI) / 360;
  const halfH = Math.atan(Math.tan(halfV) * aspect);
  // The ground's depth is foreshortened by the tilt.
  const distance =
    1.08 * Math.max(width / 2 / Math.tan(halfH), (depth * Math.sin(elevation)) / 2 / Math.tan(halfV));
  const target = { x: 0, y: 0, z: -depth / 2 + 3 };
  return {
    eye: { x: 0, y: target.y + Math.sin(elevation) * distance, z: target.z + Math.cos(elevation) * distance },
    target,
  };
}
