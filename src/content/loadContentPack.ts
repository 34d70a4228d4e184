import { type ContentFileKey, type ContentTexts, contentFileNames } from "./contentFileNames";
import { buildContentIndex, type ContentIndex } from "./contentIndex";
import type { ContentProblem } from "./contentProblem";
import { fetchContentText } from "./fetchContentText";
import { parseContentTexts } from "./parseContentTexts";
import { isScenePartKey, takeScenePart } from "./scenePart";
import type { ContentPack } from "./validatePack";

export type LoadResult =
  | { ok: true; content: ContentIndex; texts: ContentTexts }
  | { ok: false; problems: ContentProblem[]; texts?: ContentTexts };

/**
 * Fetches the pack's files (for the scene's files, the preload links' responses), parses them and builds the lookups,
 * without the schemas: the caller shows the pack at once and has it validated (`validateContent`)
 * once the first view is up. Problems are only those that prevent reading the pack at all
 * (missing file, broken JSON, shapes the lookups cannot even be built from). The sectors and
 * companies that a deep link's early frame read (`readScenePart`) are taken as they are.
 */
export async function loadContentPack(baseUrl: string = document.baseURI): Promise<LoadResult> {
  const keys = Object.keys(contentFileNames) as ContentFileKey[];
  const early = takeScenePart();
  const values = await Promise.all(
    keys.map((key) => (early && isScenePartKey(key) ? early.texts[key] : fetchContentText(key, baseUrl))),
  );
  const fetchProblems = values.filter((value): value is ContentProblem => typeof value !== "string");
  if (fetchProblems.length > 0) return { ok: false, problems: fetchProblems };
  const texts = Object.fromEntries(keys.map((key, i) => [key, values[i]])) as ContentTexts;
  const parsed = parseContentTexts(texts, early?.raw);
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
