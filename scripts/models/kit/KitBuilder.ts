import type { MachineSketch } from "../scene/MachineSketch";

/** What a kit builder may use besides the sketch: a random source seeded by the machine's id. */
export interface KitContext {
  random: () => number;
}

/**
 * Draws one kind of machine into `sketch`, in the machine's frame: origin on the floor at its
 * centre, +Z towards the visitor, metres. Hollow shapes must keep solid geometry at the centre of
 * their bounding box (the app anchors the hotspot there and raycasts to it).
 */
export type KitBuilder = (sketch: MachineSketch, context: KitContext) => void;
