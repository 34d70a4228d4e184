/**
 * The order of the per-frame work, as explicit `useFrame` priorities instead of mount order:
 * the walker moves, then the camera follows, then the DOM anchors are projected with that final
 * camera. NOTE: in fiber a positive priority takes over rendering; negative ones run before the
 * default render, in increasing order.
 */
export const framePriority = {
  /** Walking, machine and town animations: the scene's own motion. */
  motion: -3,
  /** The camera rig: reads the shot that motion wrote. */
  camera: -2,
  /** Screen anchors (hotspots, labels, the panel): need the camera of this frame. */
  anchors: -1,
} as const;
