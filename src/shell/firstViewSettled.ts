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
 * Calls `then` once the page has painted what the store holds now (the next frame), and the
 * browser has had a turn: work started there no longer delays that paint. At most `fallbackMs`
 * later where no frame comes (a hidden tab draws none).
 */
function afterNextPaint(then: () => void, fallbackMs = 500): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}

/**
 * Resolves once the first view no longer needs the machine: a 3D view's first frame drawn (or its
 * failure shown) and that shown on the page (the stage no longer busy), a 2D page loaded; at the
 * latest after `maxMs`. What can wait (the content check, the offline worker's precaching, own
 * tours) starts then, instead of competing with the first view for two cores.
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
    if (sceneSettled(appStore.getState())) return afterNextPaint(done);
    unsubscribe = appStore.subscribe((state) => {
      if (!sceneSettled(state)) return;
      unsubscribe();
      afterNextPaint(done);
    });
  });
}
