import { fitRectDistance } from "../stage/lens";
import type { HallSpot } from "../state/sceneSlice";

const elevation = (62 * Math.PI) / 180;

/** The camera above the whole factory, every hall in view (`aspect` = width / height, vertical fov). */
export function overviewShot(halls: ReadonlyArray<HallSpot>, aspect: number, fovDegrees = 50) {
  const minX = Math.min(...halls.map((h) => h.minX));
  const maxX = Math.max(...halls.map((h) => h.maxX));
  const minZ = Math.min(...halls.map((h) => h.minZ));
  const maxZ = Math.max(...halls.map((h) => h.maxZ));
  // The factory's floor seen from the camera's tilt: its depth is foreshortened by sin(elevation).
  const distance =
    1.5 * fitRectDistance(maxX - minX, (maxZ - minZ) * Math.sin(elevation), fovDegrees, aspect);
  const target = { x: (minX + maxX) / 2, y: 0, z: (minZ + maxZ) / 2 };
  return {
    eye: { x: target.x, y: Math.sin(elevation) * distance, z: target.z + Math.cos(elevation) * distance },
    target,
  };
}
