import type { StateCreator } from "zustand";
import type { AppState } from "./store";

export type Locale = "fr" | "en";

export interface PreferencesSlice {
  /** Language of the interface; content stays in French. */
  locale: Locale;
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = () => ({
  locale: "fr",
});
