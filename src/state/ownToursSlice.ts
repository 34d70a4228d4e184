import type { StateCreator } from "zustand";
import type { Tour } from "../content/schema";
import type { AppState } from "./appStore";

/** A teacher's tour as kept in this browser: possibly a draft that the schema does not accept yet. */
export interface SavedTour {
  tour: Tour;
  /** When it was last changed (ms since the epoch), to list the most recent first. */
  updatedAt: number;
}

/** Why the teacher's tours could not be written: storage full, or refused (private mode, policy). */
export type OwnToursStorageError = "quota" | "blocked";

/** Where the saving of the teacher's tours stands, as the builder tells it. */
export type OwnToursSaveStatus =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved" }
  | { status: "failed"; error: OwnToursStorageError };

export interface OwnToursSlice {
  /**
   * Tours that are not in the pack and that the schema accepts: the teacher's own (kept in
   * IndexedDB by the tour builder) and one opened from a shared link. Read by `resolveView`, so
   * they play like the pack's.
   */
  ownTours: ReadonlyMap<string, Tour>;
  /** Every tour the teacher keeps in this browser, drafts included, by id. */
  myTours: ReadonlyMap<string, SavedTour>;
  /** False until the tours kept in this browser are read (a teacher's tour URL waits for it). */
  ownToursLoaded: boolean;
  /** True when this browser keeps nothing (IndexedDB missing or refused): tours live until the tab closes. */
  ownToursUnavailable: boolean;
  ownToursSave: OwnToursSaveStatus;
  /** The tour that "Ajouter à ma visite" adds a stop to: the one open in the builder, or the last one. */
  editingTourId: string | null;
}

export const createOwnToursSlice: StateCreator<AppState, [], [], OwnToursSlice> = () => ({
  ownTours: new Map(),
  myTours: new Map(),
  ownToursLoaded: false,
  ownToursUnavailable: false,
  ownToursSave: { status: "idle" },
  editingTourId: null,
});
