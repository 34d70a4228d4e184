import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentFiles, type RawContentPack } from "../src/content/contentFiles";
import type { ContentProblem } from "../src/content/contentProblem";
import { findStoryGaps } from "../src/content/storyRules";
import { type ContentPack, validatePack } from "../src/content/validatePack";
import { minimalPack } from "./fixtures/minimalPack";

type Pack = ReturnType<typeof minimalPack>;

function readRealPack(): RawContentPack {
  const read = (file: string) => JSON.parse(readFileSync(`public/${file}`, "utf8")) as unknown;
  return {
    sectors: read(contentFiles.sectors.file),
    companies: read(contentFiles.companies.file),
    jobs: read(contentFiles.jobs.file),
    tours: read(contentFiles.tours.file),
    portraits: read(contentFiles.portraits.file),
  };
}

function problemsOf(raw: RawContentPack): ContentProblem[] {
  const result = validatePack(raw);
  return result.ok ? [] : result.problems;
}

function validPack(raw: RawContentPack): ContentPack {
  const result = validatePack(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}

/** The minimal pack's tour with a question on its stop. */
function withQuestion(question: Record<string, unknown>): Pack {
  const pack = minimalPack();
  const tour = pack.tours[0] as { stops: Record<string, unknown>[] };
  tour.stops[0] = { ...tour.stops[0], question };
  return pack;
}

const prompt = "Que fait ce robot ?";
const answer = "Il soude les pièces, guidé par son programme.";

describe("the shipped pack's stories", () => {
  it("has every story a shipped pack needs", () => {
    expect(findStoryGaps(validPack(readRealPack()))).toEqual([]);
  });

  it("portrays a woman and a man in every sector, all marked fictional", () => {
    const pack = validPack(readRealPack());
    for (const sector of pack.sectors) {
      const genders = pack.portraits.filter((p) => p.sector === sector.id).map((p) => p.gender);
      expect(genders, sector.id).toEqual(expect.arrayContaining(["femme", "homme"]));
    }
    expect(pack.portraits.every((p) => p.fictional)).toBe(true);
  });

  it("puts each transition hotspot on a machine of its own company", () => {
    const pack = validPack(readRealPack());
    for (const company of pack.companies) {
      const machines = company.workshops.flatMap((w) => w.machines.map((m) => m.id));
      expect(machines, company.id).toContain(company.transition?.machine);
    }
  });
});

describe("tour questions with choices", () => {
  it("accepts a free-text question and a question with choices", () => {
    expect(problemsOf(withQuestion({ prompt, answer }))).toEqual([]);
    expect(
      problemsOf(withQuestion({ prompt, answer, choices: ["Il soude", "Il peint"], correct: 0 })),
    ).toEqual([]);
  });

  it("refuses choices without the right one", () => {
    expect(problemsOf(withQuestion({ prompt, answer, choices: ["Il soude", "Il peint"] }))).toContainEqual(
      expect.objectContaining({ file: "content/tours.json", path: "$[0].stops[0].question.correct" }),
    );
  });

  it("refuses a right answer without choices", () => {
    expect(problemsOf(withQuestion({ prompt, answer, correct: 1 }))).toContainEqual(
      expect.objectContaining({ file: "content/tours.json", path: "$[0].stops[0].question.choices" }),
    );
  });

  it("refuses a right answer outside the choices", () => {
    const problems = problemsOf(
      withQuestion({ prompt, answer, choices: ["Il soude", "Il peint"], correct: 2 }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "$[0].stops[0].question.correct",
        message: expect.stringContaining("hors des choix"),
      }),
    );
  });

  it("refuses one choice, five choices, and the same choice twice", () => {
    for (const choices of [["Il soude"], ["a", "b", "c", "d", "e"], ["Il soude", "il soude "]]) {
      expect(
        problemsOf(withQuestion({ prompt, answer, choices, correct: 0 })),
        choices.join(),
      ).toContainEqual(expect.objectContaining({ path: "$[0].stops[0].question.choices" }));
    }
  });

  it("requires choices at every stop of a shipped tour", () => {
    const gaps = findStoryGaps(validPack(withQuestion({ prompt, answer })));
    expect(gaps).toContainEqual(
      expect.objectContaining({ file: "content/tours.json", path: "$[0].stops[0].question" }),
    );
    const withChoices = withQuestion({ prompt, answer, choices: ["Il soude", "Il peint"], correct: 0 });
    expect(findStoryGaps(validPack(withChoices)).filter((p) => p.file === "content/tours.json")).toEqual([]);
  });
});

describe("transition stories", () => {
  it("refuses a hotspot on a machine the company does not have", () => {
    const pack = minimalPack();
    const company = pack.companies[0] as { transition: Record<string, unknown> };
    company.transition = { ...company.transition, machine: "four-electrique" };
    expect(problemsOf(pack)).toEqual([
      expect.objectContaining({
        file: "content/companies.json",
        path: "$[0].transition.machine",
        message: expect.stringContaining("four-electrique"),
      }),
    ]);
  });

  it("refuses an unknown theme and a story over 400 characters", () => {
    const pack = minimalPack();
    const company = pack.companies[0] as { transition: Record<string, unknown> };
    company.transition = { ...company.transition, theme: "magie", text: "x".repeat(401) };
    const paths = problemsOf(pack).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["$[0].transition.theme", "$[0].transition.text"]));
  });

  it("requires a story for every shipped company, not for a draft to load", () => {
    const pack = minimalPack();
    delete (pack.companies[0] as { transition?: unknown }).transition;
    const loaded = validPack(pack);
    expect(findStoryGaps(loaded)).toContainEqual(
      expect.objectContaining({ file: "content/companies.json", path: "$[0].transition" }),
    );
  });
});

