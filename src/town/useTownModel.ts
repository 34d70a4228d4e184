import { useEffect, useState } from "react";
import { type AnimationClip, LoaderUtils, type Mesh, type Object3D } from "three";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { type GLTF, GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { fallbackPrototypeName, prototypeName, townModelPath } from "../content/modelContract/townModelPath";
import { takePrefetchedModel } from "../stage/modelPrefetch";
import { announceParsedModel, modelUrl } from "../stage/useCompanyModel";
import { modelProgressed } from "../state/actions";
import { prepareWavedSea, type WaveClock, type WavedSea } from "./seaWaves";

/** The town model, ready to draw: its scene, clips, the sea's wave clock and the building prototypes. */
export interface TownModel {
  scene: Object3D;
  clips: AnimationClip[];
  waves: WaveClock;
  /** The sea and its waves, swapped in after the first frame (`SeaWaves`); none without a sea. */
  sea: WavedSea | null;
  /** The building of a company of this sector (the model's `company:<sector>`), to clone. */
  prototypeFor: (sectorId: string) => Mesh | null;
}

/** Where the town model is: on its way, ready, or missing or unreadable (the town then draws without it). */
export type TownModelState =
  | { status: "loading" }
  | { status: "ready"; model: TownModel }
  | { status: "failed" };

/** Waves for the sea, prototypes indexed: done once per loaded file. */
function prepare(gltf: GLTF): TownModel {
  const waves: WaveClock = { value: 0 };
  let sea: WavedSea | null = null;
  gltf.scene.traverse((object) => {
    const mesh = object as Mesh;
    if (mesh.isMesh && mesh.userData.name === "sea") sea = prepareWavedSea(mesh, waves);
  });
  const prototypes = new Map<string, Mesh>();
  for (const scene of gltf.scenes) {
    if (scene === gltf.scene) continue;
    scene.traverse((object) => {
      const name = object.userData.name;
      if ((object as Mesh).isMesh && typeof name === "string") prototypes.set(name, object as Mesh);
    });
  }
  return {
    scene: gltf.scene,
    clips: gltf.animations,
    waves,
    sea,
    prototypeFor: (sectorId) =>
      prototypes.get(prototypeName(sectorId)) ?? prototypes.get(fallbackPrototypeName) ?? null,
  };
}

/** The one load of the town model (kept for the whole visit: the town is where every visit returns). */
let loading: { promise: Promise<TownModel>; model: TownModel | null } | null = null;

/**
 * Starts loading the town model (idempotent). The 3D chunk calls it as soon as it runs on `#/`,
 * and it takes the bytes the entry script already started downloading when there are some.
 */
export function loadTownModel(): Promise<TownModel> {
  if (loading) return loading.promise;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const url = modelUrl(townModelPath);
  const fetchAndParse = () =>
    loader.loadAsync(url, (event) => modelProgressed(event.loaded, event.lengthComputable ? event.total : 0));
  const prefetched = takePrefetchedModel(url);
  const gltfLoaded = prefetched
    ? prefetched.then((buffer) => loader.parseAsync(buffer, LoaderUtils.extractUrlBase(url)), fetchAndParse)
    : fetchAndParse();
  const entry: { promise: Promise<TownModel>; model: TownModel | null } = {
    model: null,
    promise: gltfLoaded.then(
      (gltf) => {
        performance.mark(`usine:model:${url}`);
        announceParsedModel(gltf);
        entry.model = prepare(gltf);
        return entry.model;
      },
      (error: unknown) => {
        // Forget the failure: the next visit of the town tries again.
        loading = null;
        throw error;
      },
    ),
  };
  loading = entry;
  return entry.promise;
}

/**
 * Loads `public/models/town.glb` once and follows it. NOTE: no Suspense and no throw, on purpose:
 * a missing or corrupt town model is not an error to report (the town is drawn without it), and an
 * error thrown through fiber's renderer would also escape to the page as uncaught.
 */
export function useTownModel(): TownModelState {
  const [state, setState] = useState<TownModelState>(() =>
    loading?.model ? { status: "ready", model: loading.model } : { status: "loading" },
  );
  useEffect(() => {
    if (state.status !== "loading") return undefined;
    let live = true;
    loadTownModel().then(
      (model) => {
        if (live) setState({ status: "ready", model });
      },
      (error: unknown) => {
        console.warn(`La ville s'affiche sans son modèle (${townModelPath}) :`, error);
        if (live) setState({ status: "failed" });
      },
    );
    return () => {
      live = false;
    };
  }, [state.status]);
  return state;
}
