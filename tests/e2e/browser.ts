import type { Browser, BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { launchChromium } from "../../scripts/chromium";

export function siteOrigin(): string {
  return inject("siteOrigin");
}

/** Headless Chromium with WebGL (SwiftShader). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return launchChromium(extraArgs);
}

/** What a page did wrong on the way: console errors, uncaught exceptions, requests off the site's origin. */
export interface PageWatch {
  consoleErrors: string[];
  offOriginRequests: string[];
}

/**
 * Opens a page that records console errors and any request leaving its origin: the site's, or
 * `origin` for a page served elsewhere (a hub of the test's own, a school link in front of it).
 */
export async function openWatchedPage(
  context: BrowserContext,
  options: { ignoreConsole?: RegExp; origin?: string } = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const origin = options.origin ?? siteOrigin();
  const watch: PageWatch = { consoleErrors: [], offOriginRequests: [] };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (options.ignoreConsole?.test(text)) return;
    watch.consoleErrors.push(text);
  });
  page.on("pageerror", (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (!url.startsWith(origin)) watch.offOriginRequests.push(url);
  });
  return { page, watch };
}

/**
 * Waits until the page's stage (`#root [data-scene]`, not a deep link's early stage, which draws
 * before the page mounts) shows `scene`, its first frame is drawn (`aria-busy="false"`), no alert
 * covers it and, in a workshop, its hotspots are placed.
 */
export async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const stage = document.querySelector(`#root [data-scene="${expected}"]`);
      if (stage?.getAttribute("aria-busy") !== "false") return false;
      if (stage?.querySelector('[role="alert"]')) return false;
      return expected === "town" || stage?.querySelector("[data-machine]") !== null;
    },
    scene,
    { timeout: 90_000 },
  );
}

/** The first machine of a list whose hotspot is on screen (its marker's centre is over the machine). */
export async function firstMachineOnScreen(page: Page, machineIds: ReadonlyArray<string>): Promise<string> {
  for (const id of machineIds) {
    const offscreen = await page.locator(`button[data-machine="${id}"]`).getAttribute("data-offscreen");
    if (offscreen === null) return id;
  }
  throw new Error(`no hotspot on screen among ${machineIds.join(", ")}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** The centre of an element's box, in page pixels. */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits until the camera has reached its shot (`data-camera="settled"` on the stage): flights are over. */
export async function waitForCameraSettled(page: Page): Promise<void> {
  await page.locator('#root [data-scene][data-camera="settled"]').waitFor({ timeout: 30_000 });
}
