import type { Scene, WebGLRenderer } from "three";
import { invalidateStage } from "../stage/invalidateStage";

interface BenchWindow {
  /** Set by `npm run bench` before the page loads; never set for visitors. */
  __USINE_BENCH__?: boolean;
  __usineRenderer?: WebGLRenderer;
  /** The stage's scene: the tests look up what a scene holds (the town's sky, once it has come). */
  __usineScene?: Scene;
  __usineInvalidate?: () => void;
}

/**
 * Lets the benchmark read draw calls, triangles and GPU memory from the page. The counters
 * accumulate over frames (the bench resets them and divides by the frames drawn), because one
 * visible frame may be drawn in several passes.
 */
export function exposeRendererForBench(renderer: WebGLRenderer, scene: Scene): void {
  const win = window as unknown as BenchWindow;
  // NOTE: once per renderer (the page taking the early stage's canvas over hands it again).
  if (!win.__USINE_BENCH__ || win.__usineRenderer === renderer) return;
  renderer.info.autoReset = false;
  win.__usineRenderer = renderer;
  win.__usineScene = scene;
  win.__usineInvalidate = () => invalidateStage();
}
