import type { AnimationClip, Object3D } from "three";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";

/** A .glb as three.js sees it in the app: the scene graph (names in `userData.name`) and clips. */
export interface LoadedModel {
  scene: Object3D;
  animations: AnimationClip[];
}

/**
 * Parses .glb bytes with three's GLTFLoader in plain node, meshopt included. NOTE: three strips
 * ':' and '/' from `object.name`; the glTF name is kept in `userData.name`.
 */
export async function loadGlbInNode(bytes: Uint8Array): Promise<LoadedModel> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const gltf = await loader.parseAsync(buffer, "");
  return { scene: gltf.scene, animations: gltf.animations };
}

/** The object whose glTF node name is `name`, or undefined. */
export function findNode(root: Object3D, name: string): Object3D | undefined {
  let found: Object3D | undefined;
  root.traverse((object) => {
    if (!found && object.userData.name === name) found = object;
  });
  return found;
}
