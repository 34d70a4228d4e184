import { hall } from "./hallDimensions";

/** A machine's footprint in its own frame (+Z faces the visitor). */
export interface Footprint {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** Where a machine goes in its workshop: translation of its origin, yaw and uniform scale. */
export interface MachinePlacement {
  x: number;
  z: number;
  /** Rotation about Y, radians: 0 or ±π/2 only, so that bounding boxes stay tight. */
  yaw: number;
  scale: number;
  /** The footprint's corners in the workshop frame, in order (for floor markings and checks). */
  corners: [number, number][];
}

const DEG = Math.PI / 180;
/** Clear walking width kept between neighbouring machines, at their nearest corners. */
const walkingGap = 1.6;
/** Machines' nearest corners stay at least this far from the eye, so that they are seen whole. */
const nearestFront = 5;
/** Beyond this angle from straight ahead, a machine turns a quarter to face the middle. */
const quarterTurnAngle = 50 * DEG;

interface Size {
  /** Half sizes along the machine's own X and Z, scaled. */
  halfWidth: number;
  halfDepth: number;
}

interface Slot {
  theta: number;
  radius: number;
  yaw: number;
  /** Angles of the footprint's sides seen from the eye, and its nearest corner's distance. */
  from: number;
  to: number;
  near: number;
}

/** The yaw for a machine standing in direction `theta` from the eye. */
function yawAt(theta: number): number {
  if (Math.abs(theta) < quarterTurnAngle) return 0;
  return theta > 0 ? -Math.PI / 2 : Math.PI / 2;
}

/** Corners (axis-aligned, in order) of a footprint centred at `radius` along `theta` from the eye. */
function cornersAt(theta: number, radius: number, size: Size, yaw: number): [number, number][] {
  const quarter = yaw !== 0;
  const hx = quarter ? size.halfDepth : size.halfWidth;
  const hz = quarter ? size.halfWidth : size.halfDepth;
  const cx = hall.eye.x + Math.sin(theta) * radius;
  const cz = hall.eye.z - Math.cos(theta) * radius;
  return [
    [cx - hx, cz - hz],
    [cx + hx, cz - hz],
    [cx + hx, cz + hz],
    [cx - hx, cz + hz],
  ];
}

/** Seen from the eye: the footprint's angular interval and nearest distance. */
function seenFromEye(corners: [number, number][]): { from: number; to: number; near: number } {
  const angles = corners.map(([x, z]) => Math.atan2(x - hall.eye.x, hall.eye.z - z));
  const near = Math.min(...corners.map(([x, z]) => Math.hypot(x - hall.eye.x, z - hall.eye.z)));
  return { from: Math.min(...angles), to: Math.max(...angles), near };
}

/**
 * The slot at `theta` with a given yaw: the farthest radius up to `preferred` that keeps the
 * footprint in the machine zone (each side of the zone bounds the radius linearly), or null.
 */
function slotWithYaw(theta: number, size: Size, preferred: number, yaw: number): Slot | null {
  const quarter = yaw !== 0;
  const hx = quarter ? size.halfDepth : size.halfWidth;
  const hz = quarter ? size.halfWidth : size.halfDepth;
  const zone = hall.machineZone;
  const { x: ex, z: ez } = hall.eye;
  let low = nearestFront;
  let high = preferred;
  // a · radius ≥ b, for the four sides of the zone.
  const atLeast = (a: number, b: number): void => {
    if (Math.abs(a) < 1e-9) {
      if (b > 0) high = -Infinity;
    } else if (a > 0) low = Math.max(low, b / a);
    else high = Math.min(high, b / a);
  };
  const sin = Math.sin(theta);
  const cos = Math.cos(theta);
  atLeast(sin, zone.minX + hx - ex);
  atLeast(-sin, ex + hx - zone.maxX);
  atLeast(-cos, zone.minZ + hz - ez);
  atLeast(cos, ez + hz - zone.maxZ);
  if (high < low) return null;
  const seen = seenFromEye(cornersAt(theta, high, size, yaw));
  if (seen.near < nearestFront) return null;
  return { theta, radius: high, yaw, ...seen };
}

/**
 * The slot at `theta`: facing the eye (or the middle, far to the side); when `compact`, turned a
 * quarter instead if that takes a narrower sector (long machines then show their end).
 */
function slotAt(theta: number, size: Size, preferred: number, compact: boolean): Slot | null {
  const facing = slotWithYaw(theta, size, preferred, yawAt(theta));
  if (!compact) return facing;
  const turned = slotWithYaw(theta, size, preferred, yawAt(theta) === 0 ? Math.PI / 2 : 0);
  if (!facing || (turned && turned.to < facing.to)) return turned;
  return facing;
}

/**
 * Places machines left to right on an arc in front of the eye, each in its own angular sector
 * seen from the eye: no machine can then hide another, nor the ray to another's centre. Returns
 * null when they do not fit at this scale and distance.
 */
function tryArc(
  sizes: Size[],
  frontRadius: number,
  maxAngle: number,
  extraGap: number,
  compact: boolean,
): Slot[] | null {
  const slots: Slot[] = [];
  let previous: Slot | null = null;
  for (const size of sizes) {
    let placed: Slot | null = null;
    const start = previous ? previous.to : -maxAngle + extraGap;
    for (let theta = start; theta <= maxAngle; theta += 0.25 * DEG) {
      const preferred = frontRadius + Math.max(size.halfWidth, size.halfDepth);
      const slot = slotAt(theta, size, preferred, compact);
      if (!slot) continue;
      const gap = previous ? walkingGap / Math.min(slot.near, previous.near) + extraGap : 0;
      const after = previous ? previous.to + gap : -maxAngle + extraGap;
      if (slot.from >= after) {
        placed = slot;
        break;
      }
    }
    if (!placed) return null;
    slots.push(placed);
    previous = placed;
  }
  return previous && previous.to <= maxAngle - extraGap ? slots : null;
}

/**
 * Lays out a workshop's machines (given their footprints, in content order) on an arc in front
 * of the eye, axis-aligned (so that their bounding boxes, used for hotspots and collisions, are
 * tight). Prefers a compact arc, seen whole from the entrance. When they cannot all fit, only the
 * largest machines are shrunk, in steps, towards a cap on their footprint's longer side.
 */
export function layoutMachines(footprints: Footprint[]): MachinePlacement[] {
  const longest = footprints.map((f) => Math.max(f.maxX - f.minX, f.maxZ - f.minZ, 1e-3));
  for (const cap of [Infinity, 12, 11, 10, 9, 8, 7, 6.5, 6, 5.5, 5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1]) {
    // Gently: a machine twice the cap is shrunk by 2^0.6, not halved, to keep sizes believable.
    const scales = longest.map((length) => Math.min(1, (cap / length) ** 0.6));
    const sizes = footprints.map((f, i) => ({
      halfWidth: ((f.maxX - f.minX) / 2) * (scales[i] ?? 1),
      halfDepth: ((f.maxZ - f.minZ) / 2) * (scales[i] ?? 1),
    }));
    for (const compact of [false, true]) {
      for (const maxAngle of [38 * DEG, 48 * DEG, 58 * DEG, 68 * DEG, 80 * DEG]) {
        for (const frontRadius of [8, 9, 10, 11, 12, 13, 14]) {
          if (!tryArc(sizes, frontRadius, maxAngle, 0, compact)) continue;
          // Spread the machines evenly over the arc with the largest extra gap that still fits.
          let low = 0;
          let high = 20 * DEG;
          for (let i = 0; i < 14; i++) {
            const mid = (low + high) / 2;
            if (tryArc(sizes, frontRadius, maxAngle, mid, compact)) low = mid;
            else high = mid;
          }
          const slots = tryArc(sizes, frontRadius, maxAngle, low, compact) ?? [];
          return slots.map((slot, i) =>
            placementOf(
              slot,
              footprints[i] ?? { minX: 0, maxX: 0, minZ: 0, maxZ: 0 },
              sizes[i] ?? { halfWidth: 0, halfDepth: 0 },
              scales[i] ?? 1,
            ),
          );
        }
      }
    }
  }
  throw new Error(`cannot lay out ${footprints.length} machines in a ${hall.width} m × ${hall.depth} m hall`);
}

function placementOf(slot: Slot, footprint: Footprint, size: Size, scale: number): MachinePlacement {
  const cx = hall.eye.x + Math.sin(slot.theta) * slot.radius;
  const cz = hall.eye.z - Math.cos(slot.theta) * slot.radius;
  // The footprint's centre goes in the slot; the machine's origin may sit off that centre.
  const ox = ((footprint.minX + footprint.maxX) / 2) * scale;
  const oz = ((footprint.minZ + footprint.maxZ) / 2) * scale;
  const cos = Math.round(Math.cos(slot.yaw));
  const sin = Math.round(Math.sin(slot.yaw));
  return {
    x: cx - (cos * ox + sin * oz),
    z: cz - (-sin * ox + cos * oz),
    yaw: slot.yaw,
    scale,
    corners: cornersAt(slot.theta, slot.radius, size, slot.yaw),
  };
}
