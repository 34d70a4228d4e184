/**
 * The system's reduced-motion preference, now: camera moves cut instead of flying, machines and
 * the town stay still. Read when needed (it can change while the page is open).
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
