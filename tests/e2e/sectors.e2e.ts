import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sector } from "../../src/content/schema";
import { launchBrowser, openWatchedPage, screenshot, siteOrigin, waitForScene } from "./browser";
import { builtPack } from "./packFacts";

const pack = builtPack();
const sectors = JSON.parse(readFileSync("dist/content/sectors.json", "utf8")) as Sector[];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("one workshop per sector", () => {
  it.each(sectors.map((s) => [s.id] as const))(
    "%s: a workshop loads and is photographed",
    async (sectorId) => {
      const company = pack.companies.find((c) => c.sector === sectorId);
      expect(company, `a company of ${sectorId}`).toBeDefined();
      if (!company) return;
      // The most characteristic hall is usually the first one.
      const workshop = company.workshops[0];
      if (!workshop) throw new Error(`${company.id} has no workshop`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const { page, watch } = await openWatchedPage(context);
      await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}`);
      await waitForScene(page, `${company.id}/${workshop.id}`);
      expect(await page.locator("[data-machine]").count()).toBe(workshop.machines.length);
      await screenshot(page, `sector-${sectorId}`);
      expect(watch.consoleErrors).toEqual([]);
      await context.close();
    },
  );
});
