import type { RenderProps, RootState } from "@react-three/fiber";
import { createStageRenderer } from "../stage/stageRenderer";
import { webglFailed } from "../state/actions";
import { exposeRendererForBench } from "./benchProbe";

/**
 * How the stage's canvas is made: the page's (`PageStage`) and the early stage's
 * (`earlyStage.tsx`), one object, so that the page taking the early root over changes nothing.
 */
export const stageCanvasSettings: Pick<
  RenderProps<HTMLCanvasElement>,
  "gl" | "frameloop" | "dpr" | "camera"
> = {
  gl: createStageRenderer,
  frameloop: "demand",
  dpr: [1, 2],
  camera: { fov: 50, near: 0.1, far: 1500, position: [0, 60, 60] },
};

/** Watches the canvas for a lost WebGL context, and for its return (then draws the scene again). */
function watchContext(canvas: HTMLCanvasElement, invalidate: () => void): void {
  canvas.addEventListener("webglcontextlost", (event) => {
    event.preventDefault(); // NOTE: without this the browser never restores the context.
    webglFailed("lost");
  });
  canvas.addEventListener("webglcontextrestored", () => {
    webglFailed(null);
    // NOTE: the frame loop sleeps ("demand"); nothing else would redraw the restored context.
    invalidate();
  });
}

/** Once the page's stage holds its canvas (made, or taken over from the early stage). */
export function stageCanvasCreated({ gl, scene, invalidate }: RootState): void {
  watchContext(gl.domElement, () => invalidate());
  exposeRendererForBench(gl, scene);
}
