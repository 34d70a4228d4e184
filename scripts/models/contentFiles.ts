import { readFile } from "node:fs/promises";
import path from "node:path";
import { genderOf, type PortraitRef } from "./workers/cast";

/** The parts of a company (see src/content/schema.ts) that its model is generated from. */
export interface ModelSource {
  id: string;
  sector: string;
  model: string;
  workshops: {
    id: string;
    viewpoint: string;
    machines: { id: string; node: string; kit?: string | undefined; jobs?: string[] | undefined }[];
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

/**
 * The portraits of public/content/portraits.json that place a worker (sector, job, gender);
 * empty when the file is missing or unreadable: workers are then cast by alternation alone.
 */
export async function readPortraits(root = projectRoot): Promise<PortraitRef[]> {
  try {
    const data: unknown = JSON.parse(
      await readFile(path.join(root, "public/content/portraits.json"), "utf8"),
    );
    const list: unknown[] = Array.isArray(data)
      ? data
      : data !== null &&
          typeof data === "object" &&
          Array.isArray((data as { portraits?: unknown }).portraits)
        ? ((data as { portraits: unknown[] }).portraits ?? [])
        : [];
    const portraits: PortraitRef[] = [];
    for (const item of list) {
      const p = item as {
        id?: unknown;
        sector?: unknown;
        job?: unknown;
        gender?: unknown;
        machine?: unknown;
      };
      const gender = genderOf(p.gender);
      if (typeof p.id === "string" && typeof p.sector === "string" && typeof p.job === "string" && gender)
        portraits.push({
          id: p.id,
          sector: p.sector,
          job: p.job,
          gender,
          machine: typeof p.machine === "string" ? p.machine : undefined,
        });
    }
    return portraits;
  } catch {
    return [];
  }
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
