import { townModelPath } from "../content/modelContract/townModelPath";
import { conventionalModelPath, prefetchModel } from "../stage/modelPrefetch";
import type { Route } from "../state/route";
import { loadStageChunk } from "./stageChunk";

/** Views whose page is (or shows) the 3D stage. */
const stageViews: ReadonlySet<Route["view"]> = new Set(["town", "workshop", "tour"]);

/** Whether the route's page is (or shows) the 3D stage. */
export function isStageView(route: Route): boolean {
  return stageViews.has(route.view);
}

/**
 * Starts, from the entry script and before React mounts, what the URL's view will wait for:
 * the 3D chunk (Vite preloads its imports alongside) and the view's model (a workshop's company,
 * the town).
 * The scene's part of the content pack is already on its way (preload links in index.html, see
 * `scenePartFileNames` in content/contentFileNames.ts).
 * Nothing is fetched twice: the stage's `lazy()` import gets the same module, and the model
 * loader takes the prefetched bytes.
 */
export function startEarly(route: Route): void {
  if (!isStageView(route)) return;
  if (route.view === "workshop") prefetchModel(conventionalModelPath(route.company));
  if (route.view === "town") prefetchModel(townModelPath);
  // NOTE: the town and a workshop import the early stage instead (main.tsx), whose own imports are
  // the 3D code: the page's stage chunk, with the panels, would only delay their first frame.
  if (route.view === "workshop" || route.view === "town") return;
  loadStageChunk().catch(() => {
    // Offline or a stale build: React's lazy() import reports it where the stage is shown.
  });
}
