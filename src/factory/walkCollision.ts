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
  x: number,
  z: number,
  area: FloorRect,
  obstacles: ReadonlyArray<FloorRect>,
  radius: number,
): boolean {
  if (x < area.minX + radius || x > area.maxX - radius) return true;
  if (z < area.minZ + radius || z > area.maxZ - radius) return true;
  for (const o of obstacles) {
    if (x > o.minX - radius && x < o.maxX + radius && z > o.minZ - radius && z < o.maxZ + radius) return true;
  }
  return false;
}

/**
 * Where a step from `from` towards `to` ends, written into `out` (which may be `to` itself): the
 * whole step if nothing is in the way, else the part along one axis (so the visitor slides along a
 * wall), else no move at all. The visitor can never leave `area` nor enter an obstacle, however
 * long a key is held. Returns true when something shortened the step. Allocates nothing: it runs
 * every frame while the visitor walks.
 */
export function constrainStep(
  from: Readonly<FloorPoint>,
  to: Readonly<FloorPoint>,
  area: FloorRect,
  obstacles: ReadonlyArray<FloorRect>,
  out: FloorPoint,
  radius = bodyRadius,
): boolean {
  const toX = to.x;
  const toZ = to.z;
  if (!blocked(toX, toZ, area, obstacles, radius)) {
    out.x = toX;
    out.z = toZ;
    return false;
  }
  if (!blocked(toX, from.z, area, obstacles, radius)) {
    out.x = toX;
    out.z = from.z;
  } else if (!blocked(from.x, toZ, area, obstacles, radius)) {
    out.x = from.x;
    out.z = toZ;
  } else {
    out.x = from.x;
    out.z = from.z;
  }
  return true;
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
  if (!blocked(clamped.x, clamped.z, area, obstacles, radius)) return clamped;
  // Search outwards on rings of growing radius; the area is small, a coarse search is enough.
  for (let ring = 0.5; ring < 40; ring += 0.5) {
    for (let k = 0; k < 16; k++) {
      const angle = (k / 16) * Math.PI * 2;
      const candidate = { x: clamped.x + Math.cos(angle) * ring, z: clamped.z + Math.sin(angle) * ring };
      if (!blocked(candidate.x, candidate.z, area, obstacles, radius)) return candidate;
    }
  }
  return clamped;
}
