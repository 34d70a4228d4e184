import type { Quality } from "../state/preferencesSlice";

/**
 * Whether the town's calm animations (waves, ship, turbines, smoke) play: not when the visitor
 * asked the system for reduced motion, nor in "économe" quality, where the frame loop must sleep.
 */
export function townAnimates(quality: Quality, reducedMotion: boolean): boolean {
  return quality !== "econome" && !reducedMotion;
}
