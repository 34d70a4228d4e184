import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Sector } from "../../src/content/schema";
import { screenshot, siteOrigin, waitForScene } from "./browser";
import { browserSession } from "./fixture";
import { builtPack, builtSiteDir } from "./packFacts";

const pack = builtPack();
const sectors = JSON.parse(readFileSync(`${builtSiteDir}/content/sectors.json`, "utf8")) as Sector[];
/** The first company of each sector: its first workshop is photographed. */
const photographed = new Set(sectors.map((s) => pack.companies.find((c) => c.sector === s.id)?.id));

const session = browserSession();

/**
 * The hotspots that a click at their centre would miss: the element there is something else
 * (a card, the minimap, another hotspot). Every hotspot counts, on screen or waiting at an edge.
 */
function hotspotsNotOnTop(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button[data-machine]")]
      .filter((button) => {
        const box = button.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !(top && button.contains(top));
      })
      .map((button) => button.dataset.machine ?? "?"),
  );
}

/** Visits every company's first workshop in one page, by its link, and checks its hotspots. */
async function visitEveryFirstWorkshop(viewport: { width: number; height: number }, label: string) {
  const { page } = await session.openPage({ contextOptions: { viewport } });
  await page.goto(`${siteOrigin()}/#/`);
  const blocked: string[] = [];
  for (const company of pack.companies) {
    const workshop = company.workshops[0];
    if (!workshop) throw new Error(`${company.id} has no workshop`);
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `#/usine/${company.id}/${workshop.id}`);
    await waitForScene(page, `${company.id}/${workshop.id}`);
    expect(await page.locator("button[data-machine]").count(), company.id).toBe(workshop.machines.length);
    // Anchors are placed after the frame; wait until every hotspot has been placed once.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>("button[data-machine]")].every(
        (b) => b.style.transform !== "",
      ),
    );
    const missed = await hotspotsNotOnTop(page);
    blocked.push(...missed.map((machine) => `${company.id}/${machine}`));
    if (missed.length > 0) await screenshot(page, `${label}-hotspot-covered-${company.id}`);
    if (photographed.has(company.id)) await screenshot(page, `${label}-${company.sector}`);
  }
  return blocked;
}

describe("every company's first workshop", () => {
  it("on a desktop: loads, and every hotspot is the element under its own centre", async () => {
    expect(await visitEveryFirstWorkshop({ width: 1280, height: 720 }, "sector")).toEqual([]);
  }, 600_000);

  it("on a phone: loads, and every hotspot is the element under its own centre", async () => {
    expect(await visitEveryFirstWorkshop({ width: 390, height: 844 }, "phone-sector")).toEqual([]);
  }, 600_000);
});
