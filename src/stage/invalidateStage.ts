import { invalidate } from "@react-three/fiber";

let rendererMade = false;

/** The stage's renderer exists (called by `createStageRenderer` once it has made it). */
export function stageRendererMade(): void {
  rendererMade = true;
}

/**
 * Asks the stage for a frame (fiber's global `invalidate`), once its renderer exists. NOTE: where
 * the browser gives no WebGL, fiber keeps the root whose renderer could not be made, without a
 * renderer, and its global `invalidate` then throws on it (`state.gl.xr`): the 2D fallback (a
 * machine list that opens trade panels) calls this too.
 */
export function invalidateStage(): void {
  if (rendererMade) invalidate();
}
