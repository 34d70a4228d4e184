import type { Page, Route } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { screenshot, siteOrigin, waitForScene } from "./browser";
import { browserSession } from "./fixture";
import { builtPack } from "./packFacts";

const pack = builtPack();
const company = pack.companies[0];
const workshop = company?.workshops[0];
if (!company || !workshop) throw new Error("the pack has no company with a workshop");
const scene = `${company.id}/${workshop.id}`;
const workshopUrl = `${siteOrigin()}/#/usine/${scene}`;

interface EarlyWindow {
  /** `getContext("webgl2")` calls on the page. */
  __webglContexts: number;
  /** The first stage seen drawn (aria-busy false): its canvas, its size, and whether the page had mounted. */
  __firstDrawn?: { canvas: HTMLCanvasElement | null; width: number; height: number; pageMounted: boolean };
}

/** Runs in the page before its scripts: counts WebGL contexts and notes the first stage drawn. */
function watchFirstFrame() {
  const w = window as unknown as EarlyWindow;
  w.__webglContexts = 0;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    if (args[0] === "webgl2") w.__webglContexts += 1;
    return (getContext as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof getContext;
  new MutationObserver(() => {
    if (w.__firstDrawn) return;
    const stage = document.querySelector('[data-scene][aria-busy="false"]');
    if (!stage) return;
    const canvas = stage.querySelector("canvas");
    w.__firstDrawn = {
      canvas,
      width: canvas?.width ?? 0,
      height: canvas?.height ?? 0,
      pageMounted: document.querySelector("#root .app-header") !== null,
    };
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-busy"] });
}

// NOTE: requests a service worker makes escape page.route(); the offline worker is kept out.
const session = browserSession({
  contextDefaults: { viewport: { width: 1280, height: 800 }, locale: "fr-FR", serviceWorkers: "block" },
});
let page: Page;

beforeEach(async () => {
  ({ page } = await session.openPage());
  await page.addInitScript(watchFirstFrame);
});

describe("a deep link to a workshop", () => {
  it("draws the scene before the page mounts, and the page keeps that canvas as it is", async () => {
    await page.goto(workshopUrl);
    await waitForScene(page, scene);
    const seen = await page.evaluate((scene) => {
      const w = window as unknown as EarlyWindow;
      const frame = performance.getEntriesByName(`usine:frame:${scene}`)[0]?.startTime ?? Number.NaN;
      // The trades, tours and portraits: not preloaded, fetched after the frame (contentFileNames.ts).
      const restOfPack = performance
        .getEntriesByType("resource")
        .filter((entry) => /\/content\/(jobs|tours|portraits)\.json$/.test(entry.name));
      // The page's chunk and its stylesheet (vite.config.ts, `pageChunkName`): after the frame.
      const pageChunk = performance
        .getEntriesByType("resource")
        .filter((entry) => /\/assets\/page-[^/]+\.(js|css)$/.test(entry.name));
      const canvases = [...document.querySelectorAll("canvas")];
      const pageCanvas = document.querySelector("#root [data-scene] canvas");
      return {
        early: performance.getEntriesByName("usine:early-stage").length,
        drawnBeforePage: w.__firstDrawn?.pageMounted === false,
        sameCanvas: w.__firstDrawn?.canvas === pageCanvas,
        sameSize:
          w.__firstDrawn?.width === (pageCanvas as HTMLCanvasElement | null)?.width &&
          w.__firstDrawn?.height === (pageCanvas as HTMLCanvasElement | null)?.height,
        contexts: w.__webglContexts,
        canvases: canvases.length,
        stages: document.querySelectorAll("[data-scene]").length,
        earlyHosts: document.querySelectorAll(".early-stage").length,
        restOfPackAfterFrame: restOfPack.length === 3 && restOfPack.every((entry) => entry.startTime > frame),
        pageChunkAfterFrame: pageChunk.length === 2 && pageChunk.every((entry) => entry.startTime > frame),
      };
    }, scene);
    expect(seen).toEqual({
      early: 1,
      drawnBeforePage: true,
      sameCanvas: true,
      sameSize: true,
      contexts: 1,
      canvases: 1,
      stages: 1,
      earlyHosts: 0,
      restOfPackAfterFrame: true,
      pageChunkAfterFrame: true,
    });
    // The page works on the adopted canvas: a hotspot opens its trade.
    const machine = workshop.machines[0];
    if (!machine) throw new Error("the workshop has no machine");
    await page.click(`button[data-machine="${machine.id}"]`);
    await page.locator(`[role="dialog"][data-job="${machine.jobs[0]}"]`).waitFor();
    await screenshot(page, "early-stage-adopted");
  });

  it("still downloading its model: the page mounts at once and shows the progress bar", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/models/${company.id}.glb`, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(workshopUrl);
    await page.locator(`#root [data-scene="${scene}"][aria-busy="true"] [role="progressbar"]`).waitFor();
    expect(await page.locator(".app-header").count()).toBe(1);
    await screenshot(page, "early-stage-model-downloading");
    release();
    await waitForScene(page, scene);
    const seen = await page.evaluate(() => ({
      early: performance.getEntriesByName("usine:early-stage").length,
      contexts: (window as unknown as EarlyWindow).__webglContexts,
      stages: document.querySelectorAll("[data-scene]").length,
    }));
    expect(seen).toEqual({ early: 0, contexts: 1, stages: 1 });
  });
});
