/**
 * The app against the floor (floor/floor.ts): the same .glb drawn by a bare three.js page, in the
 * same run, cold cache, with and without the CPU throttled (a school PC profile). Also where the
 * app's extra time goes (a waterfall from Resource Timing, the app's marks and its render calls),
 * frame times while walking, and the town against a .glb export of its own geometry.
 */
import type { Browser, Page } from "playwright-core";
import { scenePartFileNames } from "../../src/content/contentFileNames";
import { installProbe, type ProbeOptions, type ProbeWindow } from "./probe";

export interface Profile {
  name: string;
  /** Chromium's CPU slowdown (DevTools `Emulation.setCPUThrottlingRate`); 1 is none. */
  cpuThrottle: number;
}

export const profiles: Profile[] = [
  { name: "as is", cpuThrottle: 1 },
  { name: "CPU ×4 (school PC)", cpuThrottle: 4 },
];

/** Milliseconds since navigation start; NaN where a step did not happen or was not seen. */
export interface Milestones {
  /** index.html received. */
  html: number;
  /** The page's own scripts received (the app's entry chunk; the floor's bundle). */
  js: number;
  /** The entry module started running (app mark `usine:entry`). */
  jsRun: number;
  /**
   * The files the scene is drawn from received (sectors, companies); the whole pack read into the
   * store, after a deep link's frame (app only).
   */
  content: number;
  contentReady: number;
  /** The lazy 3D chunk received / evaluated (app only). */
  chunk: number;
  chunkRun: number;
  modelStart: number;
  modelEnd: number;
  /** The glTF parsed and decoded (meshopt). */
  parsed: number;
  /** The render call that first drew the model, and the shader programs it compiled. */
  renderStart: number;
  renderEnd: number;
  programs: number;
  /** The frame is on screen. */
  drawn: number;
  /**
   * The page (header, panels: React DOM) mounted (app mark `usine:page`): after the frame when a
   * workshop's scene was drawn first (src/shell/earlyStage.tsx), else before it.
   */
  page: number;
  /** The workshop's hotspots are shown (app only). */
  hotspots: number;
}

export const median = (values: number[]): number => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

export async function newProbedPage(
  browser: Browser,
  options: ProbeOptions,
  cpuThrottle = 1,
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  // NOTE: tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper
  // that does not exist in the page: define it before anything passed to the page runs.
  await context.addInitScript({
    content: `globalThis.__name = (f) => f; (${installProbe.toString()})(${JSON.stringify(options)});`,
  });
  const page = await context.newPage();
  if (cpuThrottle !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottle });
  }
  return page;
}

/** Waits until the probe has seen `key` drawn; returns that time (ms since navigation). */
export async function drawnAt(page: Page, key: string): Promise<number> {
  const handle = await page.waitForFunction(
    (k) => (window as unknown as ProbeWindow).__benchDrawn?.[k] ?? 0,
    key,
    { polling: 100, timeout: 180_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits (up to 20 s) for a workshop's hotspots; their time is one more step of the waterfall. */
export async function hotspotsShown(page: Page, key: string): Promise<void> {
  await page
    .waitForFunction((k) => (window as unknown as ProbeWindow).__benchHotspots?.[k] ?? 0, key, {
      polling: 100,
      timeout: 20_000,
    })
    .catch(() => undefined);
}

/** The app's milestones for the scene `key` showing `model` (a path such as models/x.glb, or none for the town). */
export function appMilestones(page: Page, key: string, model: string | null): Promise<Milestones> {
  return page.evaluate(
    ({ key, model, sceneFiles }) => {
      const w = window as unknown as ProbeWindow;
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const scripts = resources.filter((e) => /\.js(\?|$)/.test(e.name));
      const entry = scripts.find((e) => /\/assets\/index-[^/]*\.js$/.test(e.name));
      const chunk = scripts
        .filter((e) => e !== entry)
        .sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
      // What the scene is drawn from; the rest of the pack is read after a deep link's frame.
      const content = resources.filter((e) => sceneFiles.some((file) => e.name.endsWith(`/${file}`)));
      const glb = model === null ? undefined : resources.find((e) => e.name.endsWith(model));
      const mark = (name: string) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? Number.NaN;
      const drawn = w.__benchDrawn?.[key] ?? Number.NaN;
      const all = (w.__benchRenders ?? []).filter((r) => r.t0 <= drawn);
      const renders = all.filter((r) => r.screen);
      // The frame that drew the scene: the one the app marks, else the first to compile shaders
      // after the model arrived, else the last before the scene was seen drawn.
      const frameMark = mark(`usine:frame:${key}`);
      const since = glb?.responseEnd ?? 0;
      const first =
        (Number.isNaN(frameMark) ? undefined : renders.find((r) => r.t0 >= frameMark)) ??
        renders.find((r) => r.t0 >= since && r.programs > 0) ??
        renders[renders.length - 1];
      const programs = all.filter((r) => r.t0 >= since).reduce((sum, r) => sum + r.programs, 0);
      return {
        html: nav?.responseEnd ?? Number.NaN,
        js: entry?.responseEnd ?? Number.NaN,
        jsRun: mark("usine:entry"),
        content: content.length > 0 ? Math.max(...content.map((e) => e.responseEnd)) : Number.NaN,
        contentReady: mark("usine:content"),
        chunk: chunk?.responseEnd ?? Number.NaN,
        chunkRun: mark("usine:stage"),
        modelStart: glb?.startTime ?? Number.NaN,
        modelEnd: glb?.responseEnd ?? Number.NaN,
        parsed:
          model === null
            ? Number.NaN
            : (performance
                .getEntriesByType("mark")
                .find((m) => m.name.startsWith("usine:model:") && m.name.endsWith(model))?.startTime ??
              Number.NaN),
        renderStart: first?.t0 ?? Number.NaN,
        renderEnd: first?.t1 ?? Number.NaN,
        programs,
        drawn,
        page: mark("usine:page"),
        hotspots: w.__benchHotspots?.[key] ?? Number.NaN,
      };
    },
    { key, model, sceneFiles: Object.values(scenePartFileNames) as string[] },
  );
}

interface FloorWindow {
  __drawnAt?: number;
  __failed?: string;
  __floorWalk?: (
    poses: number[][],
    size: { width: number; height: number; dpr: number },
  ) => Promise<number[]>;
}

/** Opens the floor page on `src` (relative to the floor page) and waits for its frame. */
export async function openFloor(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as FloorWindow).__drawnAt ?? (window as unknown as FloorWindow).__failed,
    undefined,
    { polling: 100, timeout: 180_000 },
  );
  const value = await handle.jsonValue();
  if (typeof value !== "number") throw new Error(`floor page failed on ${url}: ${value}`);
  return value;
}

export function floorMilestones(page: Page): Promise<Milestones> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const scripts = resources.filter((e) => /\.js(\?|$)/.test(e.name));
    const glb = resources.find((e) => e.name.endsWith(".glb"));
    const mark = (name: string) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? Number.NaN;
    return {
      html: nav?.responseEnd ?? Number.NaN,
      js: scripts.length > 0 ? Math.max(...scripts.map((e) => e.responseEnd)) : Number.NaN,
      jsRun: mark("floor:script"),
      content: Number.NaN,
      contentReady: Number.NaN,
      chunk: Number.NaN,
      chunkRun: Number.NaN,
      modelStart: glb?.startTime ?? Number.NaN,
      modelEnd: glb?.responseEnd ?? Number.NaN,
      parsed: mark("floor:parsed"),
      renderStart: mark("floor:render-start"),
      renderEnd: mark("floor:render-end"),
      programs: Number.NaN,
      drawn: (window as unknown as FloorWindow).__drawnAt ?? Number.NaN,
      page: Number.NaN,
      hotspots: Number.NaN,
    };
  });
}

