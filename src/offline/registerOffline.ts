/**
 * Registers the offline classroom's service worker (`sw.js`, built from `sw.ts` by Workbox).
 * Builds only: in development it would serve stale modules to the hot reload.
 */
export function registerOfflineWorker(when: Promise<void>): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // The worker sits beside index.html, wherever the site is hosted (relative base).
  const url = new URL("sw.js", document.baseURI);
  const register = () => {
    navigator.serviceWorker.register(url, { scope: "./" }).catch(() => {
      // No worker (private mode, a host without HTTPS): the site still works, only not offline.
    });
  };
  // NOTE: once the first view is up (`when`), not at "load": installing, the worker precaches the
  // whole site (about 2 MB), which on two cores delayed a deep link's first frame by a third.
  void when.then(register);
}
