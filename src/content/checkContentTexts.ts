import type { ContentTexts } from "./contentFileNames";
import { parseContentTexts } from "./parseContentTexts";
import { type PackValidation, validatePack } from "./validatePack";

/** Parses the pack's files as JSON, then validates them (schemas and references). */
export function checkContentTexts(texts: ContentTexts): PackValidation {
  const parsed = parseContentTexts(texts);
  return parsed.ok ? validatePack(parsed.raw) : parsed;
}
