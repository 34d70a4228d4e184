import { create } from "zustand";
import { persist } from "zustand/middleware";
import { type ContentSlice, createContentSlice } from "./contentSlice";
import { createNavigationSlice, type NavigationSlice } from "./navigationSlice";
import { createPreferencesSlice, type PreferencesSlice } from "./preferencesSlice";
import {
  type PersistedPreferences,
  preferencesKey,
  preferencesStorage,
  sanitizePreferences,
} from "./preferencesStorage";
import { createSceneSlice, type SceneSlice } from "./sceneSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";

export type AppState = NavigationSlice & ContentSlice & SceneSlice & SelectionSlice & PreferencesSlice;

/** The app's one store. Actions live beside it as plain functions (see `actions.ts`). */
export const useStore = create<AppState>()(
  // Only the preferences (language, favourites) outlive the page; where the visitor is comes from the URL.
  persist(
    (...a) => ({
      ...createNavigationSlice(...a),
      ...createContentSlice(...a),
      ...createSceneSlice(...a),
      ...createSelectionSlice(...a),
      ...createPreferencesSlice(...a),
    }),
    {
      name: preferencesKey,
      version: 1,
      storage: preferencesStorage,
      partialize: (state): PersistedPreferences => ({
        locale: state.locale,
        favourites: state.favourites,
        quality: state.quality,
      }),
      merge: (persisted, current) => ({ ...current, ...sanitizePreferences(persisted) }),
    },
  ),
);
