import type { StateCreator } from "zustand";
import type { AppState } from "./appStore";

export type Locale = "fr" | "en";

/** Rendering quality: adapt to the machine, always sharp, or light for weak school PCs. */
export type Quality = "auto" | "haute" | "econome";
export const qualities: readonly Quality[] = ["auto", "haute", "econome"];

/**
 * Why "auto" draws light on this machine, as the stage measured it (never persisted): a software
 * renderer (WebGL on the CPU), or slow frames. Null while "auto" draws at high quality.
 */
export type QualityDowngrade = "software" | "slow" | null;

export interface PreferencesSlice {
  /** Language of the interface; content stays in French. */
  locale: Locale;
  /** Trades the visitor starred ("Mes métiers"), by job id, in the order they were added. */
  favourites: string[];
  quality: Quality;
  qualityDowngrade: QualityDowngrade;
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = () => ({
  locale: "fr",
  favourites: [],
  quality: "auto",
  qualityDowngrade: null,
});
