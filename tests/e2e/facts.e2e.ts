import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasFewWomen } from "../../src/content/contentRules";
import type { Portrait } from "../../src/content/portraitSchema";
import { screenshot, siteOrigin, waitForScene } from "./browser";
import { browserSession } from "./fixture";
import { builtPack, builtSiteDir } from "./packFacts";

/**
 * Issue 13 on screen: the trade panel and page show both ROME codes, the share of women with its
 * source, the ONISEP links and the fictional portraits; the entrance and the workshop tell the
 * company's transition story; the catalogue filters the trades where women are still few; a tour
 * stop presents its portrait on the projector and in the presenter view.
 */
const pack = builtPack();
const portraits = JSON.parse(readFileSync(`${builtSiteDir}/content/portraits.json`, "utf8")) as Portrait[];

const soudeur = pack.jobs.find((j) => j.id === "soudeur");
if (!soudeur?.rome4 || !soudeur.women || !soudeur.sources?.onisep) {
  throw new Error("the pack's soudeur lacks its ROME 4.0 sheet, its share of women or its ONISEP sheet");
}
const { rome4, women } = soudeur;
const onisepSheet = soudeur.sources.onisep;
/** A portrait of a welder seen at a machine, and where that machine is. */
const welder = portraits.find(
  (p) => p.job === soudeur.id && p.company !== undefined && p.machine !== undefined,
);
const company = pack.companies.find((c) => c.id === welder?.company);
const workshop = company?.workshops.find((w) => w.machines.some((m) => m.id === welder?.machine));
if (!welder || !company || !workshop || !company.transition) {
  throw new Error("no welder's portrait at a machine of a company with a transition story");
}
const story = company.transition;
/** The same percentage as the panel writes it (one decimal, French). */
const womenShare = new Intl.NumberFormat("fr-FR", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
}).format(women.share);

const session = browserSession({
  contextDefaults: { viewport: { width: 1280, height: 720 }, locale: "fr-FR" },
});

/** Checks a link opens a new tab and sends nothing back (the app itself fetches nothing off-site). */
async function expectPlainNewTabLink(page: Page, selector: string, href: string): Promise<void> {
  const link = page.locator(selector).first();
  expect(await link.getAttribute("href")).toBe(href);
  expect(await link.getAttribute("target")).toBe("_blank");
  expect((await link.getAttribute("rel"))?.split(" ").sort()).toEqual(["noopener", "noreferrer"]);
}

describe("the trade panel", () => {
  it("shows both ROME codes, the share of women with its source, the ONISEP sheet and a fictional portrait", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/usine/${company.id}/${workshop.id}/${welder.machine}`);
    await waitForScene(page, `${company.id}/${workshop.id}`);
    const machine = workshop.machines.find((m) => m.id === welder.machine);
    if (machine?.jobs[0] !== soudeur.id) await page.getByRole("button", { name: soudeur.title }).click();
    const panel = page.locator(`[role="dialog"][data-job="${soudeur.id}"]`);
    await panel.waitFor();

    const rome = (await panel.locator(".rome").textContent()) ?? "";
    expect(rome).toContain(`ROME 4.0 ${rome4.code} — ${rome4.title}`);
    expect(rome).toContain(`ROME v3 ${soudeur.rome}`);

    const share = (await panel.locator("[data-women-share]").textContent()) ?? "";
    expect(share).toContain(`Part des femmes\u00a0: ${womenShare}`);
    expect(share).toContain(`${women.source.label}, ${women.source.year}`);
    await expectPlainNewTabLink(page, '[role="dialog"] .job-women a', women.source.url);
    await expectPlainNewTabLink(page, '[role="dialog"] a.onisep-sheet', onisepSheet);

    // A compact disclosure per person; opened, the card says it is a fictional character.
    const disclosure = panel.locator("summary", { hasText: `Rencontrer ${welder.name}` });
    expect(await disclosure.textContent()).toContain("personnage fictif");
    await disclosure.click();
    const card = panel.locator(`[data-portrait="${welder.id}"]`);
    await card.waitFor();
    expect(await card.locator("[data-fictional]").textContent()).toBe("personnage fictif");
    expect(await card.textContent()).toContain(welder.diploma);
    await panel.locator(".job-portraits").scrollIntoViewIfNeeded();
    await screenshot(page, "facts-01-panel-1280");

    await page.setViewportSize({ width: 390, height: 844 });
    await panel.locator(".job-title").scrollIntoViewIfNeeded();
    await screenshot(page, "facts-02-panel-390");
  });

  it("marks the machine of the transition story, whose panel tells it", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/usine/${company.id}`);
    const entranceStory = page.locator("[data-transition-story]");
    await entranceStory.waitFor();
    expect(await entranceStory.getByRole("heading", { level: 2 }).textContent()).toBe(story.title);
    expect(await entranceStory.textContent()).toContain(story.text);
    await screenshot(page, "facts-03-entrance-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await entranceStory.scrollIntoViewIfNeeded();
    await screenshot(page, "facts-04-entrance-390");
    await page.setViewportSize({ width: 1280, height: 720 });

    const storyWorkshop = company.workshops.find((w) => w.machines.some((m) => m.id === story.machine));
    if (!storyWorkshop || story.machine === undefined) throw new Error("the story names no machine");
    await page.locator(`[data-transition-link="${story.machine}"]`).click();
    await waitForScene(page, `${company.id}/${storyWorkshop.id}`);
    const hotspot = page.locator(`button[data-machine="${story.machine}"]`);
    expect(await hotspot.getAttribute("data-transition")).toBe(story.theme);
    expect(await hotspot.locator(".hotspot-leaf").isVisible()).toBe(true);
    // Only that machine carries the mark.
    expect(await page.locator("button[data-machine][data-transition]").count()).toBe(1);
    const panelStory = page.locator('[role="dialog"] [data-transition-story]');
    await panelStory.waitFor();
    expect(await panelStory.textContent()).toContain(story.title);
    await screenshot(page, "facts-05-transition-panel-1280");
    await page.keyboard.press("Escape");
    await page.locator('[role="dialog"]').waitFor({ state: "detached" });
    await screenshot(page, "facts-05b-transition-hotspot-1280");
  });
});

