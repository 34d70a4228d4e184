import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { townCompleted } from "../../scripts/bench/townCompleted";
import type { Company, Sector } from "../../src/content/schema";
import { screenshot, siteOrigin, waitForScene } from "./browser";
import { browserSession } from "./fixture";

const siteDir = inject("siteDir");
const read = <T>(file: string) => JSON.parse(readFileSync(`${siteDir}/content/${file}`, "utf8")) as T;
const sectors = read<Sector[]>("sectors.json");
const companies = read<Company[]>("companies.json");

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

/** Boxes that overlap, as "a / b" pairs (empty when all are apart). */
function overlapping(boxes: Box[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (!apart(a, b)) pairs.push(`${a.id} / ${b.id}`);
  });
  return pairs;
}

/** Opens the town at a size, motion reduced unless asked (the frame loop then sleeps once drawn). */
async function openTown(
  session: ReturnType<typeof browserSession>,
  width: number,
  height: number,
  reducedMotion: "reduce" | "no-preference" = "reduce",
  quality: "auto" | "haute" | "econome" = "auto",
): Promise<Page> {
  const { page } = await session.openPage({
    contextOptions: { viewport: { width, height }, locale: "fr-FR", reducedMotion },
  });
  await page.addInitScript((chosen) => {
    (window as unknown as { __USINE_BENCH__: boolean }).__USINE_BENCH__ = true;
    // The quality preference as the app keeps it (see preferencesStorage.ts).
    localStorage.setItem(
      "usine-extraordinaire:preferences",
      JSON.stringify({ state: { locale: "fr", favourites: [], quality: chosen }, version: 1 }),
    );
  }, quality);
  await page.goto(`${siteOrigin()}/#/`);
  await waitForScene(page, "town");
  // Labels are placed after the first frame; most districts get theirs.
  await page.waitForFunction(
    (least) => document.querySelectorAll(".town-labels [data-placed]").length >= least,
    Math.min(5, sectors.length),
  );
  // The sky's dome and the sea's waves come after the first frame: what the tests see is the whole town.
  await townCompleted(page);
  return page;
}

/** The placed labels' boxes, and the stage's. */
async function labelBoxes(page: Page): Promise<{ labels: (Box & { cut: boolean })[]; stage: Box }> {
  return page.evaluate(() => {
    const box = (element: Element, id: string) => {
      const r = element.getBoundingClientRect();
      return { id, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const stage = document.querySelector('#root [data-scene="town"]');
    if (!stage) throw new Error("no town stage");
    const labels = [...document.querySelectorAll<HTMLElement>(".town-labels [data-placed]")].map(
      (element) => ({
        ...box(element, `${element.dataset.label}:${element.dataset.form}`),
        cut: element.scrollWidth > element.clientWidth + 1,
      }),
    );
    return { labels, stage: box(stage, "stage") };
  });
}

/**
 * Statistics of a screenshot of the stage, computed in the page on a 2D canvas: how many distinct
 * colours (4 bits a channel, counted when at least 4 samples have it), the share of the most
 * common one, and the shares of sea (blue) and land (green or ochre) pixels.
 */
async function pictureStats(page: Page, png: Buffer) {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const bins = new Map<number, number>();
    let samples = 0;
    let sea = 0;
    let land = 0;
    for (let i = 0; i < pixels.length; i += 4 * 3) {
      const r = pixels[i] ?? 0;
      const g = pixels[i + 1] ?? 0;
      const b = pixels[i + 2] ?? 0;
      samples += 1;
      const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
      bins.set(key, (bins.get(key) ?? 0) + 1);
      if (b > r + 40 && b > g - 10) sea += 1;
      else if (g >= b + 10 && r >= b) land += 1;
    }
    const counts = [...bins.values()];
    return {
      distinct: counts.filter((c) => c >= 4).length,
      commonest: Math.max(...counts) / samples,
      sea: sea / samples,
      land: land / samples,
    };
  }, png.toString("base64"));
}

