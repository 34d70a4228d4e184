// The offline classroom's service worker (registered by src/shell/serviceWorker.ts in builds only).
// The app shell and the content pack are precached from precache-manifest.json (written by the
// build); models are cached as they are visited or prepared ("Préparer hors ligne").
// NOTE: the cache names are repeated in src/shell/offlineCache.ts; keep them in step.
const modelCache = "usine-models";
const shellPrefix = "usine-shell-";

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch("./precache-manifest.json", { cache: "no-store" });
      const manifest = await response.json();
      const cache = await caches.open(shellPrefix + manifest.version);
      await cache.addAll(manifest.files.map((file) => new Request(file, { cache: "reload" })));
      // Kept too: "activate" reads the version from it to know which shell cache is current.
      await cache.put("./precache-manifest.json", new Response(JSON.stringify(manifest)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const response = await caches.match("./precache-manifest.json");
      const current = response ? shellPrefix + (await response.json()).version : "";
      for (const name of await caches.keys()) {
        if (name.startsWith(shellPrefix) && name !== current) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** Cache first: hashed files never change, and a model is big. */
async function cacheFirst(request, cacheName) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

/** Network first: the page and the content pack may have changed; the cache is for offline. */
async function networkFirst(request, fallbackUrl) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const names = (await caches.keys()).filter((name) => name.startsWith(shellPrefix));
      const cache = await caches.open(names[0] ?? `${shellPrefix}runtime`);
      await cache.put(fallbackUrl ?? request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(fallbackUrl ?? request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // The live class hub (same origin): its health check and Socket.IO long-polling never come from a cache.
  if (url.pathname.startsWith("/socket.io/") || url.pathname.startsWith("/api/")) return;
  const scope = new URL(self.registration.scope);
  const path = url.pathname.slice(scope.pathname.length);
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, new URL("./index.html", scope).href));
  } else if (path.startsWith("models/") && path.endsWith(".glb")) {
    event.respondWith(cacheFirst(request, modelCache));
  } else if (path.startsWith("content/") || path === "precache-manifest.json") {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request, `${shellPrefix}runtime`));
  }
});
