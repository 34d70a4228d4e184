import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Sector } from "../../src/content/schema";
import { screenshot, siteOrigin, waitForScene } from "./browser";
import { browserSession } from "./fixture";
import { builtPack } from "./packFacts";

const pack = builtPack();
const sectors = JSON.parse(readFileSync("dist/content/sectors.json", "utf8")) as Sector[];

const session = browserSession();

describe("one workshop per sector", () => {
  it.each(sectors.map((s) => [s.id] as const))(
    "%s: a workshop loads and is photographed",
    async (sectorId) => {
      const company = pack.companies.find((c) => c.sector === sectorId);
      if (!company) throw new Error(`no company in the sector ${sectorId}`);
      // The most characteristic hall is usually the first one.
      const workshop = company.workshops[0];
      if (!workshop) throw new Error(`${company.id} has no workshop`);
      const { page, watch } = await session.openPage({
        contextOptions: { viewport: { width: 1280, height: 720 } },
      });
      await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}`);
      await waitForScene(page, `${company.id}/${workshop.id}`);
      expect(await page.locator("[data-machine]").count()).toBe(workshop.machines.length);
      await screenshot(page, `sector-${sectorId}`);
      expect(watch.consoleErrors).toEqual([]);
    },
  );
});
