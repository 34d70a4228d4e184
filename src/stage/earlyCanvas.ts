import type { ReconcilerRoot } from "@react-three/fiber";

/**
 * A canvas whose fiber root was made, and its scene mounted and drawn, before the page's React
 * tree mounted (`shell/earlyStage.tsx`). The page's stage canvas (`StageCanvas` with
 * `adoptEarlyCanvas`) takes it over as it is: the same WebGL context, scene, camera and compiled
 * shaders, so the picture on screen stays and nothing is made twice.
 */
export interface EarlyCanvas {
  canvas: HTMLCanvasElement;
  /** Fiber's root on it (fiber warns when a second `createRoot` is asked for the same canvas). */
  root: ReconcilerRoot<HTMLCanvasElement>;
  /** Called once the canvas is in the page's stage (the early host can go). */
  taken: () => void;
}

let offered: EarlyCanvas | null = null;

/** Offers (or, with null, withdraws) the early canvas to the page's stage. */
export function offerEarlyCanvas(early: EarlyCanvas | null): void {
  offered = early;
}

/** The early canvas on offer, if any; it stays on offer until `earlyCanvasTaken`. */
export function peekEarlyCanvas(): EarlyCanvas | null {
  return offered;
}

/** The page's stage now holds `early`: it is no longer on offer, and its host is told. */
export function earlyCanvasTaken(early: EarlyCanvas): void {
  if (offered === early) offered = null;
  early.taken();
}
