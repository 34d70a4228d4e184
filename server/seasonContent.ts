import { existsSync, readFileSync } from "node:fs";
import type { Tour } from "../src/content/schema";
import type { SeasonContent } from "./seasonHub";

/**
 * What the class season needs of the content pack: each company's sector and the trades at each of
 * its machines (from `companies.json`), to turn the stops a class saw into trades and sectors met.
 */
export function loadSeasonContent(companiesFile: string, tours: ReadonlyMap<string, Tour>): SeasonContent {
  const companies: SeasonContent["companies"] extends ReadonlyMap<infer K, infer V> ? Map<K, V> : never =
    new Map();
  if (existsSync(companiesFile)) {
    const raw: unknown = JSON.parse(readFileSync(companiesFile, "utf8"));
    for (const company of Array.isArray(raw) ? raw : []) {
      const { id, sector, workshops } = company as { id?: unknown; sector?: unknown; workshops?: unknown };
      if (typeof id !== "string" || typeof sector !== "string" || !Array.isArray(workshops)) continue;
      const machines = new Map<string, string[]>();
      for (const workshop of workshops as { machines?: unknown }[])
        for (const machine of Array.isArray(workshop?.machines) ? workshop.machines : []) {
          const { id: machineId, jobs } = machine as { id?: unknown; jobs?: unknown };
          if (typeof machineId === "string" && Array.isArray(jobs))
            machines.set(
              machineId,
              jobs.filter((job): job is string => typeof job === "string"),
            );
        }
      companies.set(id, { sector, machines });
    }
  }
  return { tours, companies };
}
