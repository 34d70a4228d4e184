import { type ContentFileKey, contentFiles, type RawContentPack } from "./contentFiles";
import { buildContentIndex, type ContentIndex } from "./contentIndex";
import type { ContentProblem } from "./contentProblem";
import { validatePack } from "./validatePack";

export type LoadResult = { ok: true; content: ContentIndex } | { ok: false; problems: ContentProblem[] };

async function fetchJson(key: ContentFileKey, baseUrl: string): Promise<unknown | ContentProblem> {
  const file = contentFiles[key].file;
  try {
    const response = await fetch(new URL(file, baseUrl));
    if (!response.ok) return { file, path: "$", message: `fichier introuvable (HTTP ${response.status})` };
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      return { file, path: "$", message: `JSON illisible : ${(error as Error).message}` };
    }
  } catch {
    return { file, path: "$", message: "fichier injoignable (réseau)" };
  }
}

function isProblem(value: unknown): value is ContentProblem {
  return (
    typeof value === "object" && value !== null && "file" in value && "message" in value && "path" in value
  );
}

/** Fetches the pack's files, validates them and builds the lookups. */
export async function loadContentPack(baseUrl: string = document.baseURI): Promise<LoadResult> {
  const keys = Object.keys(contentFiles) as ContentFileKey[];
  const values = await Promise.all(keys.map((key) => fetchJson(key, baseUrl)));
  const fetchProblems = values.filter(isProblem);
  if (fetchProblems.length > 0) return { ok: false, problems: fetchProblems };
  const raw = Object.fromEntries(keys.map((key, i) => [key, values[i]])) as RawContentPack;
  const validation = validatePack(raw);
  if (!validation.ok) return validation;
  return { ok: true, content: buildContentIndex(validation.pack) };
}
