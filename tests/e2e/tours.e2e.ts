import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, siteOrigin } from "./browser";
import { browserSession } from "./fixture";
import { builtPack } from "./packFacts";

const pack = builtPack();
/** A tour inside one factory: its stops load one model, so the clicker test stays quick. */
const tour = pack.tours.find((t) => new Set(t.stops.map((s) => s.company)).size === 1);
/** The longest tour, for the worksheet. */
const bigTour = [...pack.tours].sort((a, b) => b.stops.length - a.stops.length)[0];
if (!tour || !bigTour || tour.stops.length < 4)
  throw new Error("the pack needs a one-factory tour of 4+ stops");
const total = tour.stops.length;
const projector = { width: 1920, height: 1080 };

const session = browserSession();

const tourUrl = (step: number, query = "") => `${siteOrigin()}/#/visite/${tour.id}/${step}${query}`;
const stepText = (page: Page) => page.locator("[data-tour-step]").first().textContent();
const waitForStep = (page: Page, step: number) =>
  page.waitForFunction(
    (expected) => document.querySelector("[data-tour-step]")?.textContent?.trim() === expected,
    `${step} / ${total}`,
    { timeout: 15_000 },
  );

/** The stage shows `scene` with its first frame drawn (a tour has no hotspots to wait for). */
const waitForStage = (page: Page, scene: string) =>
  page.waitForFunction(
    (expected) =>
      document.querySelector(`#root [data-scene="${expected}"]`)?.getAttribute("aria-busy") === "false",
    scene,
    { timeout: 60_000 },
  );

describe("a guided tour on the classroom projector", () => {
  it("follows the clicker through the stops, frames each machine, blacks out, survives a reload", async () => {
    const context = await session.newContext({ viewport: projector, locale: "fr-FR" });
    const { page, watch } = await session.openPage({ context });
    const first = tour.stops[0];
    if (!first) throw new Error("no first stop");
    await page.goto(tourUrl(1));
    await waitForStage(page, `${first.company}/${first.workshop}`);
    expect(await stepText(page)).toBe(`1 / ${total}`);
    expect(await page.locator("[data-tour-narration]").textContent()).toBe(first.narration);
    // Readable from 8 m: the narration is at least 28 px on a 1920×1080 projector.
    const fontSize = await page
      .locator("[data-tour-narration]")
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    // The walker stays put: no walking controls (and no minimap) during a tour.
    expect(await page.locator("[data-minimap-you]").count()).toBe(0);
    await screenshot(page, "tour-01-projector-stop-1");

    // The answer stays hidden until the teacher reveals it.
    expect(await page.locator("[data-tour-answer]").count()).toBe(0);
    await page.locator("[data-tour-reveal]").click();
    expect(await page.locator("[data-tour-answer]").textContent()).toContain(first.question?.answer ?? "");
    await page.mouse.click(5, 5); // focus back on the page, off the button

    const moves: [string, number][] = [
      ["PageDown", 2],
      ["Space", 3],
      ["ArrowRight", 4],
      ["PageUp", 3],
      ["ArrowLeft", 2],
      ["End", total],
      ["Home", 1],
      ["PageDown", 2],
    ];
    for (const [key, step] of moves) {
      await page.keyboard.press(key);
      await waitForStep(page, step);
      expect(await page.evaluate(() => location.hash)).toBe(`#/visite/${tour.id}/${step}`);
    }
    // Each stop is a history entry.
    await page.goBack();
    await waitForStep(page, 1);
    await page.goForward();
    await waitForStep(page, 2);

    // B blacks the screen out, "." brings it back.
    await page.keyboard.press("b");
    await page.locator("[data-blackout]").waitFor();
    await screenshot(page, "tour-02-blackout");
    await page.keyboard.press(".");
    await page.locator("[data-blackout]").waitFor({ state: "detached" });

    await page.keyboard.press("End");
    await waitForStep(page, total);
    const last = tour.stops[total - 1];
    if (!last) throw new Error("no last stop");
    await page.reload();
    await waitForStep(page, total);
    expect(await page.locator("[data-tour-narration]").textContent()).toBe(last.narration);
    // Nothing moved for a while: the pointer is hidden (it only gets in the way on a projector).
    await page.waitForFunction(
      () => document.documentElement.classList.contains("tour-cursor-hidden"),
      null,
      {
        timeout: 10_000,
      },
    );

    await page.keyboard.press("Escape");
    await page.waitForFunction(() => location.hash === "#/visites");
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });

  it("keeps the presenter's and the projector's windows on the same stop, both ways", async () => {
    const context = await session.newContext({
      viewport: { width: 1024, height: 700 },
      locale: "fr-FR",
    });
    const { page: presenter, watch } = await session.openPage({ context });
    await presenter.goto(tourUrl(1, "?presentateur"));
    await presenter.locator("[data-tour-notes]").waitFor();
    expect(await presenter.locator("[data-tour-notes]").textContent()).toBe(tour.stops[0]?.notes);
    expect(await presenter.locator("#root [data-scene]").getAttribute("data-scene")).toBe("");

    const opened = context.waitForEvent("page");
    await presenter.locator("[data-open-projector]").click();
    const screen = await opened;
    await screen.waitForLoadState();
    expect(screen.url()).not.toContain("presentateur");
    await screen.locator("[data-tour-narration]").waitFor();
    await waitForStep(screen, 1);

    await presenter.keyboard.press("PageDown");
    await waitForStep(presenter, 2);
    await waitForStep(screen, 2);
    await screen.keyboard.press("PageDown");
    await waitForStep(screen, 3);
    await waitForStep(presenter, 3);
    await presenter.locator("[data-tour-previous]").click();
    await waitForStep(screen, 2);
    expect(await presenter.locator("[data-tour-notes]").textContent()).toBe(tour.stops[1]?.notes);
    await screenshot(presenter, "tour-03-presenter");
    expect(watch.consoleErrors).toEqual([]);
  });

  it("sends an unknown tour or a step out of range to not found", async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const { page } = await session.openPage({ context });
    for (const path of [
      `#/visite/visite-fantome/1`,
      `#/visite/${tour.id}/${total + 1}`,
      `#/visite/x/fiche`,
    ]) {
      await page.goto(`${siteOrigin()}/${path}`);
      await page.getByRole("heading", { name: "Page introuvable" }).waitFor();
    }
  });
});

describe("the pupils' worksheet", () => {
  it("is linked from each tour card and prints every stop, trade and question", async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR" });
    const { page, watch } = await session.openPage({ context });
    await page.goto(`${siteOrigin()}/#/visites`);
    await page.locator(`[data-tour="${bigTour.id}"] [data-worksheet-link]`).click();
    await page.locator(`[data-worksheet="${bigTour.id}"]`).waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the print media shows (hidden parts left out).
    const text = await page.locator("body").innerText();
    const companies = new Map(pack.companies.map((c) => [c.id, c]));
    for (const stop of bigTour.stops) {
      const company = companies.get(stop.company);
      const machine = company?.workshops
        .find((w) => w.id === stop.workshop)
        ?.machines.find((m) => m.id === stop.machine);
      expect(text).toContain(machine?.name);
      expect(text).toContain(company?.name);
      if (stop.question) expect(text).toContain(stop.question.prompt);
      const job = pack.jobs.find((j) => j.id === machine?.jobs[0]);
      expect(text).toContain(job?.rome);
    }
    const pdf = await page.pdf({ path: "test-results/tour-worksheet.pdf", format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await screenshot(page, "tour-04-worksheet-print");
    expect(watch.consoleErrors).toEqual([]);
  });
});
