/**
 * Registers the offline classroom's service worker (public/sw.js). Builds only: in development
 * it would serve stale modules to the hot reload.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  // NOTE: sw.js is the same file in every build, and a browser only reinstalls a worker whose
  // script changed; the entry chunk's hashed name in the URL makes each build a new worker, which
  // precaches that build's files.
  // NOTE: plain string work, not `new URL(…, import.meta.url)`, which Vite takes for an asset to
  // bundle. The entry chunk is `<site>/assets/index-<hash>.js`; the worker sits at `<site>/sw.js`.
  const entry = import.meta.url;
  const site = entry.slice(0, entry.lastIndexOf("/assets/") + 1);
  const build = entry.slice(entry.lastIndexOf("/") + 1);
  const url = `${site}sw.js?build=${encodeURIComponent(build)}`;
  const scope = new URL(site).pathname;
  const register = () => {
    navigator.serviceWorker.register(url, { scope }).catch(() => {
      // No worker (private mode, a host without HTTPS): the site still works, only not offline.
    });
  };
  // After the page has loaded, so the worker's precaching does not compete with the first view.
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
