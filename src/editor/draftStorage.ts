import { type DBSchema, openDB } from "idb";
import type { Draft } from "./draft";

/** The draft kept in this browser: the description and the working model's bytes. */
export interface StoredDraft {
  draft: Draft;
  model: Uint8Array;
  savedAt: number;
}

interface EditorDB extends DBSchema {
  drafts: { key: string; value: StoredDraft };
}

/** Its own database (the tour builder has another): one draft, under one key. */
const databaseName = "usine-extraordinaire-editeur";
const currentKey = "brouillon";

function database() {
  return openDB<EditorDB>(databaseName, 1, {
    upgrade(db) {
      db.createObjectStore("drafts");
    },
  });
}

export async function loadStoredDraft(): Promise<StoredDraft | undefined> {
  const db = await database();
  try {
    return await db.get("drafts", currentKey);
  } finally {
    db.close();
  }
}

export async function saveStoredDraft(draft: Draft, model: Uint8Array): Promise<void> {
  const db = await database();
  try {
    await db.put("drafts", { draft, model, savedAt: Date.now() }, currentKey);
  } finally {
    db.close();
  }
}

export async function deleteStoredDraft(): Promise<void> {
  const db = await database();
  try {
    await db.delete("drafts", currentKey);
  } finally {
    db.close();
  }
}
