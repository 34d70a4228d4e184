import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type SchoolLink, startSchoolLink } from "../../scripts/bench/schoolLink";
import { type RunningHub, startHub } from "../../server/startHub";
import type { Company, Tour } from "../../src/content/schema";
import { connectHub, type HubClient } from "../../src/protocol/hubClient";
import type { ClassReadiness } from "../../src/protocol/schema";
import { browserSession } from "./fixture";

/**
 * A pupil on a school network whose proxy refuses WebSocket upgrades: the page reaches the hub
 * through a proxy that answers every `Upgrade: websocket` with 403. The pupil joins, follows the
 * teacher (a protocol client in Node) on long-polling, the device fetches the tour's other models
 * ahead (« Visite prête hors ligne : N/N »), each model crosses the proxy at most once, and the
 * teacher learns that the device is ready for the next stops.
 */

const siteDir = resolve(inject("siteDir"));
const tours = JSON.parse(readFileSync(`${siteDir}/content/tours.json`, "utf8")) as Tour[];
const companies = JSON.parse(readFileSync(`${siteDir}/content/companies.json`, "utf8")) as Company[];
const tour = tours.find((t) => t.id === "metiers-transition-energetique");
if (!tour) throw new Error("tour metiers-transition-energetique missing");
const total = tour.stops.length;
const sceneOf = (step: number) => {
  const stop = tour.stops[step];
  return `${stop?.company}/${stop?.workshop}`;
};
/** The bytes a browser gets for a file of the site (its brotli copy when the build has one). */
const fileBytes = (path: string) => {
  const file = `${siteDir}${path}`;
  try {
    return statSync(`${file}.br`).size;
  } catch {
    return statSync(file).size;
  }
};

const session = browserSession();
let hub: RunningHub;
let link: SchoolLink;
let teacher: HubClient;
beforeAll(async () => {
  hub = await startHub({ host: "127.0.0.1", staticDir: siteDir, log: () => {} });
  link = await startSchoolLink({ target: hub.url, refuseWebSocket: true });
  teacher = connectHub({ url: hub.url, transports: ["websocket"] });
});
afterAll(async () => {
  teacher?.close();
  await link?.close();
  await hub?.close();
});

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, timeout: 120_000 });

const waitForScene = (page: Page, scene: string) =>
  page.waitForFunction(
    (expected) => {
      const stage = document.querySelector("#root [data-scene]");
      return stage?.getAttribute("data-scene") === expected && stage.getAttribute("aria-busy") === "false";
    },
    scene,
    { timeout: 120_000 },
  );

describe("a pupil behind a school proxy", () => {
  it("follows the class on long-polling when WebSockets are refused, with the tour fetched ahead once", async () => {
    const created = await teacher.request("class:create", { tour: tour.id });
    if (!created.ok) throw new Error(created.error);
    const { code, key } = created;
    const readiness: ClassReadiness[] = [];
    teacher.setSession({ role: "teacher", code, key });
    teacher.on("class:readiness", (r) => readiness.push(r));

    const context = await session.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(link.url) && !url.startsWith("data:") && !url.startsWith("blob:"))
        problems.push(`off-origin: ${url}`);
    });
    await page.goto(`${link.url}/#/classe/${code}`);
    await page.getByLabel("Pseudo").fill("Léa");
    await page.getByRole("button", { name: "Rejoindre" }).click();
    await page.waitForFunction(
      (expected) => document.querySelector("[data-tour-step]")?.textContent?.trim() === expected,
      `1 / ${total}`,
      { timeout: 45_000 },
    );
    await waitForScene(page, sceneOf(0));

    // The device fetches the other stops' models in the background, and says so.
    await page.waitForFunction(
      (n) =>
        document.querySelector("[data-class-offline-ready]")?.getAttribute("data-class-offline-ready") ===
        String(n),
      total,
      { timeout: 120_000 },
    );
    expect((await page.locator("[data-class-offline-ready]").textContent())?.trim()).toBe(
      `Visite prête hors ligne\u202f: ${total}/${total}`,
    );
    await expect
      .poll(() => readiness.at(-1)?.ready, { timeout: 20_000 })
      .toEqual(Array.from({ length: total }, () => 1));

    // The teacher moves on: the pupil follows, and the next model is already on the device.
    const modelsBefore = link.bytesDownFor("/models/");
    expect(await teacher.request("class:goto", { code, key, step: 1 })).toEqual({ ok: true });
    await page.waitForFunction(
      (expected) => document.querySelector("[data-tour-step]")?.textContent?.trim() === expected,
      `2 / ${total}`,
      { timeout: 45_000 },
    );
    await waitForScene(page, sceneOf(1));
    await screenshot(page, "school-network-pupil-390");

    // Every upgrade was refused; the socket lives on long-polling.
    expect(link.refusedUpgrades()).toBeGreaterThanOrEqual(1);
    expect(link.pollingRequests()).toBeGreaterThan(2);
    // Each model (the tour's and the town behind the join form) crossed the proxy at most once:
    // its brotli bytes plus headers. None crossed at the move.
    const models = [...link.bytesDownByPath()].filter(([path]) => path.startsWith("/models/"));
    const tourModels = new Set(
      tour.stops.map((stop) => `/${companies.find((c) => c.id === stop.company)?.model}`),
    );
    for (const path of tourModels) expect(models.map(([p]) => p)).toContain(path);
    for (const [path, bytes] of models) expect(bytes).toBeLessThanOrEqual(fileBytes(path) + 2048);
    expect(link.bytesDownFor("/models/")).toBe(modelsBefore);
    expect(problems).toEqual([]);
  }, 300_000);
});
