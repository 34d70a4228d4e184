import { type AppState, appStore } from "../state/appStore";
import type { Route } from "../state/route";
import { isStageView } from "./startEarly";

/** The first view is up: its scene drawn or its failure shown, or the content pack failed. */
function sceneSettled(state: AppState): boolean {
  return (
    state.drawnSceneKey !== null ||
    state.webglProblem !== null ||
    state.modelFailure !== null ||
    state.content.status === "error"
  );
}

/**
 * Resolves once the first view no longer needs the machine: a 3D view's first frame drawn (or its
 * failure shown), a 2D page loaded; at the latest after `maxMs`. What can wait (the offline
 * worker's precaching) starts then, instead of competing with the first view for two cores.
 */
export function firstViewSettled(route: Route, maxMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, maxMs);
    let unsubscribe = () => {};
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
    if (!isStageView(route)) {
      if (document.readyState === "complete") done();
      else window.addEventListener("load", done, { once: true });
      return;
    }
    if (sceneSettled(appStore.getState())) return done();
    unsubscribe = appStore.subscribe((state) => {
      if (sceneSettled(state)) done();
    });
  });
}
