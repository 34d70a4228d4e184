import { offlineCaches } from "../offline/cacheNames";

/**
 * Puts models in the models' cache, one after the other, so that a tour works offline; calls
 * `onProgress` after each. Through the Cache API itself, so it works even before the service
 * worker controls the page.
 */
export async function cacheModels(
  urls: ReadonlyArray<string>,
  onProgress: (done: number) => void,
): Promise<void> {
  const cache = await caches.open(offlineCaches.models);
  let done = 0;
  for (const url of urls) {
    if (!(await cache.match(url))) await cache.add(url);
    done += 1;
    onProgress(done);
  }
}
