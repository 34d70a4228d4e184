/**
 * Registers the offline classroom's service worker (`sw.js`, built from `sw.ts` by Workbox).
 * Builds only: in development it would serve stale modules to the hot reload.
 */
export function registerOfflineWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // The worker sits beside index.html, wherever the site is hosted (relative base).
  const url = new URL("sw.js", document.baseURI);
  const register = () => {
    navigator.serviceWorker.register(url, { scope: "./" }).catch(() => {
      // No worker (private mode, a host without HTTPS): the site still works, only not offline.
    });
  };
  // After the page has loaded, so the worker's precaching does not compete with the first view.
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