/** The median of each milestone over several runs. */
export function medianMilestones(runs: Milestones[]): Milestones {
  const keys = Object.keys(runs[0] ?? {}) as (keyof Milestones)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Milestones;
}

/**
 * Records the app's camera for `frames` frames while walking (forward and turning: a circle, never
 * blocked by a wall), or for as many as `maxSeconds` allows (a software renderer with the
 * environment lighting can take seconds per frame).
 */
export async function walkInApp(
  page: Page,
  frames: number,
  maxSeconds = 90,
): Promise<{ poses: number[][]; times: number[]; size: { width: number; height: number; dpr: number } }> {
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    w.__benchPoses = [];
    if (w.__benchRenders) w.__benchRenders.length = 0;
  });
  await page.keyboard.down("ArrowUp");
  await page.keyboard.down("ArrowLeft");
  const end = Date.now() + maxSeconds * 1000;
  while (Date.now() < end) {
    const count = await page.evaluate(() => (window as unknown as ProbeWindow).__benchPoses?.length ?? 0);
    if (count >= frames) break;
    await page.waitForTimeout(250);
  }
  await page.keyboard.up("ArrowLeft");
  await page.keyboard.up("ArrowUp");
  return page.evaluate((n) => {
    const w = window as unknown as ProbeWindow;
    const recorded = (w.__benchPoses ?? []).slice(0, n);
    // Each pose ends with the time its frame's render call started.
    const poses = recorded.map((pose) => pose.slice(0, 32));
    const times = recorded.map((pose) => pose[32] ?? 0);
    w.__benchPoses = null;
    const renderer = w.__usineRenderer;
    const canvas = renderer?.domElement;
    return {
      poses,
      times,
      size: {
        width: canvas?.clientWidth ?? 0,
        height: canvas?.clientHeight ?? 0,
        dpr: renderer?.getPixelRatio() ?? 1,
      },
    };
  }, frames);
}

export function walkInFloor(
  page: Page,
  poses: number[][],
  size: { width: number; height: number; dpr: number },
): Promise<number[]> {
  return page.evaluate(
    ({ poses, size }) => {
      const walk = (window as unknown as FloorWindow).__floorWalk;
      if (!walk) throw new Error("floor page has no walk mode");
      return walk(poses, size);
    },
    { poses, size },
  );
}

/** Time between successive frames, in ms. */
export const intervals = (times: number[]): number[] => times.slice(1).map((t, i) => t - (times[i] ?? t));

/** Exports the app's town group to a .glb (base64), with the exporter script the bench built. */
export async function exportTown(page: Page, exporterUrl: string): Promise<Buffer> {
  await page.addScriptTag({ url: exporterUrl, type: "module" });
  await page.waitForFunction(() => "__exportGlb" in window);
  const base64 = await page.evaluate(async () => {
    const w = window as unknown as ProbeWindow & { __exportGlb: (o: unknown) => Promise<string> };
    const town = w.__benchScene?.getObjectByName("town");
    if (!town) throw new Error("no town group in the scene");
    return w.__exportGlb(town);
  });
  return Buffer.from(base64, "base64");
}
