import { Box3, type Object3D, Vector3 } from "three";
import { floorNodeName, floorNodePrefix, parseFloorNodeName } from "../content/modelContract/nodeNames";
import type { Workshop } from "../content/schema";
import { fitDistance } from "../stage/lens";
import { findGltfNode, findGltfNodesByPrefix, gltfName } from "./gltfNames";
import type { FloorRect } from "./walkCollision";

/** A machine as found in the model: its node, and the box the hotspot and highlight use. */
export interface MachineAnchor {
  machineId: string;
  node: Object3D;
  /** Centre of the machine's world bounding box: where its hotspot sits. */
  centre: Vector3;
  size: Vector3;
}

export interface WorkshopAnchors {
  /** The walkable floor (`floor:<workshop>`), as a rectangle of the ground plane. */
  floor: FloorRect;
  eye: Vector3;
  target: Vector3;
  machines: MachineAnchor[];
}

const fallbackEye = new Vector3(0, 4, 12);

/** Reads the viewpoint's target from `extras.target`, else 10 m along the node's -Z axis. */
function viewpointTarget(viewpoint: Object3D, eye: Vector3): Vector3 {
  const extras = viewpoint.userData as { target?: unknown };
  const target = extras.target;
  if (Array.isArray(target) && target.length === 3 && target.every((n) => typeof n === "number")) {
    return new Vector3(target[0], target[1], target[2]);
  }
  const forward = new Vector3(0, 0, -1).transformDirection(viewpoint.matrixWorld);
  return eye.clone().addScaledVector(forward, 10);
}

/** Finds a workshop's viewpoint and machines in a loaded model, by the node names of the pack. */
export function findWorkshopAnchors(scene: Object3D, workshop: Workshop): WorkshopAnchors {
  scene.updateMatrixWorld(true);
  const viewpoint = findGltfNode(scene, workshop.viewpoint);
  const eye = viewpoint ? viewpoint.getWorldPosition(new Vector3()) : fallbackEye.clone();
  const target = viewpoint ? viewpointTarget(viewpoint, eye) : new Vector3();
  const machines: MachineAnchor[] = [];
  for (const machine of workshop.machines) {
    const node = findGltfNode(scene, machine.node);
    if (!node) continue;
    const box = new Box3().setFromObject(node);
    machines.push({
      machineId: machine.id,
      node,
      centre: box.getCenter(new Vector3()),
      size: box.getSize(new Vector3()),
    });
  }
  const floorNode = findGltfNode(scene, floorNodeName(workshop.id));
  const floorBox = floorNode ? new Box3().setFromObject(floorNode) : undefined;
  const floor = floorBox
    ? { minX: floorBox.min.x, maxX: floorBox.max.x, minZ: floorBox.min.z, maxZ: floorBox.max.z }
    : { minX: eye.x - 15, maxX: eye.x + 15, minZ: eye.z - 15, maxZ: eye.z + 15 };
  return { floor, eye, target, machines };
}

/** The machines' footprints, which the visitor walks around. */
export function machineFootprints(machines: ReadonlyArray<MachineAnchor>): FloorRect[] {
  return machines.map(({ centre, size }) => ({
    minX: centre.x - size.x / 2,
    maxX: centre.x + size.x / 2,
    minZ: centre.z - size.z / 2,
    maxZ: centre.z + size.z / 2,
  }));
}

/** The machine a clicked object belongs to: the nearest ancestor that is a machine node. */
export function machineOfObject(
  object: Object3D | null,
  anchors: ReadonlyArray<MachineAnchor>,
): string | undefined {
  for (let current = object; current; current = current.parent) {
    const anchor = anchors.find((a) => a.node === current);
    if (anchor) return anchor.machineId;
  }
  return undefined;
}

/** Every hall of the model (`floor:<workshop>` nodes), as ground rectangles. */
export function findHalls(
  scene: Object3D,
): { workshopId: string; minX: number; maxX: number; minZ: number; maxZ: number }[] {
  scene.updateMatrixWorld(true);
  const halls: { workshopId: string; minX: number; maxX: number; minZ: number; maxZ: number }[] = [];
  for (const node of findGltfNodesByPrefix(scene, floorNodePrefix)) {
    const workshopId = parseFloorNodeName(gltfName(node));
    if (workshopId === undefined) continue;
    const box = new Box3().setFromObject(node);
    halls.push({ workshopId, minX: box.min.x, maxX: box.max.x, minZ: box.min.z, maxZ: box.max.z });
  }
  return halls;
}

/** Height of the framing shot above the machine, as an angle (radians). */
const framingElevation = 0.45;

/**
 * A shot that frames one machine (a tour's stop): looking at its centre from the side of the
 * workshop's viewpoint, slightly above, far enough back for its whole box to fit the lens, but no
 * farther than the viewpoint itself (beyond it would be the hall's walls).
 */
export function framingShot(
  machine: Pick<MachineAnchor, "centre" | "size">,
  viewpoint: Readonly<{ x: number; z: number }>,
  aspect: number,
  fovDegrees: number,
): { eye: Vector3; target: Vector3 } {
  const target = machine.centre.clone();
  const radius = Math.max(0.5, machine.size.length() / 2);
  const fit = fitDistance(radius * 1.15, fovDegrees, Math.max(0.2, aspect));
  let dx = viewpoint.x - target.x;
  let dz = viewpoint.z - target.z;
  const reach = Math.hypot(dx, dz);
  if (reach < 1e-3) {
    dx = 0;
    dz = 1;
  } else {
    dx /= reach;
    dz /= reach;
  }
  const distance = reach < 1e-3 ? fit : Math.min(fit, Math.max(reach, radius * 1.5));
  const ground = distance * Math.cos(framingElevation);
  const eye = new Vector3(
    target.x + dx * ground,
    target.y + distance * Math.sin(framingElevation),
    target.z + dz * ground,
  );
  return { eye, target };
}
