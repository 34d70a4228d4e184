import { describe, expect, it } from "vitest";
import type { MachinePlace } from "../src/content/contentIndex";
import type { Company, DiplomaLevel, Job } from "../src/content/schema";
import { filterJobs, isFiltering, noJobFilter, sectorsOfJobs } from "../src/trades/jobFilters";

const dares = {
  label: "Dares, Portraits statistiques des métiers",
  url: "https://dares.travail-emploi.gouv.fr/donnees/portraits-statistiques-des-metiers",
  year: 2019,
};

function job(id: string, title: string, levels: DiplomaLevel[], facts: Partial<Job> = {}): Job {
  return {
    ...facts,
    id,
    title,
    rome: "H2913",
    summary: `Résumé de ${title}`,
    tasks: ["a", "b", "c"],
    skills: ["x"],
    diplomas: levels.map((level) => ({ level, name: `${level} ${title}` })),
    salaryStart: 1800,
    interests: ["fabriquer"],
  };
}

function place(sector: string): MachinePlace {
  const machine = { id: "m", name: "Machine", node: "m", description: "Une machine.", jobs: [] };
  const workshop = {
    id: "w",
    name: "Atelier",
    description: "Un atelier.",
    viewpoint: "v",
    machines: [machine],
  };
  const company = { id: `c-${sector}`, sector, workshops: [workshop] } as unknown as Company;
  return { company, workshop, machine };
}

const jobs = [
  job("soudeur", "Soudeur·se", ["CAP", "Bac"], {
    women: { share: 0.039, scope: "famille D2Z", source: dares },
  }),
  job("ingenieur", "Ingénieur·e procédés", ["Bac+5"], {
    women: { share: 0.45, scope: "famille N0Z", source: dares },
    green: { kind: "verdissant", source: dares },
  }),
  job("marin", "Matelot", ["CAP", "Certification"], {
    green: { kind: "vert", source: dares },
  }),
  job("orphelin", "Électricien·ne", ["Bac+2"], {
    women: { share: 0.12, scope: "famille D0Z", source: dares },
  }),
];
const jobSectors = sectorsOfJobs(
  new Map([
    ["soudeur", [place("metallurgie"), place("maritime")]],
    ["ingenieur", [place("chimie")]],
    ["marin", [place("maritime")]],
  ]),
);
const ids = (list: Job[]) => list.map((j) => j.id);

describe("filterJobs", () => {
  it("keeps every trade, sorted by French title, when nothing is chosen", () => {
    expect(ids(filterJobs(jobs, jobSectors, noJobFilter))).toEqual([
      "orphelin",
      "ingenieur",
      "marin",
      "soudeur",
    ]);
  });

  it("searches without accents or inclusive-writing dots", () => {
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, query: "soudeurse" }))).toEqual(["soudeur"]);
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, query: "electricien" }))).toEqual(["orphelin"]);
  });

  it("keeps the trades seen in any of the chosen sectors", () => {
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, sectors: ["maritime"] }))).toEqual([
      "marin",
      "soudeur",
    ]);
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, sectors: ["chimie", "metallurgie"] }))).toEqual(
      ["ingenieur", "soudeur"],
    );
    // A trade on no machine has no sector: any sector filter leaves it out.
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, sectors: ["electricite"] }))).toEqual([]);
  });

  it("keeps the trades with a diploma at any of the chosen levels", () => {
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, levels: ["CAP"] }))).toEqual([
      "marin",
      "soudeur",
    ]);
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, levels: ["Bac+5", "Bac+2"] }))).toEqual([
      "orphelin",
      "ingenieur",
    ]);
  });

  it("keeps the trades where a sourced figure says women are still few, never one without a figure", () => {
    // ingenieur: 45 % of women; marin: no figure, so not « peu nombreuses » either.
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, fewWomen: true }))).toEqual([
      "orphelin",
      "soudeur",
    ]);
  });

  it("keeps the trades of the ecological transition, green or greening", () => {
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, green: true }))).toEqual([
      "ingenieur",
      "marin",
    ]);
  });

  it("combines the few-women and green filters with the others", () => {
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, fewWomen: true, green: true }))).toEqual([]);
    expect(
      ids(filterJobs(jobs, jobSectors, { ...noJobFilter, fewWomen: true, sectors: ["maritime"] })),
    ).toEqual(["soudeur"]);
    expect(ids(filterJobs(jobs, jobSectors, { ...noJobFilter, green: true, levels: ["CAP"] }))).toEqual([
      "marin",
    ]);
  });

  it("says whether anything is chosen", () => {
    expect(isFiltering(noJobFilter)).toBe(false);
    expect(isFiltering({ ...noJobFilter, fewWomen: true })).toBe(true);
    expect(isFiltering({ ...noJobFilter, green: true })).toBe(true);
    expect(isFiltering({ ...noJobFilter, query: "soud" })).toBe(true);
  });

  it("combines search, sector and level", () => {
    const filter = {
      ...noJobFilter,
      query: "matelot",
      sectors: ["maritime"],
      levels: ["CAP"] as DiplomaLevel[],
    };
    expect(ids(filterJobs(jobs, jobSectors, filter))).toEqual(["marin"]);
    expect(ids(filterJobs(jobs, jobSectors, { ...filter, levels: ["Bac+5"] }))).toEqual([]);
  });

  it("gathers each trade's sectors once", () => {
    expect([...(jobSectors.get("soudeur") ?? [])]).toEqual(["metallurgie", "maritime"]);
  });
});
