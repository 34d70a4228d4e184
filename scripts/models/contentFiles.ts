import { readFile } from "node:fs/promises";
import path from "node:path";

/** The parts of a company (see src/content/schema.ts) that its model is generated from. */
export interface ModelSource {
  id: string;
  sector: string;
  model: string;
  workshops: {
    id: string;
    viewpoint: string;
    machines: { id: string; node: string; kit?: string | undefined }[];
  }[];
}

/** The project's root folder (this file is in scripts/models/). */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Reads public/content/companies.json as written now (it may be partial while being edited). */
export async function readCompanies(root = projectRoot): Promise<ModelSource[]> {
  const text = await readFile(path.join(root, "public/content/companies.json"), "utf8");
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error("companies.json: an array of companies was expected");
  return data as ModelSource[];
}

/** Sector id → colour from public/content/sectors.json; empty when the file is missing. */
export async function readSectorColors(root = projectRoot): Promise<Map<string, string>> {
  try {
    const data: unknown = JSON.parse(await readFile(path.join(root, "public/content/sectors.json"), "utf8"));
    const colors = new Map<string, string>();
    if (Array.isArray(data)) {
      for (const sector of data as { id?: unknown; color?: unknown }[]) {
        if (typeof sector.id === "string" && typeof sector.color === "string")
          colors.set(sector.id, sector.color);
      }
    }
    return colors;
  } catch {
    return new Map();
  }
}
