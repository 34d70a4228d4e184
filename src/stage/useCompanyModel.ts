import { useLoader } from "@react-three/fiber";
import { LoaderUtils } from "three";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { type GLTF, GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { modelProgressed } from "../state/actions";
import { modelUrl, prefetchedModelUrls, takePrefetchedModel } from "./modelPrefetch";
import { disposeModel, touchModelAndEvict } from "./modelRetention";

export { modelUrl } from "./modelPrefetch";

/**
 * GLTFLoader that first takes the bytes the entry script already started downloading
 * (`modelPrefetch.ts`), so a deep link's model is fetched once, in parallel with everything else.
 * Marks `usine:model:<url>` when a model is parsed (the bench's waterfall reads it).
 */
class CompanyModelLoader extends GLTFLoader {
  override load(
    url: string,
    onLoad: (gltf: GLTF) => void,
    onProgress?: (event: ProgressEvent) => void,
    onError?: (error: unknown) => void,
  ): void {
    const parsed = (gltf: GLTF) => {
      performance.mark(`usine:model:${url}`);
      // NOTE: before onLoad, so the shaders are on their way before React mounts the model.
      announceParsedModel(gltf);
      onLoad(gltf);
    };
    const prefetched = takePrefetchedModel(url);
    if (!prefetched) {
      super.load(url, parsed, onProgress, onError);
      return;
    }
    prefetched.then(
      (buffer) => {
        // NOTE: GLTFLoader.parse throws (rather than calling onError) on bytes that are not glTF
        // at all; uncaught here it would escape as an unhandled rejection and no alert would show.
        try {
          this.parse(buffer, LoaderUtils.extractUrlBase(url), parsed, onError);
        } catch (error) {
          onError?.(error);
        }
      },
      // The early download failed (offline, a wrong guess): the usual path reports the problem.
      () => super.load(url, parsed, onProgress, onError),
    );
  }
}

const parseListeners = new Set<(gltf: GLTF) => void>();

/** Tells the shader warm-up that a model (a company's, the town's) has just been parsed. */
export function announceParsedModel(gltf: GLTF): void {
  for (const listener of parseListeners) listener(gltf);
}

/** Calls `listener` with each model as soon as it is parsed (the shader warm-up); returns the unsubscribe. */
export function onModelParsed(listener: (gltf: GLTF) => void): () => void {
  parseListeners.add(listener);
  return () => parseListeners.delete(listener);
}

/** NOTE: meshopt only; the decoder ships in the bundle, so no request leaves the site (no CDN). */
function configureLoader(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

function reportProgress(event: ProgressEvent): void {
  modelProgressed(event.loaded, event.lengthComputable ? event.total : 0);
}

/**
 * Starts parsing (meshopt decoding) the models the entry script prefetched, as soon as the 3D
 * chunk is there: in parallel with React mounting the canvas, instead of after it.
 */
export function parsePrefetchedModels(): void {
  for (const url of prefetchedModelUrls()) useLoader.preload(CompanyModelLoader, url, configureLoader);
}

/**
 * A company's glTF, loaded once and cached. This is what drei's `useGLTF` does, plus the byte
 * progress that `useGLTF` does not pass on (the progress bar shows real bytes).
 * Suspends while loading; throws to the nearest error boundary when the file is missing or corrupt.
 */
export function useCompanyModel(path: string): GLTF {
  return useLoader(CompanyModelLoader, modelUrl(path), configureLoader, reportProgress);
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
  useLoader.clear(CompanyModelLoader, modelUrl(path));
}

/** Starts loading a model in the background (the next workshop, the next tour stop). */
export function preloadCompanyModel(path: string): void {
  useLoader.preload(CompanyModelLoader, modelUrl(path), configureLoader);
}
