import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentFiles, type RawContentPack } from "../src/content/contentFiles";
import {
  fewWomenThreshold,
  findJobRuleProblems,
  findTypographyProblems,
  fixTypography,
  hasFewWomen,
  legalMinimumSalary,
  NBSP,
  NNBSP,
  typographyFaults,
} from "../src/content/contentRules";
import type { Job } from "../src/content/schema";
import { validatePack } from "../src/content/validatePack";
import { minimalPack } from "./fixtures/minimalPack";

function jobsOf(raw: RawContentPack): Job[] {
  const result = validatePack(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack.jobs;
}

function problemsOf(raw: RawContentPack) {
  const result = validatePack(raw);
  return result.ok ? [] : result.problems;
}

const dares = {
  label: "Dares, Portraits statistiques des métiers",
  url: "https://dares.travail-emploi.gouv.fr/donnees/portraits-statistiques-des-metiers",
  year: 2019,
};

describe("trade rules (check:content)", () => {
  it("accepts the minimal pack", () => {
    expect(findJobRuleProblems(jobsOf(minimalPack()))).toEqual([]);
  });

  it("rejects a starting salary below the legal minimum, and accepts the minimum itself", () => {
    const pack = minimalPack();
    pack.jobs[0] = { ...pack.jobs[0], salaryStart: 1800 };
    pack.jobs[1] = { ...pack.jobs[1], salaryStart: legalMinimumSalary.monthlyGross };
    expect(findJobRuleProblems(jobsOf(pack))).toEqual([
      expect.objectContaining({ file: "content/jobs.json", path: "$[0].salaryStart" }),
    ]);
  });

  it("requires the references of every trade", () => {
    const pack = minimalPack();
    const { sources: _dropped, ...job } = pack.jobs[1] as Record<string, unknown>;
    pack.jobs[1] = job;
    expect(findJobRuleProblems(jobsOf(pack))).toEqual([
      expect.objectContaining({ file: "content/jobs.json", path: "$[1].sources" }),
    ]);
  });

  it("requires the France Travail sheet to be the one of the trade's ROME 4.0 code", () => {
    const pack = minimalPack();
    pack.jobs[0] = {
      ...pack.jobs[0],
      rome4: { code: "H2917", title: "Soudeur / Soudeuse MIG MAG" },
    };
    expect(findJobRuleProblems(jobsOf(pack))).toEqual([
      expect.objectContaining({ path: "$[0].sources.rome", message: expect.stringContaining("H2917") }),
    ]);
  });
});

describe("sourced facts (schema)", () => {
  it("rejects a malformed ROME 4.0 code with its path", () => {
    const pack = minimalPack();
    pack.jobs[1] = { ...pack.jobs[1], rome4: { code: "H29022", title: "Chaudronnier" } };
    expect(problemsOf(pack)).toContainEqual(
      expect.objectContaining({ file: "content/jobs.json", path: "$[1].rome4.code" }),
    );
  });

  it("accepts a share of women with its source, and refuses one without", () => {
    const pack = minimalPack();
    pack.jobs[0] = {
      ...pack.jobs[0],
      women: { share: 0.04, scope: "famille professionnelle D2Z", source: dares },
    };
    expect(problemsOf(pack)).toEqual([]);
    pack.jobs[0] = { ...pack.jobs[0], women: { share: 0.04, scope: "famille professionnelle D2Z" } };
    expect(problemsOf(pack)).toContainEqual(expect.objectContaining({ path: "$[0].women.source" }));
  });

  it("refuses a share of women outside 0–1", () => {
    const pack = minimalPack();
    pack.jobs[0] = {
      ...pack.jobs[0],
      women: { share: 4, scope: "famille professionnelle D2Z", source: dares },
    };
    expect(problemsOf(pack)).toContainEqual(expect.objectContaining({ path: "$[0].women.share" }));
  });

  it("refuses an outlook or a green mark without its source", () => {
    const pack = minimalPack();
    pack.jobs[0] = {
      ...pack.jobs[0],
      outlook: { projects: 120, scope: "Soudeurs" },
      green: { kind: "vert" },
    };
    const paths = problemsOf(pack).map((p) => p.path);
    expect(paths).toContain("$[0].outlook.source");
    expect(paths).toContain("$[0].green.source");
  });

  it("refuses a source whose link is not a plain https URL", () => {
    const pack = minimalPack();
    pack.jobs[0] = {
      ...pack.jobs[0],
      sources: { rome: "http://candidat.francetravail.fr/metierscope/fiche-metier/H2913" },
    };
    expect(problemsOf(pack)).toContainEqual(expect.objectContaining({ path: "$[0].sources.rome" }));
  });

  it("refuses a malformed RNCP number on a diploma", () => {
    const pack = minimalPack();
    pack.jobs[0] = {
      ...pack.jobs[0],
      diplomas: [{ level: "Bac+2", name: "Titre professionnel", rncp: "36317" }],
    };
    expect(problemsOf(pack)).toContainEqual(expect.objectContaining({ path: "$[0].diplomas[0].rncp" }));
  });

  it("counts a trade among those with few women only from a sourced figure under the threshold", () => {
    const few = { women: { share: fewWomenThreshold - 0.01, scope: "famille D2Z", source: dares } };
    const many = { women: { share: fewWomenThreshold, scope: "famille F1Z", source: dares } };
    expect(hasFewWomen(few)).toBe(true);
    expect(hasFewWomen(many)).toBe(false);
    expect(hasFewWomen({})).toBe(false);
  });
});

describe("typography lint", () => {
  it("puts no-break spaces before « : ; ! ? », inside guillemets, between a number and its unit", () => {
    expect(fixTypography("Il soude : de l'acier ; du titane ! Pourquoi ?")).toBe(
      `Il soude${NBSP}: de l’acier${NNBSP}; du titane${NNBSP}! Pourquoi${NNBSP}?`,
    );
    expect(fixTypography("Le four chauffe à 1 450 °C, soit 25% de plus.")).toBe(
      `Le four chauffe à 1${NNBSP}450${NBSP}°C, soit 25${NBSP}% de plus.`,
    );
    expect(fixTypography("On dit « voir » la matière.")).toBe(`On dit «${NBSP}voir${NBSP}» la matière.`);
  });

  it("leaves URLs, times, identifiers and words that begin like a unit as they are", () => {
    const text = "Rendez-vous à 8:30 sur https://www.onisep.fr/a?b=1:2 avec 3 machines.";
    expect(fixTypography(text)).toBe(text);
    expect(fixTypography("machine:poste-soudure")).toBe("machine:poste-soudure");
    expect(typographyFaults(text)).toEqual([]);
  });

  it("leaves a fixed text with no fault, and fixes it only once", () => {
    const text = "Question : quel métier ? Réponse ; soudeur ! Il fond le métal à 1 500 °C.";
    const fixed = fixTypography(text);
    expect(typographyFaults(text).length).toBeGreaterThan(0);
    expect(typographyFaults(fixed)).toEqual([]);
    expect(fixTypography(fixed)).toBe(fixed);
  });

  it("reports each fault in any file with its JSON path", () => {
    const pack = minimalPack();
    const tour = pack.tours[0] as { stops: { narration: string }[] };
    tour.stops = [{ ...tour.stops[0], narration: "Regardez : un robot !" } as { narration: string }];
    const problems = findTypographyProblems(pack);
    expect(problems).toEqual([
      expect.objectContaining({ file: "content/tours.json", path: "$[0].stops[0].narration" }),
      expect.objectContaining({ file: "content/tours.json", path: "$[0].stops[0].narration" }),
    ]);
    expect(findTypographyProblems(minimalPack())).toEqual([]);
  });
});

describe("the shipped trades", () => {
  const read = (file: string) => JSON.parse(readFileSync(`public/${file}`, "utf8")) as unknown;
  const raw = Object.fromEntries(
    (Object.keys(contentFiles) as (keyof typeof contentFiles)[]).map((key) => [
      key,
      read(contentFiles[key].file),
    ]),
  ) as RawContentPack;

  it("follow the trade rules", () => {
    expect(findJobRuleProblems(jobsOf(raw))).toEqual([]);
  });

  it("have the French typography in jobs.json and sectors.json", () => {
    const files: string[] = [contentFiles.jobs.file, contentFiles.sectors.file];
    expect(findTypographyProblems(raw).filter((p) => files.includes(p.file))).toEqual([]);
  });

  it("give the corrected diplomas of the review", () => {
    const jobs = jobsOf(raw);
    const names = (id: string) => jobs.find((j) => j.id === id)?.diplomas.map((d) => d.name) ?? [];
    expect(names("soudeur").some((n) => n.startsWith("CS Technicien en soudage"))).toBe(true);
    expect(jobs.flatMap((j) => j.diplomas).filter((d) => /^MC /.test(d.name))).toEqual([]);
    expect(names("agent-tri")).toContain(
      "Bac pro Maintenance environnementale et propreté des espaces urbains",
    );
    expect(names("scaphandrier")).toContain("Titre professionnel Scaphandrier travaux publics");
    const cnd = jobs.find((j) => j.id === "controleur-cnd")?.diplomas.find((d) => d.rncp === "RNCP36317");
    expect(cnd?.level).toBe("Bac+2");
  });
});
