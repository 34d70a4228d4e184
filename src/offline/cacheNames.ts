/**
 * The caches of the offline classroom, named once: the service worker (`serviceWorker.ts`) serves
 * from them and "Préparer hors ligne" (tours) fills the models' one ahead of a visit.
 */
export const offlineCaches = {
  /** Every model visited or prepared, cache first (a model is big and rarely changes). */
  models: "usine-models",
} as const;

/** How many models the offline cache keeps, and for how long (a school year). */
export const modelCacheLimits = { maxEntries: 40, maxAgeSeconds: 365 * 24 * 3600 } as const;
