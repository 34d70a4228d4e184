import type { Route } from "../state/route";

/** Own tours (the builder's, a shared link's) have ids of their own: `perso-…`. */
function namesOwnTour(route: Route): boolean {
  return "tour" in route && typeof route.tour === "string" && route.tour.startsWith("perso-");
}

/**
 * Loads the teacher's own tours (IndexedDB, this tab's link tours) when the first view needs them
 * (it plays one), else once it is up. NOTE: checking them needs the pack's schemas (zod), which a
 * workshop or the town does without before its first frame.
 */
export function loadOwnToursFor(route: Route, firstView: Promise<void>): void {
  const when = namesOwnTour(route) ? Promise.resolve() : firstView;
  void when.then(() => import("../state/ownToursActions")).then((ownTours) => ownTours.loadOwnTours());
}
