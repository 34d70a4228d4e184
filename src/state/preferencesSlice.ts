import type { StateCreator } from "zustand";
import type { AppState } from "./appStore";

export type Locale = "fr" | "en";

/** Rendering quality: adapt to the machine, always sharp, or light for weak school PCs. */
export type Quality = "auto" | "haute" | "econome";
export const qualities: readonly Quality[] = ["auto", "haute", "econome"];

export interface PreferencesSlice {
  /** Language of the interface; content stays in French. */
  locale: Locale;
  /** Trades the visitor starred ("Mes métiers"), by job id, in the order they were added. */
  favourites: string[];
  quality: Quality;
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = () => ({
  locale: "fr",
  favourites: [],
  quality: "auto",
});
