import { useStore as useZustandStore } from "zustand";
import { type AppState, appStore } from "./appStore";

export type { AppState } from "./appStore";

/**
 * The React hook over the vanilla store (`appStore.ts`), as zustand's own `create` builds it:
 * `useStore(selector)` in components, `useStore.getState()` where a value is read once.
 */
export const useStore = Object.assign(
  <T>(selector: (state: AppState) => T): T => useZustandStore(appStore, selector),
  appStore,
);
