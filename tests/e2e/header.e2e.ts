import { describe, expect, it } from "vitest";
import { screenshot, siteOrigin } from "./browser";
import { browserSession } from "./fixture";

const session = browserSession();

/** Where each destination of the main navigation leads. */
const destinations = [
  { name: "Ville", hash: "#/" },
  { name: "Métiers", hash: "#/metiers" },
  { name: "Quiz", hash: "#/quiz" },
  { name: "Visites", hash: "#/visites" },
  { name: "Classe", hash: "#/classe" },
];

describe("the header on a phone (390 × 844)", () => {
  it("shows every destination whole, one tap away, and reachable with the keyboard", async () => {
    const { page } = await session.openPage({
      contextOptions: { viewport: { width: 390, height: 844 }, locale: "fr-FR", hasTouch: true },
      // These tests serve the site statically: « Classe » asks for the hub, which answers 404 here.
      ignoreConsole: /Failed to load resource: .*404/,
    });
    await page.goto(`${siteOrigin()}/#/metiers`);
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await nav.waitFor();
    await screenshot(page, "header-phone");
    for (const { name } of destinations) {
      const link = nav.getByRole("link", { name, exact: true });
      const box = await link.boundingBox();
      if (!box) throw new Error(`${name}: no box`);
      // Whole on screen, and the element under its centre (nothing covers or cuts it).
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
      const onTop = await link.evaluate((element) => {
        const r = element.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top !== null && element.contains(top);
      });
      expect(onTop, name).toBe(true);
      // The visible label is not clipped (its text fits its box).
      const clipped = await link.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
      expect(clipped, name).toBe(false);
    }
    for (const { name, hash } of destinations) {
      await nav.getByRole("link", { name, exact: true }).tap();
      await page.waitForFunction(
        (expected) => location.hash === expected || (expected === "#/" && location.hash === ""),
        hash,
      );
    }
    // The keyboard reaches the same links, in order, from the brand.
    await page.goto(`${siteOrigin()}/#/metiers`);
    await nav.waitFor();
    await page.locator(".brand").focus();
    const reached: string[] = [];
    for (let i = 0; i < destinations.length; i++) {
      await page.keyboard.press("Tab");
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is the label shown (the long one is hidden on a phone).
      const label = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
      reached.push(label.trim());
    }
    expect(reached).toEqual(destinations.map((d) => d.name));
  });
});
