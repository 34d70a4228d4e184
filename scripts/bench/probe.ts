import type { Camera, Object3D, WebGLRenderer } from "three";

/** One `renderer.render` call seen in the app: when, how long, and how many shader programs it compiled. */
export interface RenderRecord {
  t0: number;
  t1: number;
  programs: number;
  scene: string;
  camera: string;
  /** Drawn to the canvas (not to a render target: the environment map's passes). */
  screen: boolean;
}

export interface ProbeWindow {
  /** Read by the app (src/shell/benchProbe.ts): expose the renderer to the bench. */
  __USINE_BENCH__?: boolean;
  __usineRenderer?: WebGLRenderer;
  __usineInvalidate?: () => void;
  __benchRenders?: RenderRecord[];
  /** When an array, each render of the app's camera appends its pose (world matrix, projection). */
  __benchPoses?: number[][] | null;
  __benchScene?: Object3D;
  __benchCamera?: Camera;
  /** When each `[data-scene]` was first seen drawn (aria-busy false). */
  __benchDrawn?: Record<string, number>;
  /** When each workshop's hotspots were first seen (`[data-machine]` in the stage). */
  __benchHotspots?: Record<string, number>;
}

export interface ProbeOptions {
  /** Record every render call and when scenes are drawn (the timing runs; not the memory walk). */
  record: boolean;
  /** A quality to start in, written where the app keeps its preferences. */
  quality?: "auto" | "haute" | "econome";
}

/**
 * Runs in the page before its own scripts (`context.addInitScript`); must not close over anything.
 * The app hands its renderer to `window.__usineRenderer` when benched; the setter below wraps its
 * `render` to time each call. A MutationObserver notes when each scene turns drawn.
 */
export function installProbe(options: ProbeOptions): void {
  const w = window as unknown as ProbeWindow;
  w.__USINE_BENCH__ = true;
  if (options.quality) {
    localStorage.setItem(
      "usine-extraordinaire:preferences",
      // NOTE: the version of the app's persisted preferences (src/state/appStore.ts); the bench
      // checks the quality menu's `data-quality` to see that it was taken.
      JSON.stringify({ state: { quality: options.quality }, version: 1 }),
    );
  }
  if (!options.record) return;
  const renders: RenderRecord[] = [];
  const drawn: Record<string, number> = {};
  const hotspots: Record<string, number> = {};
  w.__benchRenders = renders;
  w.__benchDrawn = drawn;
  w.__benchHotspots = hotspots;
  w.__benchPoses = null;
  let current: WebGLRenderer | undefined;
  Object.defineProperty(w, "__usineRenderer", {
    configurable: true,
    get: () => current,
    set(renderer: WebGLRenderer) {
      current = renderer;
      const render = renderer.render.bind(renderer);
      renderer.render = (scene, camera) => {
        const before = renderer.info.programs?.length ?? 0;
        const screen = renderer.getRenderTarget() === null;
        const t0 = performance.now();
        render(scene, camera);
        const t1 = performance.now();
        renders.push({
          t0,
          t1,
          programs: (renderer.info.programs?.length ?? 0) - before,
          scene: scene.uuid,
          camera: camera.uuid,
          screen,
        });
        if (!screen) return;
        w.__benchScene = scene;
        w.__benchCamera = camera;
        w.__benchPoses?.push([...camera.matrixWorld.elements, ...camera.projectionMatrix.elements, t0]);
      };
    },
  });
  const check = () => {
    for (const stage of document.querySelectorAll("[data-scene]")) {
      const key = stage.getAttribute("data-scene");
      if (!key || stage.getAttribute("aria-busy") !== "false") continue;
      if (!(key in drawn)) drawn[key] = performance.now();
      if (!(key in hotspots) && stage.querySelector("[data-machine]")) hotspots[key] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["aria-busy"],
  });
}
