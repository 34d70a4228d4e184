/// <reference lib="webworker" />
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";
import { modelCacheLimits, offlineCaches } from "./cacheNames";

/**
 * The offline classroom's service worker, built by vite-plugin-pwa (injectManifest) with Workbox:
 * the app shell and the content pack are precached with their revisions (a new build replaces
 * what changed, and old precaches are cleaned); models are cached as they are visited or prepared
 * ("Préparer hors ligne"), with an expiration policy. Registered in builds only (`registerOffline.ts`).
 */
declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

self.skipWaiting();
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

/** A path relative to the worker's scope (the site may live in a sub-folder). */
const sitePath = (url: URL) => url.pathname.slice(new URL(self.registration.scope).pathname.length);

// Every view is a hash of index.html: navigations get the precached page, online or not.
// The live class hub (same origin) is never served from a cache.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("index.html"), { denylist: [/^\/socket\.io\//, /^\/api\//] }),
);

registerRoute(
  ({ url, request }) =>
    request.method === "GET" &&
    url.origin === self.location.origin &&
    sitePath(url).startsWith("models/") &&
    url.pathname.endsWith(".glb"),
  new CacheFirst({
    cacheName: offlineCaches.models,
    plugins: [new ExpirationPlugin({ ...modelCacheLimits, purgeOnQuotaError: true })],
  }),
);