describe("the trade page", () => {
  it("shows the portraits in full, the diplomas' apprenticeship marks and the references", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/metiers/${soudeur.id}`);
    const card = page.locator(`[data-portrait="${welder.id}"]`);
    await card.waitFor();
    expect(await card.getByRole("heading", { level: 3 }).textContent()).toBe(welder.name);
    expect(await card.locator("[data-fictional]").textContent()).toBe("personnage fictif");
    expect(await card.textContent()).toContain(welder.day);
    const apprenticeships = soudeur.diplomas.filter((d) => d.apprenticeship === true).length;
    expect(await page.locator("[data-apprenticeship]").count()).toBe(apprenticeships);
    for (const diploma of soudeur.diplomas.filter((d) => d.onisep !== undefined)) {
      await expectPlainNewTabLink(page, `a.diploma-onisep[href="${diploma.onisep}"]`, diploma.onisep ?? "");
    }
    await expectPlainNewTabLink(page, "a.onisep-sheet", onisepSheet);
    await expectPlainNewTabLink(page, "a.rome-sheet", soudeur.sources?.rome ?? "");
    await screenshot(page, "facts-06-page-1280");
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "facts-07-page-portrait-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(".job-meta").scrollIntoViewIfNeeded();
    await screenshot(page, "facts-08-page-390");
  });
});

describe("a trade paid the SMIC", () => {
  const smicJob = pack.jobs.find(
    (j) => j.salarySource !== undefined && j.salaryStart !== undefined && !Number.isInteger(j.salaryStart),
  );
  if (!smicJob?.salarySource || smicJob.salaryStart === undefined) {
    throw new Error("no trade at the SMIC with its source");
  }
  const { salarySource, salaryStart } = smicJob;

  it("writes the salary to the cent and links the SMIC to its source", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/metiers/${smicJob.id}`);
    const salary = page.locator(".job-sheet .salary");
    await salary.waitFor();
    const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(salaryStart);
    expect(await salary.textContent()).toContain(`${euros} brut par mois (SMIC`);
    await expectPlainNewTabLink(page, ".job-sheet .salary a", salarySource.url);
  });
});

describe("a trade of the ecological transition", () => {
  const strategic = pack.jobs.find((j) => j.green?.kind === "strategique");
  const green = pack.jobs.find((j) => j.green?.kind === "vert");
  if (!strategic?.green || !green?.green) throw new Error("no trade marked « vert » and « stratégique »");

  it("names France Travail's tag on the trade page, with the ROME version it comes from", async () => {
    const { page } = await session.openPage();
    for (const [job, label] of [
      [strategic, "Métier stratégique pour la transition écologique"],
      [green, "Métier vert"],
    ] as const) {
      await page.goto(`${siteOrigin()}/#/metiers/${job.id}`);
      const badge = page.locator(`.job-sheet .job-green[data-green="${job.green?.kind}"]`);
      await badge.waitFor();
      expect(await badge.locator(".green-badge").textContent()).toBe(label);
      expect(await badge.textContent()).toContain("ROME 4.0 version 60");
      await expectPlainNewTabLink(page, ".job-sheet .job-green a", job.green?.source.url ?? "");
    }
    await page.locator(".job-sheet .job-green").scrollIntoViewIfNeeded();
    await screenshot(page, "facts-10-green-trade");
  });
});

