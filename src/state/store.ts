import { create } from "zustand";
import { type ContentSlice, createContentSlice } from "./contentSlice";
import { createNavigationSlice, type NavigationSlice } from "./navigationSlice";
import { createPreferencesSlice, type PreferencesSlice } from "./preferencesSlice";
import { createSceneSlice, type SceneSlice } from "./sceneSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";

export type AppState = NavigationSlice & ContentSlice & SceneSlice & SelectionSlice & PreferencesSlice;

/** The app's one store. Actions live beside it as plain functions (see `actions.ts`). */
export const useStore = create<AppState>()((...a) => ({
  ...createNavigationSlice(...a),
  ...createContentSlice(...a),
  ...createSceneSlice(...a),
  ...createSelectionSlice(...a),
  ...createPreferencesSlice(...a),
}));
