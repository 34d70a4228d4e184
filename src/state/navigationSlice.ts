import type { StateCreator } from "zustand";
import type { AppState } from "./appStore";
import { type Route, townRoute } from "./route";

/** How a route change should appear in the browser's history. */
export type HistoryMode = "push" | "replace" | "none";

export interface NavigationSlice {
  /** Where the visitor is: the single source of truth the URL mirrors. */
  route: Route;
  /** How the last route change should be written to history (read by the URL sync). */
  historyMode: HistoryMode;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = () => ({
  route: townRoute,
  historyMode: "none",
});
