import type { StateCreator } from "zustand";
import type { Tour } from "../content/schema";
import type { AppState } from "./appStore";

export interface LiveSlice {
  /** Where the live class that this pupil follows stands (1-based step), or null outside a class. */
  classStop: { tour: Tour; step: number } | null;
}

export const createLiveSlice: StateCreator<AppState, [], [], LiveSlice> = () => ({
  classStop: null,
});
