import { Box3, Ray, Vector3 } from "three";
import type { MachinePlacement } from "../layout/arcLayout";
import { hall, innerHalfDepth, innerHalfWidth } from "../layout/hallDimensions";
import type { WorkLoop } from "./workLoops";

/** A rectangle of the floor, in the workshop's frame. */
export interface FloorArea {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** Where a worker stands: origin on the floor, yaw turning their +Z (the way they face). */
export interface WorkerSpot {
  x: number;
  z: number;
  yaw: number;
  /** The floor the worker takes over their whole loop: a walking obstacle in the app. */
  area: FloorArea;
}

/** The worker's floor over their loop, in their own frame (+Z ahead), and their distance to the machine. */
function reachOf(loop: WorkLoop, pace: number): { area: FloorArea; standoff: number } {
  switch (loop) {
    case "wheel":
      return { area: { minX: -0.35, maxX: 0.35, minZ: -0.25, maxZ: 0.72 }, standoff: 0.82 };
    case "bench":
      return { area: { minX: -0.35, maxX: 0.35, minZ: -0.25, maxZ: 0.5 }, standoff: 0.4 };
    case "console":
      return { area: { minX: -0.35, maxX: 0.35, minZ: -0.25, maxZ: 0.45 }, standoff: 0.42 };
    case "walk":
      return { area: { minX: -0.4, maxX: 0.4, minZ: -0.4, maxZ: pace + 0.4 }, standoff: 0.8 };
    default:
      return { area: { minX: -0.35, maxX: 0.35, minZ: -0.25, maxZ: 0.45 }, standoff: 0.6 };
  }
}

function rectOf(placement: MachinePlacement): FloorArea {
  const xs = placement.corners.map(([x]) => x);
  const zs = placement.corners.map(([, z]) => z);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minZ: Math.min(...zs), maxZ: Math.max(...zs) };
}

function overlaps(a: FloorArea, b: FloorArea, gap: number): boolean {
  return !(
    a.maxX + gap <= b.minX ||
    b.maxX + gap <= a.minX ||
    a.maxZ + gap <= b.minZ ||
    b.maxZ + gap <= a.minZ
  );
}

/** The area `local` (worker frame) once the worker stands at (x, z) turned by `yaw` (a multiple of 90°). */
function placedArea(local: FloorArea, x: number, z: number, yaw: number): FloorArea {
  const c = Math.round(Math.cos(yaw));
  const s = Math.round(Math.sin(yaw));
  const corners = [
    [local.minX, local.minZ],
    [local.maxX, local.minZ],
    [local.maxX, local.maxZ],
    [local.minX, local.maxZ],
  ].map(([lx = 0, lz = 0]) => [x + c * lx + s * lz, z - s * lx + c * lz] as const);
  const xs = corners.map(([px]) => px);
  const zs = corners.map(([, pz]) => pz);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minZ: Math.min(...zs), maxZ: Math.max(...zs) };
}

const workerHeight = 2;
const debug = process.env.WORKERS_DEBUG === "1";

/** Whether the ray from the eye to `centre` passes through the worker's space. */
function blocksRay(area: FloorArea, eye: Vector3, centre: Vector3): boolean {
  const margin = 0.15;
  const box = new Box3(
    new Vector3(area.minX - margin, 0, area.minZ - margin),
    new Vector3(area.maxX + margin, workerHeight + margin, area.maxZ + margin),
  );
  const direction = centre.clone().sub(eye);
  const length = direction.length();
  const hit = new Ray(eye, direction.normalize()).intersectBox(box, new Vector3());
  return hit !== null && hit.distanceTo(eye) < length;
}

/** The four sides of a machine's rectangle: outward normal, and the side's ends. */
function sidesOf(
  rect: FloorArea,
): { normal: [number, number]; from: [number, number]; to: [number, number] }[] {
  return [
    { normal: [0, 1], from: [rect.minX, rect.maxZ], to: [rect.maxX, rect.maxZ] },
    { normal: [0, -1], from: [rect.minX, rect.minZ], to: [rect.maxX, rect.minZ] },
    { normal: [1, 0], from: [rect.maxX, rect.minZ], to: [rect.maxX, rect.maxZ] },
    { normal: [-1, 0], from: [rect.minX, rect.minZ], to: [rect.minX, rect.maxZ] },
  ];
}

/** Yaw turning +Z to the direction (dx, dz) (axis-aligned). */
function yawOf(dx: number, dz: number): number {
  return Math.atan2(dx, dz);
}

export interface WorkerRequest {
  machineIndex: number;
  loop: WorkLoop;
  pace: number;
}

/**
 * Places the workers of a workshop beside their machines, on the walkable floor, facing the
 * machine (walkers along one of its sides): never inside a machine or another worker, clear of
 * the entrance aisle and the side doors, and never across the ray from the entrance eye to any
 * machine's hotspot (the centre of its box), so that every hotspot stays clickable. Sides seen
 * from the eye come first. Throws when a worker finds no place (the content then needs a look).
 */
