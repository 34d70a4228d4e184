import { useEffect, useRef } from "react";
import type { Tour } from "../content/schema";
import { modelUrl } from "../stage/modelPrefetch";
import { appStore } from "../state/appStore";
import { deviceReadyChanged } from "../state/liveActions";
import { useStore } from "../state/store";
import { openModelCache, prefetchTour } from "./classTourPrefetch";
import { reportDeviceReady } from "./liveClient";

/** Set by `npm run bench:reseau` for its "before" run (the class without prefetch); never for visitors. */
function prefetchOffForBench(): boolean {
  return (window as { __USINE_NO_CLASS_PREFETCH__?: boolean }).__USINE_NO_CLASS_PREFETCH__ === true;
}

/** How long the prefetch waits for the stop on screen to be drawn before it starts anyway. */
const startAfterMs = 5000;

/** Resolves when the scene on screen is drawn, or after `ms` (no WebGL, a model that failed). */
function sceneDrawnOrAfter(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const drawn = () => {
      const { sceneKey, drawnSceneKey } = appStore.getState();
      return sceneKey !== null && drawnSceneKey === sceneKey;
    };
    if (drawn()) return done();
    const timer = setTimeout(finish, ms);
    const stop = appStore.subscribe(() => {
      if (drawn()) finish();
    });
    signal.addEventListener("abort", finish);
    function finish() {
      clearTimeout(timer);
      stop();
      done();
    }
  });
}

/**
 * On a pupil's device in a live class: once the stop on screen is drawn, fetches the models of
 * the tour's other stops in the background (`classTourPrefetch.ts`), tells the store
 * (« visite prête hors ligne : n/N ») and the hub (the teacher's « appareils prêts ») as each
 * stop becomes ready. Once per tour: following the class does not start it again.
 *
 * ```tsx
 * useClassTourPrefetch(place.tour, place.step, live?.role === "pupil");
 * ```
 */
export function useClassTourPrefetch(tour: Tour, step: number, enabled: boolean): void {
  const content = useStore((s) => s.content);
  const index = content.status === "ready" ? content.content : null;
  // Only the stop on screen when it starts matters (the order starts there); moves must not restart it.
  const stepNow = useRef(step);
  stepNow.current = step;
  // NOTE: keyed on the models' addresses, not on the tour object: the same tour may come again
  // as a new object (a teacher's own tour, sent with each class state).
  const stopModelsKey = index
    ? JSON.stringify(
        tour.stops.map((stop) => {
          const model = index.companyById.get(stop.company)?.model;
          return model ? modelUrl(model) : null;
        }),
      )
    : null;
  useEffect(() => {
    if (stopModelsKey === null || !enabled || prefetchOffForBench()) return;
    const stopModels = JSON.parse(stopModelsKey) as (string | null)[];
    const controller = new AbortController();
    const { signal } = controller;
    deviceReadyChanged([], stopModels.length);
    void (async () => {
      await sceneDrawnOrAfter(startAfterMs, signal);
      if (signal.aborted) return;
      await prefetchTour({
        stopModels,
        from: stepNow.current - 1,
        signal,
        cache: await openModelCache(),
        fetch: (input, init) => fetch(input, init),
        onReady: (stops) => {
          deviceReadyChanged(stops, stopModels.length);
          void reportDeviceReady(stops);
        },
      });
    })();
    return () => controller.abort();
  }, [stopModelsKey, enabled]);
}
