import type { z } from "zod";
import { type ContentFileKey, contentFiles, type RawContentPack } from "./contentFiles";
import { type ContentProblem, jsonPath } from "./contentProblem";
import type { Portrait } from "./portraitSchema";
import type { Company, Job, Sector, Tour } from "./schema";
import { findStoryProblems } from "./storyRules";
import { findTourStopProblems } from "./tourReferences";

/** A pack whose every file follows its schema and whose every reference resolves. */
export interface ContentPack {
  sectors: Sector[];
  companies: Company[];
  jobs: Job[];
  tours: Tour[];
  /** Fictional portraits of people doing the trades, a woman and a man per sector. */
  portraits: Portrait[];
}

export type PackValidation = { ok: true; pack: ContentPack } | { ok: false; problems: ContentProblem[] };

function parseFile<S extends z.ZodType>(
  key: ContentFileKey,
  schema: S,
  raw: unknown,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: contentFiles[key].file, path: jsonPath(issue.path), message: issue.message });
  }
  return undefined;
}

function findDuplicates(ids: string[]): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return duplicates;
}

/** Every reference between files: sectors of companies, trades of machines, stops of tours. */
export function findReferenceProblems(pack: ContentPack): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (key: ContentFileKey, path: ReadonlyArray<PropertyKey>, message: string) =>
    problems.push({ file: contentFiles[key].file, path: jsonPath(path), message });

  const sectorIds = new Set(pack.sectors.map((s) => s.id));
  const jobIds = new Set(pack.jobs.map((j) => j.id));

  const uniqueIn = (key: ContentFileKey, items: { id: string }[], path: PropertyKey[]) => {
    const duplicates = findDuplicates(items.map((item) => item.id));
    items.forEach((item, i) => {
      if (duplicates.has(item.id)) add(key, [...path, i, "id"], `identifiant en double : « ${item.id} »`);
    });
  };
  uniqueIn("sectors", pack.sectors, []);
  uniqueIn("companies", pack.companies, []);
  uniqueIn("jobs", pack.jobs, []);
  uniqueIn("tours", pack.tours, []);

  pack.companies.forEach((company, c) => {
    if (!sectorIds.has(company.sector)) {
      add("companies", [c, "sector"], `secteur inconnu : « ${company.sector} »`);
    }
    uniqueIn("companies", company.workshops, [c, "workshops"]);
    const machineIds = company.workshops.flatMap((w) => w.machines.map((m) => m.id));
    const duplicateMachines = findDuplicates(machineIds);
    company.workshops.forEach((workshop, w) => {
      workshop.machines.forEach((machine, m) => {
        if (duplicateMachines.has(machine.id)) {
          add(
            "companies",
            [c, "workshops", w, "machines", m, "id"],
            `machine en double dans l’entreprise : « ${machine.id} »`,
          );
        }
        machine.jobs.forEach((job, j) => {
          if (!jobIds.has(job)) {
            add("companies", [c, "workshops", w, "machines", m, "jobs", j], `métier inconnu : « ${job} »`);
          }
        });
      });
    });
  });

  const companies = new Map(pack.companies.map((company) => [company.id, company]));
  pack.tours.forEach((tour, t) => {
    for (const problem of findTourStopProblems(companies, tour)) {
      add("tours", [t, "stops", problem.stop, problem.field], problem.message);
    }
  });
  return problems;
}

/** Validates the raw files of a pack: schema first, then references. */
export function validatePack(raw: RawContentPack): PackValidation {
  const problems: ContentProblem[] = [];
  const sectors = parseFile("sectors", contentFiles.sectors.schema, raw.sectors, problems);
  const companies = parseFile("companies", contentFiles.companies.schema, raw.companies, problems);
  const jobs = parseFile("jobs", contentFiles.jobs.schema, raw.jobs, problems);
  const tours = parseFile("tours", contentFiles.tours.schema, raw.tours, problems);
  const portraits = parseFile("portraits", contentFiles.portraits.schema, raw.portraits, problems);
  if (
    sectors === undefined ||
    companies === undefined ||
    jobs === undefined ||
    tours === undefined ||
    portraits === undefined
  ) {
    return { ok: false, problems };
  }
  const pack = { sectors, companies, jobs, tours, portraits };
  const referenceProblems = [...findReferenceProblems(pack), ...findStoryProblems(pack)];
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };
  return { ok: true, pack };
}