describe("the town", () => {
  const session = browserSession();

  it("is a place on a desktop: many colours, the sea and the land, labels apart and whole, SVG icons", async () => {
    const page = await openTown(session, 1280, 720);
    const stage = page.locator('#root [data-scene="town"]');
    const stats = await pictureStats(page, await stage.screenshot());
    await screenshot(page, "town-desktop");
    // An empty stage is one colour; the old flat town had a few dozen.
    expect(stats.distinct, JSON.stringify(stats)).toBeGreaterThan(250);
    expect(stats.commonest, JSON.stringify(stats)).toBeLessThan(0.2);
    expect(stats.sea, JSON.stringify(stats)).toBeGreaterThan(0.08);
    expect(stats.land, JSON.stringify(stats)).toBeGreaterThan(0.2);

    const { labels, stage: box } = await labelBoxes(page);
    expect(overlapping(labels)).toEqual([]);
    for (const label of labels) {
      expect(label.cut, label.id).toBe(false);
      expect(label.x, label.id).toBeGreaterThanOrEqual(box.x);
      expect(label.y, label.id).toBeGreaterThanOrEqual(box.y);
      expect(label.x + label.width, label.id).toBeLessThanOrEqual(box.x + box.width);
      expect(label.y + label.height, label.id).toBeLessThanOrEqual(box.y + box.height);
    }
    // Written out where there is room: on a desktop, at least half the districts show their name.
    expect(labels.filter((l) => l.id.endsWith(":full")).length).toBeGreaterThanOrEqual(sectors.length / 2);

    // Sector icons are self-hosted SVG drawn by every machine, never emoji (a "□" without an emoji font).
    const icons = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("[data-sector-icon]")].map((icon) => ({
        id: icon.dataset.sectorIcon ?? "",
        text: icon.textContent ?? "",
        mask: getComputedStyle(icon).maskImage || getComputedStyle(icon).webkitMaskImage,
      })),
    );
    expect(new Set(icons.map((i) => i.id))).toEqual(new Set(sectors.map((s) => s.id)));
    for (const icon of icons) {
      expect(icon.text).toBe("");
      expect(icon.mask).toContain(`icons/sectors/${icon.id}.svg`);
    }
    const pictographs = await page.evaluate(() => {
      const text = [...document.querySelectorAll(".sector-name, .town-labels")]
        .map((e) => e.textContent)
        .join(" ");
      return text.match(/\p{Extended_Pictographic}/gu) ?? [];
    });
    expect(pictographs).toEqual([]);
    for (const sector of sectors) {
      const response = await page.request.get(`${siteOrigin()}/icons/sectors/${sector.id}.svg`);
      expect(response.status(), sector.id).toBe(200);
      expect(await response.text()).toContain("<svg");
    }
  });

  it("sleeps once drawn with reduced motion or in économe quality, and lives (waves, ship, cars) otherwise", async () => {
    const frames = (page: Page) =>
      page.evaluate(
        () =>
          (window as unknown as { __usineRenderer?: { info: { render: { frame: number } } } }).__usineRenderer
            ?.info.render.frame ?? -1,
      );
    // Reduced motion asked for, or "économe" quality: once drawn, nothing moves, so the frame
    // counter must not move while the page idles through many animation frames.
    for (const [motion, quality] of [
      ["reduce", "auto"],
      ["no-preference", "econome"],
    ] as const) {
      const still = await openTown(session, 1280, 720, motion, quality);
      const before = await frames(still);
      expect(before).toBeGreaterThan(0);
      await still.evaluate(
        () =>
          new Promise<void>((resolve) => {
            let left = 60;
            const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
            requestAnimationFrame(tick);
          }),
      );
      expect(await frames(still), `${motion}, ${quality}`).toBe(before);
    }

    // "Haute" chosen: on this software renderer "auto" would be économe, which stills the town.
    const living = await openTown(session, 1280, 720, "no-preference", "haute");
    const start = await frames(living);
    await living.waitForFunction(
      (from) =>
        ((window as unknown as { __usineRenderer?: { info: { render: { frame: number } } } }).__usineRenderer
          ?.info.render.frame ?? 0) >=
        from + 3,
      start,
      { timeout: 60_000 },
    );
  });

  it("fills a projector's screen", async () => {
    const page = await openTown(session, 1920, 1080);
    const { labels } = await labelBoxes(page);
    expect(overlapping(labels)).toEqual([]);
    await screenshot(page, "town-projector");
  });

  it("fills a phone's screen before the list, labels apart and whole", async () => {
    const page = await openTown(session, 390, 844);
    await screenshot(page, "town-phone");
    const layout = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      const stage = rect('#root [data-scene="town"]');
      const list = rect(".town-directory");
      const main = rect("main");
      return { stage, list, main };
    });
    if (!layout.stage || !layout.list || !layout.main) throw new Error("stage, list or main missing");
    expect(layout.stage.top).toBeLessThan(layout.list.top);
    expect(layout.stage.height).toBeGreaterThan(0.85 * layout.main.height);
    expect(layout.stage.width).toBeGreaterThanOrEqual(389);
    const { labels, stage } = await labelBoxes(page);
    expect(overlapping(labels)).toEqual([]);
    for (const label of labels) {
      expect(label.cut, label.id).toBe(false);
      expect(label.x).toBeGreaterThanOrEqual(stage.x);
      expect(label.x + label.width).toBeLessThanOrEqual(Math.min(stage.x + stage.width, 390));
    }
  });

  it("names a building when its company is pointed at in the list, lights the list when the building is; a click walks in", async () => {
    const page = await openTown(session, 1280, 720);
    const company = companies[0];
    if (!company) throw new Error("the pack has no company");
    await page.hover(`.town-directory a[data-company="${company.id}"]`);
    const tag = page.locator(`.town-labels [data-label="building:${company.id}"][data-placed]`);
    await tag.waitFor();
    await expect(tag.textContent()).resolves.toBe(company.name);
    const { labels } = await labelBoxes(page);
    expect(overlapping(labels)).toEqual([]);

    // Its building stands under its name: the pointer finds it there, and a click walks in.
    const box = await tag.boundingBox();
    if (!box) throw new Error("the building's name has no box");
    let found = false;
    for (let dy = 10; dy <= 80 && !found; dy += 5) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + dy);
      found = await page.evaluate(() => document.body.style.cursor === "pointer");
      if (!found) continue;
      // Pointed at in the town, its line in the list lights up too.
      await page.locator(`.town-directory a[data-company="${company.id}"][data-highlighted]`).waitFor();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + dy);
    }
    expect(found).toBe(true);
    await page.waitForFunction((id) => location.hash === `#/usine/${id}`, company.id);
  });
});

