import type { PersistStorage, StorageValue } from "zustand/middleware";
import { type Locale, type PreferencesSlice, type Quality, qualities } from "./preferencesSlice";

/** The localStorage key under which the preferences are kept. */
export const preferencesKey = "usine-extraordinaire:preferences";

/** What is persisted: the preferences only, never where the visitor is. */
export type PersistedPreferences = Pick<PreferencesSlice, "locale" | "favourites" | "quality">;

function browserStorage(): Storage | undefined {
  try {
    // NOTE: reading `localStorage` itself throws a SecurityError where storage is disabled.
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps what is valid in a stored value, whatever shape it has; anything else falls back to the defaults. */
export function sanitizePreferences(value: unknown): Partial<PersistedPreferences> {
  if (typeof value !== "object" || value === null) return {};
  const { locale, favourites, quality } = value as Record<string, unknown>;
  const clean: Partial<PersistedPreferences> = { favourites: [] };
  if (locale === "fr" || locale === "en") clean.locale = locale satisfies Locale;
  if (qualities.includes(quality as Quality)) clean.quality = quality as Quality;
  if (Array.isArray(favourites)) {
    clean.favourites = [...new Set(favourites.filter((id): id is string => typeof id === "string"))];
  }
  return clean;
}

/**
 * localStorage as zustand's `persist` wants it, but never throwing: a corrupt value reads as
 * nothing, and a storage that is full or disabled simply does not remember.
 */
export const preferencesStorage: PersistStorage<PersistedPreferences> = {
  getItem(name) {
    try {
      const text = browserStorage()?.getItem(name);
      if (!text) return null;
      const parsed = JSON.parse(text) as unknown;
      const state =
        typeof parsed === "object" && parsed !== null ? (parsed as { state?: unknown }).state : undefined;
      return { state: sanitizePreferences(state) as PersistedPreferences, version: 1 };
    } catch {
      return null;
    }
  },
  // NOTE: zustand's persist calls this on every change of the store (a model's download reports
  // its progress dozens of times): only a change of the preferences is written.
  setItem(name, value: StorageValue<PersistedPreferences>) {
    try {
      const storage = browserStorage();
      const text = JSON.stringify(value);
      if (storage?.getItem(name) !== text) storage?.setItem(name, text);
    } catch {
      // Full or disabled storage: the preferences last until the page closes.
    }
  },
  removeItem(name) {
    try {
      browserStorage()?.removeItem(name);
    } catch {
      // Nothing to do.
    }
  },
};
