let worker: Worker | null = null;
/** What the warm-up worker found: true once it has made a WebGL2 context. */
let workerMadeContext: boolean | null = null;

/** True when the warm-up worker has already made a WebGL2 context (so WebGL works here); null until known. */
export function warmUpMadeContext(): boolean | null {
  return workerMadeContext;
}

/**
 * Warms the GPU up from the entry script when the view will show the 3D stage: a worker creates
 * a WebGL context while the main thread loads content and the 3D chunk (see gpuWarmup.worker.ts).
 * Where workers cannot create one (no OffscreenCanvas WebGL), nothing happens.
 */
export function warmGpuUp(): void {
  if (worker || typeof OffscreenCanvas === "undefined" || typeof Worker === "undefined") return;
  try {
    worker = new Worker(new URL("./gpuWarmup.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      workerMadeContext = event.data === true;
      performance.mark("usine:gpu-warm");
    };
    worker.onerror = releaseGpuWarmup;
  } catch {
    worker = null;
  }
}

/** The stage's renderer exists: the warm-up context is no longer needed. */
export function releaseGpuWarmup(): void {
  worker?.terminate();
  worker = null;
}
