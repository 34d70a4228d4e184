import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, siteOrigin, waitForScene } from "./browser";
import { type BrowserSession, browserSession } from "./fixture";
import { builtPack } from "./packFacts";

const pack = builtPack();
const company = pack.companies[0];
const workshop = company?.workshops[0];
const tour = pack.tours[0];
if (!company || !workshop || !tour) throw new Error("the pack needs a company with a workshop, and a tour");
const workshopUrl = `#/usine/${company.id}/${workshop.id}`;
const workshopScene = `${company.id}/${workshop.id}`;

const session = browserSession();
let page: Page;
let context: BrowserContext;

/** A fresh context and watched page (the fixture checks it for errors and off-origin requests). */
async function open(inSession: BrowserSession = session, bypassCSP = false): Promise<void> {
  ({ page, context } = await inSession.openPage({
    contextOptions: { viewport: { width: 1280, height: 800 }, locale: "fr-FR", bypassCSP },
  }));
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page; returns its serious and critical violations, readable in a failure. */
async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown }> } }
    ).axe;
    return (await axe.run(document)).violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessible to everyone", () => {
  it("has no serious axe violation (town, workshop with panel, catalogue) and works with the keyboard alone", async () => {
    await open(session, true); // NOTE: the CSP forbids the injected axe script; the site itself is unchanged.
    await page.goto(`${siteOrigin()}/#/`);
    await waitForScene(page, "town");
    expect(await seriousViolations()).toEqual([]);

    // Keyboard only: Tab to a hotspot, Enter opens its trade, Escape closes it and focus comes back.
    await page.goto(`${siteOrigin()}/${workshopUrl}`);
    await waitForScene(page, workshopScene);
    let focused: string | null = null;
    for (let presses = 0; presses < 40 && focused === null; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("data-machine") ?? null);
    }
    expect(focused).not.toBeNull();
    await page.keyboard.press("Enter");
    const panel = page.locator('[role="dialog"][data-job]');
    await panel.waitFor();
    // NOTE: the workshop's machines animate; on SwiftShader a frame can take a second or more.
    await page.screenshot({
      path: "test-results/screenshots/everyone-01-keyboard-panel.png",
      timeout: 90_000,
    });
    expect(await seriousViolations()).toEqual([]);
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-machine"))).toBe(focused);
    expect(await page.evaluate(() => location.hash)).toBe(workshopUrl);

    await page.goto(`${siteOrigin()}/#/metiers`);
    await page.waitForSelector("h1");
    expect(await seriousViolations()).toEqual([]);
  });

  it("speaks English when asked, and remembers it after a reload", async () => {
    await open();
    await page.goto(`${siteOrigin()}/#/`);
    await page.waitForSelector("[data-language-switch]");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await page.selectOption("[data-language-switch]", "en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect(page.locator(".app-header nav a .nav-long").first().textContent()).resolves.toBe("The town");
    await screenshot(page, "everyone-02-english");
    await page.reload();
    await page.waitForSelector("[data-language-switch]");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect(page.locator(".app-header nav a .nav-long").first().textContent()).resolves.toBe("The town");
  });

  it("redraws the scene after the WebGL context is lost and restored", async () => {
    // Reduced motion stills the town's waves and ship, so the redrawn frame can equal the first.
    ({ page, context } = await session.openPage({
      contextOptions: { viewport: { width: 1280, height: 800 }, locale: "fr-FR", reducedMotion: "reduce" },
    }));
    await page.goto(`${siteOrigin()}/#/`);
    await waitForScene(page, "town");
    const canvas = page.locator("#root [data-scene] canvas");
    const before = await canvas.screenshot();
    await page.evaluate(() => {
      const gl = document.querySelector("#root [data-scene] canvas") as HTMLCanvasElement;
      const context = (gl.getContext("webgl2") ?? gl.getContext("webgl")) as WebGLRenderingContext;
      const lose = context.getExtension("WEBGL_lose_context");
      (window as unknown as { loseContext: unknown }).loseContext = lose;
      lose?.loseContext();
    });
    const notice = page.locator('#root [data-scene] [role="status"]', { hasText: "3D" });
    await notice.waitFor();
    await screenshot(page, "everyone-03-context-lost");
    await page.evaluate(() =>
      (window as unknown as { loseContext: { restoreContext: () => void } }).loseContext.restoreContext(),
    );
    await notice.waitFor({ state: "detached" });
    // Drawn again: the canvas shows the same town as before the loss, not an empty frame.
    await expect.poll(async () => (await canvas.screenshot()).equals(before), { timeout: 20_000 }).toBe(true);
    await screenshot(page, "everyone-04-context-restored");
  });

  it("works offline after one visit, and prepares a tour's models for it", async () => {
    await open();
    await page.goto(`${siteOrigin()}/#/visites`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.click(`[data-prepare-offline="${tour.id}"]`);
    await page.waitForSelector(`[data-tour="${tour.id}"] [data-offline-state="ready"]`, { timeout: 60_000 });
    await screenshot(page, "everyone-05-tour-offline-ready");

    await page.goto(`${siteOrigin()}/#/`);
    await waitForScene(page, "town");
    await context.setOffline(true);
    await page.reload();
    await waitForScene(page, "town");
    await screenshot(page, "everyone-06-offline-town");
    // A workshop on the tour, prepared beforehand, opens without the network.
    const stop = tour.stops[0];
    if (!stop) throw new Error("the tour has no stop");
    await page.goto(`${siteOrigin()}/#/usine/${stop.company}/${stop.workshop}`);
    await waitForScene(page, `${stop.company}/${stop.workshop}`);
  });
});

describe("without WebGL", () => {
  const noWebgl = browserSession({ launchArgs: ["--disable-webgl", "--disable-3d-apis"] });

  it("says so calmly and lists the workshop's machines, which open their trade", async () => {
    await open(noWebgl);
    await page.goto(`${siteOrigin()}/${workshopUrl}`);
    const stage = page.locator(`#root [data-scene="${workshopScene}"]`);
    await stage.locator('[data-webgl="unavailable"], [role="status"]').first().waitFor();
    await page.waitForSelector(
      `#root [data-scene="${workshopScene}"][aria-busy="false"] button[data-machine]`,
    );
    await expect(stage.textContent()).resolves.toContain("Ton navigateur ne peut pas afficher la 3D");
    expect(await stage.locator("button[data-machine]").count()).toBe(workshop.machines.length);
    const machine = workshop.machines[0];
    const job = pack.jobs.find((j) => j.id === machine?.jobs[0]);
    if (!machine || !job) throw new Error("the workshop's first machine has no trade");
    await page.click(`button[data-machine="${machine.id}"]`);
    const panel = page.locator(`[role="dialog"][data-job="${job.id}"]`);
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toContain(job.rome);
    expect(await panel.isVisible()).toBe(true);
    await screenshot(page, "everyone-07-no-webgl-panel");
  });
});
