import { persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { type ContentSlice, createContentSlice } from "./contentSlice";
import { createLiveSlice, type LiveSlice } from "./liveSlice";
import { createNavigationSlice, type NavigationSlice } from "./navigationSlice";
import { createOwnToursSlice, type OwnToursSlice } from "./ownToursSlice";
import { createPreferencesSlice, type PreferencesSlice } from "./preferencesSlice";
import {
  type PersistedPreferences,
  preferencesKey,
  preferencesStorage,
  sanitizePreferences,
} from "./preferencesStorage";
import { createSceneSlice, type SceneSlice } from "./sceneSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";

export type AppState = NavigationSlice &
  ContentSlice &
  SceneSlice &
  SelectionSlice &
  PreferencesSlice &
  OwnToursSlice &
  LiveSlice;

/**
 * The app's one store, as zustand's vanilla core: it knows nothing of React, so actions
 * (`actions.ts`) run from a key handler, a socket event or a test alike. `store.ts` is the thin
 * React hook over it.
 */
export const appStore = createStore<AppState>()(
  // Only the preferences (language, favourites) outlive the page; where the visitor is comes from the URL.
  persist(
    (...a) => ({
      ...createNavigationSlice(...a),
      ...createContentSlice(...a),
      ...createSceneSlice(...a),
      ...createSelectionSlice(...a),
      ...createPreferencesSlice(...a),
      ...createOwnToursSlice(...a),
      ...createLiveSlice(...a),
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
