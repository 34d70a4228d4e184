import { warmUpMadeContext } from "./gpuWarmup";

/**
 * Whether this browser can draw WebGL at all, asked once on a throwaway canvas before the 3D
 * stage mounts. NOTE: letting three.js find out by failing logs three console errors and an
 * exception; a browser without WebGL (blocklisted driver, `--disable-webgl`, a locked-down school
 * PC) is a normal case here, shown calmly in 2D.
 */
export function webglSupported(): boolean {
  if (typeof document === "undefined") return false;
  // The entry script's warm-up worker already made a context: no throwaway one on the main
  // thread, which would cost as much as the stage's own (hundreds of ms on a CPU renderer).
  if (warmUpMadeContext() === true) return true;
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    if (!gl) return false;
    gl.getExtension("WEBGL_lose_context")?.loseContext(); // give the probe's context back at once
    return true;
  } catch {
    return false;
  }
}
