import type { Object3D } from "three";

/**
 * The node's name as written in the glTF file. NOTE: three's GLTFLoader strips `:` `/` `.` `[` `]`
 * from `object.name` (they are reserved by animation paths) and keeps the original in
 * `userData.name`; the pack's names (`viewpoint:<workshop>`, `machine:<id>`) use `:`.
 */
export function gltfName(object: Object3D): string {
  const original = (object.userData as { name?: unknown }).name;
  return typeof original === "string" ? original : object.name;
}

/** The first node whose glTF name is `name`. */
export function findGltfNode(root: Object3D, name: string): Object3D | undefined {
  let found: Object3D | undefined;
  root.traverse((node) => {
    if (found === undefined && gltfName(node) === name) found = node;
  });
  return found;
}

/** Every node whose glTF name starts with `prefix` (e.g. `floor:`). */
export function findGltfNodesByPrefix(root: Object3D, prefix: string): Object3D[] {
  const nodes: Object3D[] = [];
  root.traverse((node) => {
    if (gltfName(node).startsWith(prefix)) nodes.push(node);
  });
  return nodes;
}
