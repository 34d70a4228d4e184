import { scenePartFileNames } from "./contentFileNames";
import { buildContentIndex, type ContentIndex } from "./contentIndex";
import { fetchContentText } from "./fetchContentText";
import type { ContentPack } from "./validatePack";

/** The files a scene is drawn from: the town's districts and buildings, a workshop's company. */
export type ScenePartKey = keyof typeof scenePartFileNames;
const scenePartKeys = Object.keys(scenePartFileNames) as ScenePartKey[];

/** Whether a file of the pack is one the scene's part reads. */
export function isScenePartKey(key: string): key is ScenePartKey {
  return (scenePartKeys as readonly string[]).includes(key);
}

/** The scene's files, read: their texts and their parsed values. */
export interface ScenePartRead {
  texts: Record<ScenePartKey, string>;
  raw: Record<ScenePartKey, unknown>;
}

/** What `readScenePart` read, for the next `loadContentPack` to take (once). */
let handoff: ScenePartRead | null = null;

/**
 * Reads only the pack's sectors and companies, for a deep link's early frame (`earlyStage.tsx`):
 * a workshop needs its company, the town its sectors and companies, not the 100 trades, the tours
 * and the portraits (two thirds of the pack's bytes). The index it returns has those three empty:
 * it is for drawing the scene, not for the page. The texts and parsed values are kept for the
 * next `loadContentPack`, which then neither fetches nor parses them again (and its companies are
 * the same objects, so the scene's props do not change when the page takes the stage over).
 * Null when a file could not be read: the full load then reports it.
 */
export async function readScenePart(baseUrl: string = document.baseURI): Promise<ContentIndex | null> {
  const values = await Promise.all(scenePartKeys.map((key) => fetchContentText(key, baseUrl)));
  if (!values.every((value): value is string => typeof value === "string")) return null;
  const texts = Object.fromEntries(scenePartKeys.map((key, i) => [key, values[i]])) as ScenePartRead["texts"];
  let read: ScenePartRead;
  try {
    const raw = Object.fromEntries(scenePartKeys.map((key) => [key, JSON.parse(texts[key]) as unknown]));
    read = { texts, raw: raw as ScenePartRead["raw"] };
  } catch {
    return null;
  }
  handoff = read;
  try {
    // NOTE: trusted until validated, as the full pack is (see loadContent.ts).
    return buildContentIndex({ ...read.raw, jobs: [], tours: [], portraits: [] } as unknown as ContentPack);
  } catch {
    return null;
  }
}

/** What `readScenePart` read, once (the next call gets null). */
export function takeScenePart(): ScenePartRead | null {
  const read = handoff;
  handoff = null;
  return read;
}
