/**
 * The fixed frame of every generated workshop, in metres, in the workshop node's frame
 * (origin at the centre of the hall's floor, +Z towards the main entrance, Y up).
 */
export const hall = {
  /** Outer size along X and Z. */
  width: 28,
  depth: 20,
  wallHeight: 6,
  wallThickness: 0.3,
  /** Workshops of one company stand side by side along +X, this far apart. */
  spacing: 34,
  /** The visitor's starting eye: near the main entrance, high enough to see machines whole. */
  eye: { x: 0, y: 3.6, z: 8.2 },
  /** Machines stay in this rectangle: clear of the walls and of the front aisle joining the doors. */
  machineZone: { minX: -12.6, maxX: 12.6, minZ: -8.7, maxZ: 4.4 },
  /** Doorways in the side walls (to the neighbouring halls) span this Z range. */
  sideDoor: { minZ: 5.2, maxZ: 8.4, height: 3.6 },
  /** The main gate in the front wall. */
  frontGate: { width: 7, height: 4.6 },
} as const;

/** Inner half sizes: the walkable floor. */
export const innerHalfWidth = hall.width / 2 - hall.wallThickness;
export const innerHalfDepth = hall.depth / 2 - hall.wallThickness;
