import { type ContentFileKey, contentFileNames } from "./contentFileNames";
import type { ContentProblem } from "./contentProblem";

/** One file of the pack as text (for the scene's files, the preload link's response), or the problem that kept it away. */
export async function fetchContentText(
  key: ContentFileKey,
  baseUrl: string,
): Promise<string | ContentProblem> {
  const file = contentFileNames[key];
  try {
    const response = await fetch(new URL(file, baseUrl));
    if (!response.ok) return { file, path: "$", message: `fichier introuvable (HTTP ${response.status})` };
    return await response.text();
  } catch {
    return { file, path: "$", message: "fichier injoignable (réseau)" };
  }
}
