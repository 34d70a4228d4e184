/** A rectangle on the floor plane (x, z), in metres. */
export interface FloorRect {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

export interface FloorPoint {
  x: number;
  z: number;
}

/** How far the visitor's body keeps from walls and machines. */
export const bodyRadius = 0.45;

function blocked(
  point: FloorPoint,
  area: FloorRect,
  obstacles: ReadonlyArray<FloorRect>,
  radius: number,
): boolean {
  if (point.x < area.minX + radius || point.x > area.maxX - radius) return true;
  if (point.z < area.minZ + radius || point.z > area.maxZ - radius) return true;
  return obstacles.some(
    (o) =>
      point.x > o.minX - radius &&
      point.x < o.maxX + radius &&
      point.z > o.minZ - radius &&
      point.z < o.maxZ + radius,
  );
}

/**
 * Where a step from `from` towards `to` ends: the whole step if nothing is in the way, else the
 * part along one axis (so the visitor slides along a wall), else no move at all. The visitor
 * can never leave `area` nor enter an obstacle, however long a key is held.
 */
export function constrainStep(
  from: FloorPoint,
  to: FloorPoint,
  area: FloorRect,
  obstacles: ReadonlyArray<FloorRect>,
  radius = bodyRadius,
): FloorPoint {
  if (!blocked(to, area, obstacles, radius)) return to;
  const alongX = { x: to.x, z: from.z };
  if (!blocked(alongX, area, obstacles, radius)) return alongX;
  const alongZ = { x: from.x, z: to.z };
  if (!blocked(alongZ, area, obstacles, radius)) return alongZ;
  return from;
}

/** The nearest free point to `point` (used when a viewpoint or a click lands inside a machine). */
export function nearestFreePoint(
  point: FloorPoint,
  area: FloorRect,
  obstacles: ReadonlyArray<FloorRect>,
  radius = bodyRadius,
): FloorPoint {
  const clamped = {
    x: Math.min(Math.max(point.x, area.minX + radius), area.maxX - radius),
    z: Math.min(Math.max(point.z, area.minZ + radius), area.maxZ - radius),
  };
  if (!blocked(clamped, area, obstacles, radius)) return clamped;
  // Search outwards on rings of growing radius; the area is small, a coarse search is enough.
  for (let ring = 0.5; ring < 40; ring += 0.5) {
    for (let k = 0; k < 16; k++) {
      const angle = (k / 16) * Math.PI * 2;
      const candidate = { x: clamped.x + Math.cos(angle) * ring, z: clamped.z + Math.sin(angle) * ring };
      if (!blocked(candidate, area, obstacles, radius)) return candidate;
    }
  }
  return clamped;
}
