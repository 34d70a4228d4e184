import type { HallSpot } from "../state/sceneSlice";

const elevation = (62 * Math.PI) / 180;

/** The camera above the whole factory, every hall in view (`aspect` = width / height, vertical fov). */
export function overviewShot(halls: ReadonlyArray<HallSpot>, aspect: number, fovDegrees = 50) {
  const minX = Math.min(...halls.map((h) => h.minX));
  const maxX = Math.max(...halls.map((h) => h.maxX));
  const minZ = Math.min(...halls.map((h) => h.minZ));
  const maxZ = Math.max(...halls.map((h) => h.maxZ));
  const halfV = (fovDegrees * Math.PI) / 360;
  const halfH = Math.atan(Math.tan(halfV) * aspect);
  const distance =
    1.5 *
    Math.max(
      (maxX - minX) / 2 / Math.tan(halfH),
      ((maxZ - minZ) * Math.sin(elevation)) / 2 / Math.tan(halfV),
    );
  const target = { x: (minX + maxX) / 2, y: 0, z: (minZ + maxZ) / 2 };
  return {
    eye: { x: target.x, y: Math.sin(elevation) * distance, z: target.z + Math.cos(elevation) * distance },
    target,
  };
}
