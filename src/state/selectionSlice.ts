import type { StateCreator } from "zustand";
import type { AppState } from "./appStore";

export interface SelectionSlice {
  /** The trade the open machine panel shows, when its machine has several; null means its first. */
  panelJob: string | null;
  /** The machine under the pointer or keyboard focus, highlighted in the scene. */
  hoveredMachine: string | null;
  /** The company building under the pointer or focus in the town. */
  hoveredCompany: string | null;
  /** True while the factory is seen from above ("vue d'ensemble") instead of walked through. */
  overview: boolean;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = () => ({
  panelJob: null,
  hoveredMachine: null,
  hoveredCompany: null,
  overview: false,
});
