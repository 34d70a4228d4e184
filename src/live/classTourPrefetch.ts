import { offlineCaches } from "../offline/cacheNames";

/**
 * A live class's tour, fetched ahead on a pupil's device: each stop's model, in stop order from
 * the class's current stop, one at a time and at low priority (the model on screen always goes
 * first), into the offline cache where there is one. A model already there is not fetched again;
 * a stop is ready once its model is on the device. Plain async code: the hook
 * (`useClassTourPrefetch`) runs it, the tests call it with their own fetch and cache.
 */

export interface TourPrefetchOptions {
  /** Each stop's model URL (absolute), in tour order (null: none known); stops may share a model. */
  stopModels: ReadonlyArray<string | null>;
  /** The class's current stop (0-based): fetching starts there, then goes on, then wraps. */
  from: number;
  /** Told every time a stop becomes ready: all the ready stops (0-based, sorted). */
  onReady: (stops: number[]) => void;
  signal: AbortSignal;
  /** The offline cache; null where there is none (no Cache API: plain HTTP, old browser). */
  cache: Pick<Cache, "match" | "put"> | null;
  fetch: typeof fetch;
}

/** Opens the models' offline cache, or null where the Cache API is missing or refused. */
export async function openModelCache(): Promise<Cache | null> {
  if (typeof caches === "undefined") return null;
  try {
    return await caches.open(offlineCaches.models);
  } catch {
    return null;
  }
}

/** Stop indices from `from` to the end, then from the start (a class seldom goes back). */
export function stopOrder(count: number, from: number): number[] {
  const start = Math.min(Math.max(from, 0), Math.max(count - 1, 0));
  return Array.from({ length: count }, (_, i) => (start + i) % count);
}

/**
 * Runs the prefetch to the end (or the abort). A model that fails is skipped (its stops stay not
 * ready; the stage fetches it itself when the class gets there).
 */
export async function prefetchTour(options: TourPrefetchOptions): Promise<number[]> {
  const { stopModels, signal } = options;
  const ready = new Set<number>();
  const held = new Map<string, boolean>();
  const stopsOf = (url: string) => stopModels.flatMap((model, stop) => (model === url ? [stop] : []));
  for (const stop of stopOrder(stopModels.length, options.from)) {
    if (signal.aborted) break;
    const url = stopModels[stop];
    if (!url) continue;
    if (!held.has(url)) held.set(url, await holdModel(url, options));
    if (!held.get(url) || ready.has(stop)) continue;
    for (const same of stopsOf(url)) ready.add(same);
    if (!signal.aborted) options.onReady([...ready].sort((a, b) => a - b));
  }
  return [...ready].sort((a, b) => a - b);
}

async function holdModel(url: string, { cache, signal, fetch: get }: TourPrefetchOptions): Promise<boolean> {
  try {
    if (cache && (await cache.match(url))) return true;
    // NOTE: `priority` is a fetch hint (Chromium, Safari); others ignore it and fetch normally.
    const response = await get(url, { priority: "low", signal } as RequestInit);
    if (!response.ok) return false;
    if (cache) {
      // A service worker that controls the page has put it already (cache first); putting it
      // again costs no network.
      await cache.put(url, response);
    } else {
      // No offline cache: reading it whole leaves it in the HTTP cache (models: max-age) for the stage.
      await response.arrayBuffer();
    }
    return true;
  } catch {
    return false;
  }
}
