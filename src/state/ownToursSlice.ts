import type { StateCreator } from "zustand";
import type { Tour } from "../content/schema";
import type { AppState } from "./appStore";

export interface OwnToursSlice {
  /**
   * Tours that are not in the pack: the teacher's own (kept in IndexedDB by the tour builder) and
   * one opened from a shared link. Read by `resolveView`, so they play like the pack's.
   */
  ownTours: ReadonlyMap<string, Tour>;
}

export const createOwnToursSlice: StateCreator<AppState, [], [], OwnToursSlice> = () => ({
  ownTours: new Map(),
});