describe("the catalogue", () => {
  it("narrows the list to the trades where women are still few, combined with the green filter", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/metiers`);
    const links = page.locator("[data-job-link]");
    await links.first().waitFor();
    expect(await links.count()).toBe(pack.jobs.length);

    const fewWomen = pack.jobs.filter(hasFewWomen);
    expect(fewWomen.length).toBeGreaterThan(0);
    expect(fewWomen.length).toBeLessThan(pack.jobs.length);
    // Keyboard: focus the box and tick it with the space bar.
    const box = page.getByRole("checkbox", { name: "Métiers où les femmes sont encore peu nombreuses" });
    await box.focus();
    await page.keyboard.press("Space");
    expect(await box.isChecked()).toBe(true);
    expect(await links.count()).toBe(fewWomen.length);
    expect(await page.locator("[data-job-count]").textContent()).toBe(`${fewWomen.length} métiers`);
    const shown = await links.evaluateAll((as) => as.map((a) => a.getAttribute("data-job-link")));
    expect(new Set(shown)).toEqual(new Set(fewWomen.map((j) => j.id)));
    await page.locator("[data-job-count]").scrollIntoViewIfNeeded();
    await screenshot(page, "facts-09-catalogue-few-women");

    await page.getByRole("checkbox", { name: "Métiers de la transition écologique" }).check();
    const both = fewWomen.filter((j) => j.green !== undefined);
    expect(await links.count()).toBe(both.length);
    await page.getByRole("button", { name: "Effacer les filtres" }).click();
    expect(await links.count()).toBe(pack.jobs.length);
  });
});

describe("a tour stop that presents someone", () => {
  const tour = pack.tours.find((t) => t.stops[0]?.portrait !== undefined);
  const portrait = portraits.find((p) => p.id === tour?.stops[0]?.portrait);
  if (!tour || !portrait) throw new Error("no tour whose first stop presents a portrait");

  it("shows the portrait card on the projector and in the presenter view", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/visite/${tour.id}/1`);
    const projected = page.locator(`.tour-player [data-portrait="${portrait.id}"]`);
    await projected.waitFor();
    expect(await projected.locator("[data-fictional]").textContent()).toBe("personnage fictif");
    expect(await projected.textContent()).toContain(portrait.name);
    // The scene's first frame drawn (no hotspots during a tour: the stage frames the stop's machine).
    await page.waitForFunction(
      (scene) =>
        document.querySelector(`#root [data-scene="${scene}"]`)?.getAttribute("aria-busy") === "false",
      `${tour.stops[0]?.company}/${tour.stops[0]?.workshop}`,
      { timeout: 90_000 },
    );
    await screenshot(page, "facts-10-projector");

    await page.goto(`${siteOrigin()}/#/visite/${tour.id}/1?presentateur`);
    const presented = page.locator(`[data-tour-presenter] [data-portrait="${portrait.id}"]`);
    await presented.waitFor();
    expect(await presented.textContent()).toContain(portrait.day);
    await screenshot(page, "facts-11-presenter");
  });
});

describe("imagined companies", () => {
  it("are marked in the town directory and at the entrance, in French and in English", async () => {
    const { page } = await session.openPage();
    await page.goto(`${siteOrigin()}/#/`);
    const directory = page.locator(".town-directory");
    await directory.locator("a[data-company]").first().waitFor();
    const invented = pack.companies.filter((c) => c.invented).length;
    expect(invented).toBe(pack.companies.length);
    expect(await directory.locator("a[data-company] [data-invented]").count()).toBe(invented);
    expect(await directory.locator(".directory-invented").textContent()).toMatch(/imaginées/);
    await screenshot(page, "facts-10-directory-invented-1280");
    await page.locator("[data-language-switch]").selectOption("en");
    await directory.getByText("imagined", { exact: true }).first().waitFor();
    expect(await directory.locator(".directory-invented").textContent()).toMatch(/are imagined/);
    await page.goto(`${siteOrigin()}/#/usine/${company.id}`);
    expect(await page.locator(".company-header [data-invented]").textContent()).toMatch(/^imagined company/);
    await screenshot(page, "facts-11-entrance-invented-en");
  });
});
