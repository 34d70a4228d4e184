import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentFiles, type RawContentPack } from "../src/content/contentFiles";
import { validatePack } from "../src/content/validatePack";
import { minimalPack } from "./fixtures/minimalPack";

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

describe("content pack schema", () => {
  it("accepts the shipped pack", () => {
    const result = validatePack(readRealPack());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("accepts a minimal valid pack", () => {
    expect(validatePack(minimalPack()).ok).toBe(true);
  });

  it("names the file and JSON path of a malformed ROME code", () => {
    const pack = minimalPack();
    pack.jobs[1] = { ...pack.jobs[1], rome: "H291" };
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({ file: "content/jobs.json", path: "$[1].rome" }),
    );
  });

  it("reports a missing field with its path", () => {
    const pack = minimalPack();
    const { headcount: _dropped, ...company } = pack.companies[0] as Record<string, unknown>;
    pack.companies[0] = company;
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({ file: "content/companies.json", path: "$[0].headcount" }),
    );
  });

  it("reports a machine that names an unknown trade", () => {
    const pack = minimalPack();
    const raw = JSON.stringify(pack.companies).replace('"chaudronnier"', '"astronaute"');
    pack.companies = JSON.parse(raw) as Record<string, unknown>[];
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: "content/companies.json",
        path: "$[0].workshops[0].machines[0].jobs[1]",
        message: expect.stringContaining("astronaute"),
      }),
    ]);
  });

  it("reports a tour stop on a machine that is not in its workshop", () => {
    const pack = minimalPack();
    pack.tours = JSON.parse(JSON.stringify(pack.tours).replace('"robot"', '"grue"')) as Record<
      string,
      unknown
    >[];
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: "content/tours.json", path: "$[0].stops[0].machine" });
  });

  it("requires exactly 13 sectors", () => {
    const pack = minimalPack();
    pack.sectors.pop();
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
  });

  it("reports duplicate ids", () => {
    const pack = minimalPack();
    pack.jobs[1] = { ...pack.jobs[1], id: "soudeur" };
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.path === "$[1].id" && p.message.includes("double"))).toBe(true);
  });
});
