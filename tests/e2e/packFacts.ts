import { readFileSync } from "node:fs";
import type { Company, Job, Tour } from "../../src/content/schema";

/** The built site the browser tests run against (see globalSetup.ts). */
export const builtSiteDir = process.env.E2E_DIST ?? "dist";

/** The built pack, read from the built site so the tests follow the content rather than hard-coding it. */
export function builtPack(): { companies: Company[]; jobs: Job[]; tours: Tour[] } {
  const read = <T>(file: string) => JSON.parse(readFileSync(`${builtSiteDir}/content/${file}`, "utf8")) as T;
  return { companies: read("companies.json"), jobs: read("jobs.json"), tours: read("tours.json") };
}
