import { describe, expect, it } from "vitest";
import type { MachinePlace } from "../src/content/contentIndex";
import type { Company, DiplomaLevel, Job } from "../src/content/schema";
import { filterJobs, noJobFilter, sectorsOfJobs } from "../src/trades/jobFilters";

function job(id: string, title: string, levels: DiplomaLevel[]): Job {
  return {
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
  job("soudeur", "Soudeur·se", ["CAP", "Bac"]),
  job("ingenieur", "Ingénieur·e procédés", ["Bac+5"]),
  job("marin", "Matelot", ["CAP", "Certification"]),
  job("orphelin", "Électricien·ne", ["Bac+2"]),
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

  it("combines search, sector and level", () => {
    const filter = { query: "matelot", sectors: ["maritime"], levels: ["CAP"] as DiplomaLevel[] };
    expect(ids(filterJobs(jobs, jobSectors, filter))).toEqual(["marin"]);
    expect(ids(filterJobs(jobs, jobSectors, { ...filter, levels: ["Bac+5"] }))).toEqual([]);
  });

  it("gathers each trade's sectors once", () => {
    expect([...(jobSectors.get("soudeur") ?? [])]).toEqual(["metallurgie", "maritime"]);
  });
});