describe("portraits", () => {
  function withPortrait(change: Record<string, unknown>): Pack {
    const pack = minimalPack();
    pack.portraits[0] = { ...pack.portraits[0], ...change };
    return pack;
  }

  it("refuses an unknown sector, trade or company, each with its path", () => {
    expect(problemsOf(withPortrait({ sector: "spatial" }))).toContainEqual(
      expect.objectContaining({ file: "content/portraits.json", path: "$[0].sector" }),
    );
    expect(problemsOf(withPortrait({ job: "astronaute" }))).toContainEqual(
      expect.objectContaining({ path: "$[0].job", message: expect.stringContaining("astronaute") }),
    );
    expect(problemsOf(withPortrait({ company: "usine-fantome" }))).toContainEqual(
      expect.objectContaining({ path: "$[0].company", message: expect.stringContaining("usine-fantome") }),
    );
  });

  it("refuses a diploma that is not one of the trade's", () => {
    expect(problemsOf(withPortrait({ diploma: "Doctorat de soudure" }))).toEqual([
      expect.objectContaining({ path: "$[0].diploma", message: expect.stringContaining("soudeur") }),
    ]);
  });

  it("refuses a trade no machine of the company or sector shows", () => {
    const pack = minimalPack();
    const machines = (pack.companies[0] as { workshops: { machines: { jobs: string[] }[] }[] }).workshops[0]
      ?.machines;
    for (const machine of machines ?? []) machine.jobs = ["chaudronnier"];
    // Lina works at the company, Hugo somewhere in the sector: both are welders, and no one welds.
    expect(problemsOf(pack).map((p) => p.path)).toEqual(["$[0].job", "$[1].job"]);
  });

  it("places a portrait at a machine of its company where its trade is practised", () => {
    expect(problemsOf(withPortrait({ machine: "robot" }))).toEqual([]);
    expect(problemsOf(withPortrait({ machine: "presse" }))).toEqual([
      expect.objectContaining({ path: "$[0].machine", message: expect.stringContaining("presse") }),
    ]);
    expect(problemsOf(withPortrait({ job: "chaudronnier", machine: "robot" }))).toEqual([
      expect.objectContaining({ path: "$[0].machine", message: expect.stringContaining("chaudronnier") }),
    ]);
    const pack = minimalPack();
    pack.portraits[1] = { ...pack.portraits[1], machine: "robot" };
    expect(problemsOf(pack)).toEqual([expect.objectContaining({ path: "$[1].machine" })]);
  });

  it("refuses a company of another sector", () => {
    expect(problemsOf(withPortrait({ sector: "chimie" }))).toContainEqual(
      expect.objectContaining({ path: "$[0].company", message: expect.stringContaining("chimie") }),
    );
  });

  it("refuses a portrait not marked fictional, and a duplicate id", () => {
    expect(problemsOf(withPortrait({ fictional: false }))).toContainEqual(
      expect.objectContaining({ path: "$[0].fictional" }),
    );
    const pack = minimalPack();
    pack.portraits[1] = { ...pack.portraits[1], id: pack.portraits[0]?.id };
    expect(problemsOf(pack)).toContainEqual(expect.objectContaining({ path: "$[1].id" }));
  });

  it("links a tour stop to a portrait of someone at that machine", () => {
    const withStopPortrait = (portrait: string) => {
      const pack = minimalPack();
      const tour = pack.tours[0] as { stops: Record<string, unknown>[] };
      tour.stops[0] = { ...tour.stops[0], portrait };
      // Hugo becomes a boilermaker: seen at the welding station, not at the robot of the stop.
      pack.portraits[1] = { ...pack.portraits[1], job: "chaudronnier" };
      return pack;
    };
    expect(problemsOf(withStopPortrait("lina-soudeuse"))).toEqual([]);
    expect(problemsOf(withStopPortrait("zoe-inconnue"))).toEqual([
      expect.objectContaining({ file: "content/tours.json", path: "$[0].stops[0].portrait" }),
    ]);
    expect(problemsOf(withStopPortrait("hugo-soudeur"))).toEqual([
      expect.objectContaining({
        path: "$[0].stops[0].portrait",
        message: expect.stringContaining("chaudronnier"),
      }),
    ]);
  });

  it("requires a woman and a man in every sector of a shipped pack", () => {
    const pack = minimalPack();
    pack.portraits[0] = { ...pack.portraits[0], gender: "homme" };
    const gaps = findStoryGaps(validPack(pack)).map((p) => p.message);
    expect(gaps).toContain("secteur « metallurgie » : il manque le portrait d’une femme");
    expect(gaps).not.toContain("secteur « metallurgie » : il manque le portrait d’un homme");
    expect(gaps).toContain("secteur « chimie » : il manque le portrait d’un homme");
  });
});
