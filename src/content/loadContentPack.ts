import { type ContentFileKey, type ContentTexts, contentFileNames } from "./contentFileNames";
import { buildContentIndex, type ContentIndex } from "./contentIndex";
import type { ContentProblem } from "./contentProblem";
import { parseContentTexts } from "./parseContentTexts";
import type { ContentPack } from "./validatePack";

export type LoadResult =
  | { ok: true; content: ContentIndex; texts: ContentTexts }
  | { ok: false; problems: ContentProblem[]; texts?: ContentTexts };

async function fetchText(key: ContentFileKey, baseUrl: string): Promise<string | ContentProblem> {
  const file = contentFileNames[key];
  try {
    const response = await fetch(new URL(file, baseUrl));
    if (!response.ok) return { file, path: "$", message: `fichier introuvable (HTTP ${response.status})` };
    return await response.text();
  } catch {
    return { file, path: "$", message: "fichier injoignable (réseau)" };
  }
}

/**
 * Fetches the pack's files (the preload links' responses), parses them and builds the lookups,
 * without the schemas: the caller shows the pack at once and has it validated (`validateContent`)
 * once the first view is up. Problems are only those that prevent reading the pack at all
 * (missing file, broken JSON, shapes the lookups cannot even be built from).
 */
export async function loadContentPack(baseUrl: string = document.baseURI): Promise<LoadResult> {
  const keys = Object.keys(contentFileNames) as ContentFileKey[];
  const values = await Promise.all(keys.map((key) => fetchText(key, baseUrl)));
  const fetchProblems = values.filter((value): value is ContentProblem => typeof value !== "string");
  if (fetchProblems.length > 0) return { ok: false, problems: fetchProblems };
  const texts = Object.fromEntries(keys.map((key, i) => [key, values[i]])) as ContentTexts;
  const parsed = parseContentTexts(texts);
  if (!parsed.ok) return { ...parsed, texts };
  try {
    // NOTE: trusted until validated: the schemas run once the first view is up (see loadContent.ts).
    return { ok: true, content: buildContentIndex(parsed.raw as unknown as ContentPack), texts };
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: "content/", path: "$", message: `pack illisible : ${(error as Error).message}` }],
      texts,
    };
  }
}
