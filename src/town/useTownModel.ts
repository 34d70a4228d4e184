import { useMemo } from "react";
import type { AnimationClip, Material, Mesh, Object3D } from "three";
import { useCompanyModel } from "../stage/useCompanyModel";
import { addWaves, type WaveClock } from "./seaWaves";
import { fallbackPrototypeName, prototypeName, townModelPath } from "./townModelPath";

/** The town model, ready to draw: its scene, clips, the sea's wave clock and the building prototypes. */
export interface TownModel {
  scene: Object3D;
  clips: AnimationClip[];
  waves: WaveClock;
  /** The building of a company of this sector (the model's `company:<sector>`), to clone. */
  prototypeFor: (sectorId: string) => Mesh | null;
}

const prepared = new WeakMap<Object3D, TownModel>();

/**
 * Loads `public/models/town.glb` (suspends meanwhile; throws to the nearest error boundary when
 * it is missing or corrupt) and prepares it once: waves on the sea, prototypes indexed.
 */
export function useTownModel(): TownModel {
  const gltf = useCompanyModel(townModelPath);
  return useMemo(() => {
    const cached = prepared.get(gltf.scene);
    if (cached) return cached;
    const waves: WaveClock = { value: 0 };
    gltf.scene.traverse((object) => {
      const mesh = object as Mesh;
      if (mesh.isMesh && mesh.userData.name === "sea") addWaves(mesh.material as Material, waves);
    });
    const prototypes = new Map<string, Mesh>();
    for (const scene of gltf.scenes) {
      if (scene === gltf.scene) continue;
      scene.traverse((object) => {
        const name = object.userData.name;
        if ((object as Mesh).isMesh && typeof name === "string") prototypes.set(name, object as Mesh);
      });
    }
    const model: TownModel = {
      scene: gltf.scene,
      clips: gltf.animations,
      waves,
      prototypeFor: (sectorId) =>
        prototypes.get(prototypeName(sectorId)) ?? prototypes.get(fallbackPrototypeName) ?? null,
    };
    prepared.set(gltf.scene, model);
    return model;
  }, [gltf]);
}
