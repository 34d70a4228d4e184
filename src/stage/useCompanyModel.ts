import { useLoader } from "@react-three/fiber";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { type GLTF, GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { modelProgressed } from "../state/actions";
import { disposeModel, touchModelAndEvict } from "./modelRetention";

/** NOTE: meshopt only; the decoder ships in the bundle, so no request leaves the site (no CDN). */
function configureLoader(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

function reportProgress(event: ProgressEvent): void {
  modelProgressed(event.loaded, event.lengthComputable ? event.total : 0);
}

/** Resolves a model path of the pack (relative to `public/`) against the page. */
export function modelUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/**
 * A company's glTF, loaded once and cached. This is what drei's `useGLTF` does, plus the byte
 * progress that `useGLTF` does not pass on (the progress bar shows real bytes).
 * Suspends while loading; throws to the nearest error boundary when the file is missing or corrupt.
 */
export function useCompanyModel(path: string): GLTF {
  return useLoader(GLTFLoader, modelUrl(path), configureLoader, reportProgress);
}

/** Keeps the model of `path` among the recently used ones, and frees those that fall out. */
export function retainCompanyModel(path: string, gltf: GLTF): void {
  loadedModels.set(path, gltf);
  for (const evicted of touchModelAndEvict(path)) {
    const old = loadedModels.get(evicted);
    loadedModels.delete(evicted);
    forgetCompanyModel(evicted);
    if (old) disposeModel(old.scene);
  }
}

const loadedModels = new Map<string, GLTF>();

/** Forgets a failed or unwanted model so the next `useCompanyModel` fetches it again. */
export function forgetCompanyModel(path: string): void {
  useLoader.clear(GLTFLoader, modelUrl(path));
}

/** Starts loading a model in the background (the next workshop, the next tour stop). */
export function preloadCompanyModel(path: string): void {
  useLoader.preload(GLTFLoader, modelUrl(path), configureLoader);
}
