import { afterEach, describe, expect, it, vi } from "vitest";
import { contentFileNames } from "../src/content/contentFileNames";
import { loadContentPack } from "../src/content/loadContentPack";
import { readScenePart, takeScenePart } from "../src/content/scenePart";
import { minimalPack } from "./fixtures/minimalPack";

/** Serves the minimal pack as the site's content files; returns the paths fetched, in order. */
function servePack(): string[] {
  const pack = minimalPack();
  const fetched: string[] = [];
  const byFile = new Map<string, string>(
    (Object.keys(contentFileNames) as (keyof typeof contentFileNames)[]).map((key) => [
      contentFileNames[key],
      JSON.stringify(pack[key]),
    ]),
  );
  vi.stubGlobal("fetch", async (url: URL) => {
    const path = url.pathname.slice(1);
    fetched.push(path);
    const text = byFile.get(path);
    return text === undefined ? new Response("", { status: 404 }) : new Response(text);
  });
  return fetched;
}

const base = "http://site.test/";

describe("the scene's part of the pack (a deep link's early frame)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    takeScenePart();
  });

  it("reads only the sectors and companies, and gives an index a workshop can be found in", async () => {
    const fetched = servePack();
    const part = await readScenePart(base);
    expect(fetched.sort()).toEqual([contentFileNames.companies, contentFileNames.sectors].sort());
    const company = minimalPack().companies[0] as { id: string; workshops: unknown[] };
    expect(part?.companyById.get(company.id)?.workshops.length).toBe(company.workshops.length);
    expect(part?.jobs).toEqual([]);
  });

  it("hands what it read to the whole pack's load, which fetches and parses only the rest", async () => {
    const fetched = servePack();
    const part = await readScenePart(base);
    fetched.length = 0;
    const whole = await loadContentPack(base);
    expect(fetched.sort()).toEqual(
      [contentFileNames.jobs, contentFileNames.portraits, contentFileNames.tours].sort(),
    );
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    // The same objects: the scene drawn early keeps its props when the page takes the stage over.
    expect(whole.content.companies).toBe(part?.companies);
    expect(whole.content.jobs.length).toBe(minimalPack().jobs.length);
    // Once: a later load ("Réessayer") reads every file again.
    fetched.length = 0;
    await loadContentPack(base);
    expect(fetched).toHaveLength(Object.keys(contentFileNames).length);
  });

  it("gives null on a file it cannot read, and leaves the whole load to report it", async () => {
    servePack();
    vi.stubGlobal("fetch", async (url: URL) =>
      url.pathname.endsWith("companies.json") ? new Response("{ pas du JSON") : new Response("[]"),
    );
    expect(await readScenePart(base)).toBeNull();
    const whole = await loadContentPack(base);
    expect(whole.ok).toBe(false);
    if (whole.ok) return;
    expect(whole.problems.map((p) => p.file)).toEqual([contentFileNames.companies]);
  });
});