export function placeWorkers(
  requests: readonly WorkerRequest[],
  placements: readonly MachinePlacement[],
  centres: readonly Vector3[],
): WorkerSpot[] {
  const eye = new Vector3(hall.eye.x, hall.eye.y, hall.eye.z);
  const rects = placements.map(rectOf);
  const taken: FloorArea[] = [];
  const spots: WorkerSpot[] = [];
  for (const request of requests) {
    const rect = rects[request.machineIndex];
    const own = centres[request.machineIndex];
    if (!rect || !own) throw new Error(`worker for machine #${request.machineIndex}: no such machine`);
    const { area: local, standoff } = reachOf(request.loop, request.pace);
    const toEye = (normal: [number, number]): number =>
      normal[0] * (eye.x - own.x) + normal[1] * (eye.z - own.z);
    const sides = sidesOf(rect).sort((a, b) => toEye(b.normal) - toEye(a.normal));
    // Prefer the sides that face the eye, but not the one the eye looks at straight on first.
    const lateralFirst = [...sides.slice(1, 3), sides[0], sides[3]].filter((s) => s !== undefined);
    // At a bench or a console, the operator stands at the machine's front (its +Z, where its
    // screens and work top face), if the hotspot rays leave room there.
    const placement = placements[request.machineIndex];
    const fx = Math.round(Math.sin(placement?.yaw ?? 0));
    const fz = Math.round(Math.cos(placement?.yaw ?? 0));
    const atFront = request.loop === "bench" || request.loop === "console";
    const ordered = atFront
      ? [
          ...lateralFirst.filter((side) => side.normal[0] === fx && side.normal[1] === fz),
          ...lateralFirst.filter((side) => side.normal[0] !== fx || side.normal[1] !== fz),
        ]
      : lateralFirst;
    let found: WorkerSpot | null = null;
    for (const gap of [0.6, 0.35]) {
      for (const side of ordered) {
        const [nx, nz] = side.normal;
        const length = Math.hypot(side.to[0] - side.from[0], side.to[1] - side.from[1]);
        const tx = (side.to[0] - side.from[0]) / length;
        const tz = (side.to[1] - side.from[1]) / length;
        // Along the side: start from the end nearer the eye.
        const nearEnd =
          Math.hypot(side.from[0] - eye.x, side.from[1] - eye.z) <=
          Math.hypot(side.to[0] - eye.x, side.to[1] - eye.z);
        const fractions = request.loop === "walk" ? [0.1, 0.2] : [0.25, 0.5, 0.75, 0.12, 0.88];
        for (const f of fractions) {
          const along = nearEnd ? f : 1 - f;
          const px = side.from[0] + tx * length * along + nx * standoff;
          const pz = side.from[1] + tz * length * along + nz * standoff;
          let yaw: number;
          if (request.loop === "walk") {
            const dir = nearEnd ? 1 : -1;
            if (length < request.pace + 0.8) continue;
            yaw = yawOf(tx * dir, tz * dir);
          } else {
            yaw = yawOf(-nx, -nz);
          }
          const area = placedArea(local, px, pz, yaw);
          const floorMargin = 0.5;
          const why = (reason: string): void => {
            if (debug) console.log(request.machineIndex, request.loop, side.normal, f, reason);
          };
          if (
            area.minX < -innerHalfWidth + floorMargin ||
            area.maxX > innerHalfWidth - floorMargin ||
            area.minZ < -innerHalfDepth + floorMargin ||
            area.maxZ > hall.machineZone.maxZ + 1.2
          ) {
            why(`off the floor ${JSON.stringify(area)}`);
            continue;
          }
          // The hands (and a bent back) may reach over the machine's edge; the body stays outside.
          if (
            overlaps(
              placedArea(
                request.loop === "walk" ? local : { ...local, maxZ: Math.min(local.maxZ, 0.25) },
                px,
                pz,
                yaw,
              ),
              rect,
              0.02,
            )
          ) {
            why("in its machine");
            continue;
          }
          if (rects.some((r, i) => i !== request.machineIndex && overlaps(area, r, gap))) {
            why("near another machine");
            continue;
          }
          if (taken.some((t) => overlaps(area, t, 0.3))) {
            why("near another worker");
            continue;
          }
          if (centres.some((c) => blocksRay(area, eye, c))) {
            why("across a hotspot ray");
            continue;
          }
          found = { x: px, z: pz, yaw, area };
          break;
        }
        if (found) break;
      }
      if (found) break;
    }
    if (!found)
      throw new Error(`no room for the worker of machine #${request.machineIndex} (${request.loop})`);
    taken.push(found.area);
    spots.push(found);
  }
  return spots;
}
