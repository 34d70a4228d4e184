import type { BrowserContext, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { type PageWatch, screenshot, siteOrigin } from "./browser";
import { browserSession } from "./fixture";
import { builtPack } from "./packFacts";

const pack = builtPack();
const soudeur = pack.jobs.find((j) => j.id === "soudeur");
if (!soudeur) throw new Error("the pack has no soudeur");
/** Trades seen in a maritime company, and trades with an engineering-level diploma: what the filters should keep. */
const maritimeJobs = new Set(
  pack.companies
    .filter((c) => c.sector === "maritime")
    .flatMap((c) => c.workshops.flatMap((w) => w.machines.flatMap((m) => m.jobs))),
);
const bac5Jobs = pack.jobs.filter((j) => j.diplomas.some((d) => d.level === "Bac+5"));
const storageKey = "usine-extraordinaire:preferences";

const session = browserSession({
  contextDefaults: { viewport: { width: 1280, height: 800 }, locale: "fr-FR" },
});
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeEach(async () => {
  ({ page, watch, context } = await session.openPage());
});

const jobLinks = () => page.locator("[data-job-link]").count();
const countText = () => page.getByRole("status").first().textContent();

describe("the trade catalogue", () => {
  it("narrows the list by search, by sector and by diploma level", async () => {
    await page.goto(`${siteOrigin()}/#/metiers`);
    await page.getByRole("heading", { name: "Les métiers", level: 1 }).waitFor();
    expect(await jobLinks()).toBe(pack.jobs.length);
    expect(await countText()).toBe(`${pack.jobs.length} métiers`);

    const search = page.getByRole("searchbox", { name: "Chercher un métier" });
    await search.fill("soudeur");
    await page.locator('[data-job-link="soudeur"]').waitFor();
    expect(await page.locator('[data-job-link="soudeur"]').textContent()).toContain("Soudeur·se");
    expect(await jobLinks()).toBeLessThan(pack.jobs.length);
    await screenshot(page, "trades-01-search");
    await search.fill("");

    const sectors = page.getByRole("group", { name: "Secteur" });
    await sectors.getByRole("checkbox", { name: /Maritime/ }).check();
    expect(await jobLinks()).toBe(maritimeJobs.size);
    expect(maritimeJobs.size).toBeLessThan(pack.jobs.length);
    for (const id of await page
      .locator("[data-job-link]")
      .evaluateAll((links) => links.map((a) => a.getAttribute("data-job-link")))) {
      expect(maritimeJobs.has(id ?? "")).toBe(true);
    }
    await page.getByRole("button", { name: "Effacer les filtres" }).click();
    expect(await jobLinks()).toBe(pack.jobs.length);

    await page
      .getByRole("group", { name: "Niveau de diplôme" })
      .getByRole("checkbox", { name: "Bac+5" })
      .check();
    expect(await jobLinks()).toBe(bac5Jobs.length);
    expect(await countText()).toBe(`${bac5Jobs.length} métiers`);
    await screenshot(page, "trades-02-filters");
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });
});

describe("favourites", () => {
  it("a starred trade survives a reload and is listed in Mes métiers", async () => {
    await page.goto(`${siteOrigin()}/#/metiers/soudeur`);
    const star = page.getByRole("button", { name: "Ajouter aux favoris" });
    await star.click();
    const unstar = page.getByRole("button", { name: "Retirer des favoris" });
    expect(await unstar.getAttribute("aria-pressed")).toBe("true");
    await screenshot(page, "trades-03-starred");

    await page.reload();
    expect(await page.getByRole("button", { name: "Retirer des favoris" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await page.getByRole("link", { name: "Les métiers", exact: true }).first().click();
    const mine = page.locator("[data-my-trades]");
    await mine.getByRole("heading", { name: "Mes métiers" }).waitFor();
    expect(await mine.getByRole("link").first().textContent()).toContain(soudeur.title);
    await screenshot(page, "trades-04-my-trades");

    // Unstarring from the list removes it.
    await mine.getByRole("button", { name: "Retirer des favoris" }).click();
    await mine.getByText("Aucun métier pour l’instant", { exact: false }).waitFor();
    expect(watch.consoleErrors).toEqual([]);
  });

  it("the trade panel of a machine has the star too", async () => {
    const company = pack.companies[0];
    const workshop = company?.workshops[0];
    const machine = workshop?.machines[0];
    if (!company || !workshop || !machine) throw new Error("the pack has no machine");
    await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}/${machine.id}`);
    const panel = page.locator(`[role="dialog"][data-job="${machine.jobs[0]}"]`);
    await panel.waitFor({ timeout: 90_000 });
    await panel.getByRole("button", { name: "Ajouter aux favoris" }).click();
    expect(
      await panel.getByRole("button", { name: "Retirer des favoris" }).getAttribute("aria-pressed"),
    ).toBe("true");
    await screenshot(page, "trades-07-panel-star");
  });

  it("corrupt storage does not break the page", async () => {
    await context.addInitScript((key) => localStorage.setItem(key, "{pas du json"), storageKey);
    await page.goto(`${siteOrigin()}/#/metiers`);
    await page
      .locator("[data-my-trades]")
      .getByText("Aucun métier pour l’instant", { exact: false })
      .waitFor();
    expect(await jobLinks()).toBe(pack.jobs.length);
    await screenshot(page, "trades-05-corrupt-storage");
    expect(watch.consoleErrors).toEqual([]);
  });

  it("storage that throws does not break starring", async () => {
    await context.addInitScript(() => {
      Storage.prototype.getItem = () => {
        throw new DOMException("denied", "SecurityError");
      };
      Storage.prototype.setItem = () => {
        throw new DOMException("denied", "SecurityError");
      };
    });
    await page.goto(`${siteOrigin()}/#/metiers/soudeur`);
    await page.getByRole("button", { name: "Ajouter aux favoris" }).click();
    await page.getByRole("button", { name: "Retirer des favoris" }).waitFor();
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe("Quel métier pour moi ?", () => {
  it("is answered with the keyboard alone and proposes trades with links to machines", async () => {
    // Start from a 2D page (the town's 3D is not needed), and come in through the main navigation.
    await page.goto(`${siteOrigin()}/#/metiers`);
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Quel métier pour moi ?" })
      .click();
    await page.getByRole("heading", { name: "Quel métier pour moi ?", level: 1 }).waitFor();
    const questions = await page.locator("[data-question]").count();
    expect(questions).toBeGreaterThanOrEqual(6);

    const focusedType = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
    for (let i = 0; i < 40 && (await focusedType()) !== "radio"; i += 1) await page.keyboard.press("Tab");
    for (let q = 0; q < questions; q += 1) {
      expect(await focusedType()).toBe("radio");
      // Space picks the first answer, ArrowDown the second: both are keyboard ways of answering.
      await page.keyboard.press(q % 2 === 0 ? "Space" : "ArrowDown");
      await page.keyboard.press("Tab");
    }
    expect(await page.locator("[data-quiz-progress]").textContent()).toBe(
      `${questions} / ${questions} réponses`,
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Voir les métiers pour moi");
    await page.keyboard.press("Enter");

    const results = page.locator("[data-quiz-results] [data-quiz-job]");
    await results.first().waitFor();
    expect(await results.count()).toBe(5);
    await page.waitForFunction(() => document.activeElement?.id === "quiz-results-title");
    const first = await results.first().getAttribute("data-quiz-job");
    const job = pack.jobs.find((j) => j.id === first);
    expect(job).toBeDefined();
    const firstText = await results.first().textContent();
    expect(firstText).toContain(job?.title);
    expect(firstText).toContain(job?.rome);
    const machineLinks = await page
      .locator("[data-quiz-results] a[data-machine-link]")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(machineLinks.length).toBeGreaterThan(0);
    for (const href of machineLinks) expect(href).toMatch(/^#\/usine\/[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/);
    await page.evaluate(() =>
      document.querySelector("[data-quiz-results]")?.scrollIntoView({ block: "start" }),
    );
    await screenshot(page, "trades-06-quiz-results");

    // The first result's sheet opens from the keyboard too.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => location.hash === `#/metiers/${id}`, first);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });
});

describe("on a phone", () => {
  it("the catalogue and the quiz fit the width of the screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, name] of [
      ["#/metiers", "trades-08-phone-catalogue"],
      ["#/quiz", "trades-09-phone-quiz"],
    ] as const) {
      await page.goto(`${siteOrigin()}/${path}`);
      await page.locator("main h1").first().waitFor();
      const overflow = await page.evaluate(
        () =>
          [...document.querySelectorAll(".page *")].filter((el) => el.getBoundingClientRect().right > 391)
            .length,
      );
      expect(overflow).toBe(0);
      await screenshot(page, name);
    }
  });
});