describe("the town without its model", () => {
  const session = browserSession();

  it.each([
    ["missing", 404, ""],
    ["corrupt", 200, "glTF? not at all"],
  ] as const)(
    "is still drawn, simply, when its model is %s: no alert, no uncaught error",
    async (_case, status, body) => {
      const { page, watch } = await session.openPage({
        contextOptions: { viewport: { width: 1280, height: 720 }, locale: "fr-FR", reducedMotion: "reduce" },
        ignoreConsole: /404/,
      });
      await page.route("**/models/town.glb", (route) =>
        route.fulfill({ status, body, contentType: "model/gltf-binary" }),
      );
      await page.goto(`${siteOrigin()}/#/`);
      await waitForScene(page, "town");
      await page.waitForFunction(() => document.querySelectorAll(".town-labels [data-placed]").length >= 5);
      expect(await page.locator('#root [data-scene="town"] [role="alert"]').count()).toBe(0);
      expect(watch.consoleErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    },
  );
});

describe("the town without WebGL", () => {
  const session = browserSession({ launchArgs: ["--disable-webgl", "--disable-3d-apis"] });

  it("is a 2D map: one link per company, named after it, reached by keyboard; no stacked labels", async () => {
    const { page } = await session.openPage({
      contextOptions: { viewport: { width: 1280, height: 720 }, locale: "fr-FR" },
      // NOTE: three.js reports the refused WebGL context before the app falls back to 2D.
      ignoreConsole: /WebGL/,
    });
    await page.goto(`${siteOrigin()}/#/`);
    const map = page.locator('#root [data-scene="town"] .town-map-2d');
    await map.waitFor();
    await screenshot(page, "town-no-webgl");
    const links = map.locator("a[data-company]");
    expect(await links.count()).toBe(companies.length);
    for (const company of companies) {
      const link = map.locator(`a[data-company="${company.id}"]`);
      await expect(link.getAttribute("aria-label")).resolves.toContain(company.name);
      await expect(link.getAttribute("href")).resolves.toBe(`#/usine/${company.id}`);
    }
    // Every district's name sits inside its own district: none piles on another.
    const names = await page.evaluate(() =>
      [...document.querySelectorAll("[data-map-district]")].map((group) => {
        const district = group.querySelector(".map-district")?.getBoundingClientRect();
        const name = group.querySelector(".map-district-name")?.getBoundingClientRect();
        const id = (group as HTMLElement).dataset.mapDistrict ?? "";
        return { id, district, name };
      }),
    );
    expect(names).toHaveLength(sectors.length);
    const boxes: Box[] = [];
    for (const { id, district, name } of names) {
      if (!district || !name) throw new Error(`${id}: no district or no name`);
      expect(name.width, id).toBeGreaterThan(0);
      expect(name.left, id).toBeGreaterThanOrEqual(district.left - 0.5);
      expect(name.right, id).toBeLessThanOrEqual(district.right + 0.5);
      boxes.push({ id, x: name.x, y: name.y, width: name.width, height: name.height });
    }
    expect(overlapping(boxes)).toEqual([]);
    // Keyboard: a building link takes the focus and Enter walks into the factory.
    const first = companies[0];
    if (!first) throw new Error("the pack has no company");
    const link = map.locator(`a[data-company="${first.id}"]`);
    await link.focus();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-company"))).resolves.toBe(
      first.id,
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => location.hash === `#/usine/${id}`, first.id);
  });
});
