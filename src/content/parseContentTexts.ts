import { type ContentFileKey, type ContentTexts, contentFileNames } from "./contentFileNames";
import type { RawContentPack } from "./contentFiles";
import type { ContentProblem } from "./contentProblem";

export type ParsedContent = { ok: true; raw: RawContentPack } | { ok: false; problems: ContentProblem[] };

/**
 * Parses each of the pack's files as JSON; a file that is not JSON is a problem of its own.
 * `parsed`: files already parsed from these same texts (the early frame's sectors and companies).
 */
export function parseContentTexts(texts: ContentTexts, parsed?: Partial<RawContentPack>): ParsedContent {
  const raw: Partial<RawContentPack> = {};
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(contentFileNames) as ContentFileKey[]) {
    if (parsed && key in parsed) {
      raw[key] = parsed[key];
      continue;
    }
    try {
      raw[key] = JSON.parse(texts[key]) as unknown;
    } catch (error) {
      problems.push({
        file: contentFileNames[key],
        path: "$",
        message: `JSON illisible : ${(error as Error).message}`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, raw: raw as RawContentPack };
}
