import type { Material, Mesh, Object3D, Texture } from "three";

/** How many company models stay in memory: the one on screen and the last ones visited. */
export const retainedModels = 3;

const recent: string[] = [];

/** Frees the GPU buffers and textures of a model that will not be drawn again soon. */
export function disposeModel(root: Object3D): void {
  root.traverse((node) => {
    const mesh = node as Mesh;
    if (!mesh.isMesh) return;
    mesh.geometry.dispose();
    const materials: Material[] = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
    for (const material of materials) {
      for (const value of Object.values(material)) {
        if ((value as Texture | null)?.isTexture) (value as Texture).dispose();
      }
      material.dispose();
    }
  });
}

/**
 * Marks a model as just used and returns the ones that fell out of the small cache (least
 * recently used first): memory stays bounded however many factories a class visits.
 */
export function touchModelAndEvict(path: string): string[] {
  const index = recent.indexOf(path);
  if (index >= 0) recent.splice(index, 1);
  recent.push(path);
  return recent.length > retainedModels ? recent.splice(0, recent.length - retainedModels) : [];
}
