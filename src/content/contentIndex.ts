import type { Portrait } from "./portraitSchema";
import type { Company, Job, Machine, Sector, Tour, Workshop } from "./schema";
import type { ContentPack } from "./validatePack";

/** Where a trade is practised: one machine of one workshop of one company. */
export interface MachinePlace {
  company: Company;
  workshop: Workshop;
  machine: Machine;
}

/** A validated pack with the lookups the views need. Built once, read everywhere. */
export interface ContentIndex extends ContentPack {
  sectorById: ReadonlyMap<string, Sector>;
  companyById: ReadonlyMap<string, Company>;
  jobById: ReadonlyMap<string, Job>;
  tourById: ReadonlyMap<string, Tour>;
  /** Every machine where each trade is seen, in pack order. */
  placesByJob: ReadonlyMap<string, MachinePlace[]>;
  portraitById: ReadonlyMap<string, Portrait>;
  /** The portraits of each sector (a woman and a man in the shipped pack), in pack order. */
  portraitsBySector: ReadonlyMap<string, Portrait[]>;
  /** The portraits of people doing each trade, in pack order. */
  portraitsByJob: ReadonlyMap<string, Portrait[]>;
  /** Companies that are a factory editor's draft, shown from this browser only (not in the pack). */
  draftCompanies?: ReadonlySet<string>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}

export function buildContentIndex(pack: ContentPack): ContentIndex {
  const placesByJob = new Map<string, MachinePlace[]>();
  for (const company of pack.companies) {
    for (const workshop of company.workshops) {
      for (const machine of workshop.machines) {
        for (const job of machine.jobs) {
          const places = placesByJob.get(job) ?? [];
          places.push({ company, workshop, machine });
          placesByJob.set(job, places);
        }
      }
    }
  }
  return {
    ...pack,
    sectorById: new Map(pack.sectors.map((s) => [s.id, s])),
    companyById: new Map(pack.companies.map((c) => [c.id, c])),
    jobById: new Map(pack.jobs.map((j) => [j.id, j])),
    tourById: new Map(pack.tours.map((t) => [t.id, t])),
    placesByJob,
    portraitById: new Map(pack.portraits.map((p) => [p.id, p])),
    portraitsBySector: groupBy(pack.portraits, (p) => p.sector),
    portraitsByJob: groupBy(pack.portraits, (p) => p.job),
  };
}

/**
 * The index with one more company, a draft from the factory editor (replacing an earlier draft or
 * a company of the same id), marked in `draftCompanies`. The pack itself is not changed.
 */
export function withDraftCompany(content: ContentIndex, company: Company): ContentIndex {
  const companies = [...content.companies.filter((c) => c.id !== company.id), company];
  const draftCompanies = new Set(content.draftCompanies ?? []).add(company.id);
  return { ...buildContentIndex({ ...content, companies }), draftCompanies };
}
