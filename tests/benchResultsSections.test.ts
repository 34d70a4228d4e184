import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sectionsWrittenElsewhere } from "../scripts/bench/sectionsWrittenElsewhere";

describe("the sections npm run bench keeps when it rewrites bench/results.md", () => {
  it("keeps every section it does not write, in order, and drops its own", () => {
    const text = [
      "# L'Usine Extraordinaire — bench",
      "",
      "## First-load JavaScript (gzip)",
      "old figures",
      "## Town: cold `#/` to the town drawn",
      "### town, as is",
      "old waterfall",
      "## Reading the floor figures (what stands in the way)",
      "written by hand",
      "## La classe en direct",
      "bench:classe",
      "## Le défi des classes (bench:defi)",
      "bench:defi",
    ].join("\n");
    expect(sectionsWrittenElsewhere(text)).toEqual([
      "",
      "## Reading the floor figures (what stands in the way)\nwritten by hand",
      "",
      "## La classe en direct\nbench:classe",
      "",
      "## Le défi des classes (bench:defi)\nbench:defi",
    ]);
  });

  it("keeps the other benches' sections of the committed file", () => {
    const text = readFileSync(new URL("../bench/results.md", import.meta.url), "utf8");
    const kept = sectionsWrittenElsewhere(text).join("\n");
    for (const title of [
      "## Reading the floor figures",
      "## La classe en direct",
      "## Le réseau du collège: the latest bench:reseau run",
      "## Le défi des classes",
    ]) {
      expect(kept).toContain(`\n${title}`);
    }
    expect(kept).not.toContain("\n## Against the floor");
  });
});
