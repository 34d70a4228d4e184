import type { MachinePlace } from "../content/contentIndex";
import { hasFewWomen } from "../content/contentRules";
import type { DiplomaLevel, Job } from "../content/schema";
import { matchesQuery } from "../content/searchText";

/** What the catalogue is narrowed by; an empty list of sectors or levels means "all". */
export interface JobFilter {
  query: string;
  sectors: ReadonlyArray<string>;
  levels: ReadonlyArray<DiplomaLevel>;
  /** Only the trades where a sourced figure says women are still few (`hasFewWomen`). */
  fewWomen: boolean;
  /** Only the trades of the ecological transition (métiers verts et verdissants). */
  green: boolean;
}

export const noJobFilter: JobFilter = { query: "", sectors: [], levels: [], fewWomen: false, green: false };

/** True when the filter narrows anything. */
export function isFiltering(filter: JobFilter): boolean {
  return (
    filter.query !== "" ||
    filter.sectors.length > 0 ||
    filter.levels.length > 0 ||
    filter.fewWomen ||
    filter.green
  );
}

/** A trade's sectors: those of the companies whose machines list it. */
export function sectorsOfJobs(
  placesByJob: ReadonlyMap<string, ReadonlyArray<MachinePlace>>,
): Map<string, Set<string>> {
  const sectors = new Map<string, Set<string>>();
  for (const [jobId, places] of placesByJob) {
    sectors.set(jobId, new Set(places.map((place) => place.company.sector)));
  }
  return sectors;
}

/**
 * The trades that match the search, any of the chosen sectors and any of the chosen diploma
 * levels (a trade matches a level when one of its diplomas is at that level), and, when asked,
 * those where women are still few and those of the ecological transition; sorted by title.
 */
export function filterJobs(
  jobs: ReadonlyArray<Job>,
  jobSectors: ReadonlyMap<string, ReadonlySet<string>>,
  filter: JobFilter,
): Job[] {
  return jobs
    .filter((job) => {
      if (filter.sectors.length > 0) {
        const sectors = jobSectors.get(job.id);
        if (!sectors || !filter.sectors.some((sector) => sectors.has(sector))) return false;
      }
      if (filter.fewWomen && !hasFewWomen(job)) return false;
      if (filter.green && job.green === undefined) return false;
      if (
        filter.levels.length > 0 &&
        !job.diplomas.some((diploma) => filter.levels.includes(diploma.level))
      ) {
        return false;
      }
      return matchesQuery(filter.query, [job.title, job.rome, job.rome4?.code ?? "", job.summary]);
    })
    .sort((a, b) => a.title.localeCompare(b.title, "fr"));
}
