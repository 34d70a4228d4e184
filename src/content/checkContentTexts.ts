import type { ContentFileKey, ContentTexts } from "./contentFileNames";
import { contentFiles, type RawContentPack } from "./contentFiles";
import type { ContentProblem } from "./contentProblem";
import { type PackValidation, validatePack } from "./validatePack";

/** Parses the pack's files as JSON, then validates them (schemas and references). */
export function checkContentTexts(texts: ContentTexts): PackValidation {
  const problems: ContentProblem[] = [];
  const raw: Partial<RawContentPack> = {};
  for (const key of Object.keys(contentFiles) as ContentFileKey[]) {
    try {
      raw[key] = JSON.parse(texts[key]) as unknown;
    } catch (error) {
      problems.push({
        file: contentFiles[key].file,
        path: "$",
        message: `JSON illisible : ${(error as Error).message}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return validatePack(raw as RawContentPack);
}
