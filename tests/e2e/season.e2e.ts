import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newDefi } from "../../server/newDefi";
import { type RunningHub, startHub } from "../../server/startHub";
import { connectHub } from "../../src/protocol/hubClient";
import { browserSession } from "./fixture";

/**
 * Le défi des classes in Chromium, on the built site served by a hub with a SQLite season: a
 * teacher creates « Ma classe », leads a live class with a pupil, ends it; the passport shows the
 * session; the challenge's ranking on a 1920×1080 projector.
 */

const siteDir = resolve(inject("siteDir"));
const tourId = "decouverte-industries-provence";
const session = browserSession();
const folder = mkdtempSync(join(tmpdir(), "usine-season-e2e-"));
let hub: RunningHub;
beforeAll(async () => {
  hub = await startHub({
    host: "127.0.0.1",
    staticDir: siteDir,
    database: { file: join(folder, "usine.db") },
    season: { rankingCacheMs: 0 },
    log: () => {},
  });
});
afterAll(async () => {
  await hub?.close();
  rmSync(folder, { recursive: true, force: true });
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, timeout: 120_000, fullPage: true });

describe("le défi des classes", () => {
  it("a teacher creates the class, leads a session that counts, and finds it in the passport and the ranking", async () => {
    // Pages of the hub's origin (not the static server's that `openPage` watches); errors recorded here.
    const context = await session.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto(`${hub.url}/#/ma-classe`);
    await page.getByLabel("Établissement").fill("Collège Jean-Moulin");
    await page.getByLabel("Commune").fill("Marseille");
    await page.getByLabel("Niveau").selectOption("4e");
    await page.getByLabel("Nom de la classe").fill("4e B");
    await page.getByRole("button", { name: "Créer la classe" }).click();
    await page.locator("[data-class-card] svg[data-class-qr]").waitFor({ timeout: 30_000 });
    expect(await page.locator("[data-season-sessions]").getAttribute("data-season-sessions")).toBe("0");
    await shot(page, "season-my-class-1280");

    // The presenter's window: the session will count for « 4e B ».
    await page.goto(`${hub.url}/#/visite/${tourId}/1?presentateur`);
    await page.locator('[data-class-season="ready"]').waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Classe en direct" }).first().click();
    await page.locator('[data-class-season="counting"]').waitFor({ timeout: 30_000 });
    const code = (await page.locator("#class-presenter-title strong").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await shot(page, "season-presenter-counting-1280");

    // A pupil (a protocol client) joins and answers the first question right.
    const pupil = connectHub({ url: hub.url, transports: ["websocket"] });
    try {
      const joined = await pupil.request("class:join", { code, name: "Zoé" });
      if (!joined.ok) throw new Error(joined.error);
      expect(
        (await pupil.request("class:answer", { code, pupil: joined.pupil, step: 0, choice: 0 })).ok,
      ).toBe(true);
    } finally {
      pupil.close();
    }
    await page.getByRole("button", { name: "Terminer" }).first().click();
    await page.locator('[data-class-season="recorded"]').waitFor({ timeout: 30_000 });

    await page.goto(`${hub.url}/#/ma-classe/passeport`);
    await page.locator("[data-passport] [data-passport-trade]").first().waitFor({ timeout: 30_000 });
    expect(await page.locator("[data-passport-trade]").count()).toBeGreaterThan(0);
    expect(await page.locator('[data-sector-met="true"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-sector-met="false"]').count()).toBeGreaterThan(0);
    await shot(page, "season-passport-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "season-passport-390");
    await page.goto(`${hub.url}/#/ma-classe`);
    await page.locator("[data-season-sessions='1']").waitFor({ timeout: 30_000 });
    await shot(page, "season-my-class-390");

    // The challenge: the class joins with its code, the ranking on a projector.
    const defi = await hub.database?.use((db) =>
      newDefi(db, {
        title: "Défi des Bouches-du-Rhône",
        from: "2026-01-01",
        to: "2099-12-31",
        tours: [tourId],
      }),
    );
    if (!defi) throw new Error("no challenge");
    await page.getByLabel("Code du défi").fill(defi.code.toLowerCase());
    await page.getByRole("button", { name: "Rejoindre" }).click();
    await page.getByText(`La classe participe au défi ${defi.code}.`).waitFor({ timeout: 30_000 });
    await page.locator(`a[href="#/defi/${defi.code}"]`).waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
    await context.close();

    const projector = {
      page: await (
        await session.newContext({ viewport: { width: 1920, height: 1080 }, locale: "fr-FR" })
      ).newPage(),
    };
    await projector.page.goto(`${hub.url}/#/defi/${defi.code}`);
    await projector.page.locator("[data-defi-rank]").first().waitFor({ timeout: 30_000 });
    const row = (await projector.page.locator("[data-defi-rank]").first().textContent()) ?? "";
    expect(row).toContain("4e B");
    await projector.page.screenshot({
      path: "test-results/screenshots/season-defi-1920.png",
      timeout: 120_000,
    });
  });
});
