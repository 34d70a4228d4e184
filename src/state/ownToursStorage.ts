import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { Tour } from "../content/schema";
import type { OwnToursStorageError, SavedTour } from "./ownToursSlice";

/** One teacher's tour in IndexedDB. */
export interface StoredTour extends SavedTour {
  id: string;
}

interface OwnToursDb extends DBSchema {
  tours: { key: string; value: StoredTour };
}

/** Where the teacher's tours are kept; the builder's actions go through it, tests swap it. */
export interface OwnToursStore {
  loadAll(): Promise<StoredTour[]>;
  put(record: StoredTour): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Thrown by a store that could not write, with the reason the teacher is told. */
export class OwnToursStorageFailure extends Error {
  constructor(readonly reason: OwnToursStorageError) {
    super(`own tours storage: ${reason}`);
  }
}

const dbName = "usine-extraordinaire-visites";

/** IndexedDB's errors as the teacher is told them: full, or refused for any other reason. */
export function storageErrorOf(error: unknown): OwnToursStorageError {
  if (error instanceof OwnToursStorageFailure) return error.reason;
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  return name === "QuotaExceededError" ? "quota" : "blocked";
}

/** The teacher's tours in this browser's IndexedDB (database `usine-extraordinaire-visites`). */
export function indexedDbStore(): OwnToursStore {
  let db: Promise<IDBPDatabase<OwnToursDb>> | null = null;
  const open = () => {
    if (typeof indexedDB === "undefined") return Promise.reject(new OwnToursStorageFailure("blocked"));
    db ??= openDB<OwnToursDb>(dbName, 1, {
      upgrade(database) {
        database.createObjectStore("tours", { keyPath: "id" });
      },
    }).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  return {
    async loadAll() {
      return (await open()).getAll("tours");
    },
    async put(record) {
      await (await open()).put("tours", record);
    },
    async remove(id) {
      await (await open()).delete("tours", id);
    },
  };
}

/** Tours opened from a link in this tab: kept in sessionStorage, so a reload or the presenter window finds them. */
const linkToursKey = "usine-extraordinaire:visites-lien";

function session(): Storage | undefined {
  try {
    // NOTE: reading `sessionStorage` throws a SecurityError where storage is disabled.
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** The link tours of this tab, unchecked (the caller validates them). */
export function readLinkTours(): unknown[] {
  try {
    const value: unknown = JSON.parse(session()?.getItem(linkToursKey) ?? "[]");
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** Remembers the link tours of this tab (the last few); a full or disabled storage forgets quietly. */
export function writeLinkTours(tours: readonly Tour[]): void {
  try {
    session()?.setItem(linkToursKey, JSON.stringify(tours.slice(-5)));
  } catch {
    // The tour still plays in this page; only a reload will not find it.
  }
}
