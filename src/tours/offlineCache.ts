/** The cache the service worker keeps models in (NOTE: the same name is in public/sw.js). */
export const modelCacheName = "usine-models";

/**
 * Puts models in the models' cache, one after the other, so that a tour works offline; calls
 * `onProgress` after each. Through the Cache API itself, so it works even before the service
 * worker controls the page.
 */
export async function cacheModels(
  urls: ReadonlyArray<string>,
  onProgress: (done: number) => void,
): Promise<void> {
  const cache = await caches.open(modelCacheName);
  let done = 0;
  for (const url of urls) {
    if (!(await cache.match(url))) await cache.add(url);
    done += 1;
    onProgress(done);
  }
}
