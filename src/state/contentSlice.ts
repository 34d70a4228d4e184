import type { StateCreator } from "zustand";
import type { ContentIndex } from "../content/contentIndex";
import type { ContentProblem } from "../content/contentProblem";
import type { AppState } from "./appStore";

export type ContentStatus =
  | { status: "loading" }
  | { status: "ready"; content: ContentIndex }
  | { status: "error"; problems: ContentProblem[] };

export interface ContentSlice {
  /** The content pack, once loaded and validated. */
  content: ContentStatus;
}

export const createContentSlice: StateCreator<AppState, [], [], ContentSlice> = () => ({
  content: { status: "loading" },
});
