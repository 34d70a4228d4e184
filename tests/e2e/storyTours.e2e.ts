import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Tour } from "../../src/content/schema";
import { screenshot, siteOrigin } from "./browser";
import { browserSession } from "./fixture";

/** The two tours of issue 13, read from the pack so the test follows the content. */
const allTours = JSON.parse(readFileSync("public/content/tours.json", "utf8")) as Tour[];
const storyTours = ["elles-et-ils-font-l-industrie", "inventer-un-avenir-durable"].map((id) => {
  const tour = allTours.find((t) => t.id === id);
  if (!tour) throw new Error(`tour « ${id} » missing from the pack`);
  return tour;
});

const session = browserSession();

const waitForStep = (page: Page, expected: string) =>
  page.waitForFunction(
    (text) => document.querySelector("[data-tour-step]")?.textContent?.trim() === text,
    expected,
    { timeout: 15_000 },
  );

/** The stage shows `scene` with its first frame drawn. */
const waitForStage = (page: Page, scene: string) =>
  page.waitForFunction(
    (expected) =>
      document.querySelector(`#root [data-scene="${expected}"]`)?.getAttribute("aria-busy") === "false",
    scene,
    { timeout: 90_000 },
  );

describe("the tours « Elles et ils font l'industrie » and « Inventer un avenir durable »", () => {
  for (const tour of storyTours) {
    it(`${tour.id}: the clicker plays every stop, narration and question, first and last scenes drawn`, async () => {
      const { page } = await session.openPage({
        contextOptions: { viewport: { width: 1280, height: 800 }, locale: "fr-FR" },
      });
      const total = tour.stops.length;
      await page.goto(`${siteOrigin()}/#/visite/${tour.id}/1`);
      for (const [index, stop] of tour.stops.entries()) {
        await waitForStep(page, `${index + 1} / ${total}`);
        expect(await page.locator("[data-tour-narration]").textContent()).toBe(stop.narration);
        expect(page.url()).toContain(`#/visite/${tour.id}/${index + 1}`);
        if (stop.question) expect(await page.getByText(stop.question.prompt).count()).toBeGreaterThan(0);
        if (index === 0 || index === total - 1) {
          await waitForStage(page, `${stop.company}/${stop.workshop}`);
          await screenshot(page, `story-tour-${tour.id}-${index + 1}`);
        }
        if (index < total - 1) {
          await page.mouse.click(5, 5); // focus on the page, off any button
          await page.keyboard.press("ArrowRight");
        }
      }
    });
  }
});
