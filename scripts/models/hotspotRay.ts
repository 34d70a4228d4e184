import { Box3, type Object3D, Raycaster, Vector3 } from "three";

/** What the ray from a viewpoint to a machine's hotspot (its bounding box centre) hits first. */
export interface HotspotRay {
  /** Centre of the machine's world bounding box, where the app anchors the hotspot. */
  centre: Vector3;
  /** The first object hit, or null when the ray hits nothing. */
  firstHit: Object3D | null;
  /** Whether that object is the machine or one of its descendants. */
  hitsMachine: boolean;
}

function isWithin(object: Object3D, ancestor: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) if (o === ancestor) return true;
  return false;
}

/**
 * Casts the ray the app casts when the hotspot is clicked: from `eye` through the centre of
 * `machine`'s bounding box, into `scene` (world matrices must be up to date). `precise` picks
 * three's vertex-exact bounds instead of its default (transformed geometry boxes); the app may
 * use either, so checks try both.
 */
export function castHotspotRay(
  scene: Object3D,
  machine: Object3D,
  eye: Vector3,
  precise = false,
): HotspotRay {
  const centre = new Box3().setFromObject(machine, precise).getCenter(new Vector3());
  const direction = centre.clone().sub(eye).normalize();
  const hits = new Raycaster(eye, direction, 0.01, 1000).intersectObject(scene, true);
  const firstHit = hits[0]?.object ?? null;
  return { centre, firstHit, hitsMachine: firstHit !== null && isWithin(firstHit, machine) };
}
