import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Company } from "../../src/content/schema";
import {
  appMilestones,
  drawnAt,
  exportTown,
  floorMilestones,
  hotspotsShown,
  intervals,
  type Milestones,
  median,
  medianMilestones,
  newProbedPage,
  openFloor,
  percentile,
  profiles,
  walkInApp,
  walkInFloor,
} from "./floorBench";
import { gzipBytes } from "./measureBundle";
import type { ProbeWindow } from "./probe";

export interface FloorReportOptions {
  browser: Browser;
  origin: string;
  dist: string;
  floor: { page: string; exporter: string };
  companies: Company[];
  runs: number;
  walkFrames: number;
  say: (line?: string) => void;
}

/** Paths (relative to the site) of the scripts the page requested before `before` (ms since navigation). */
function scriptsBefore(page: Page, before: number): Promise<string[]> {
  return page.evaluate(
    (before) =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.startTime <= before && /\.js(\?|$)/.test(e.name))
        .map((e) => decodeURIComponent(new URL(e.name).pathname).replace(/^\//, "")),
    before,
  );
}

const ms = (v: number) => (Number.isNaN(v) ? "–" : v.toFixed(0));
const tick = (ok: boolean) => (ok ? "✔" : "✘");

/** The steps of a load, in the order the issue names them. */
const steps: { key: keyof Milestones; label: string }[] = [
  { key: "html", label: "HTML" },
  { key: "js", label: "JS received" },
  { key: "jsRun", label: "JS runs" },
  { key: "content", label: "scene's content received (sectors, companies)" },
  { key: "contentReady", label: "whole pack read" },
  { key: "chunk", label: "3D chunk received" },
  { key: "chunkRun", label: "3D chunk runs" },
  { key: "modelStart", label: "model requested" },
  { key: "modelEnd", label: "model received" },
  { key: "parsed", label: "model decoded" },
  { key: "renderStart", label: "first render call" },
  { key: "renderEnd", label: "render returns (shaders)" },
  { key: "drawn", label: "frame on screen" },
  { key: "page", label: "page mounted (header, panels)" },
  { key: "hotspots", label: "hotspots shown" },
];

/** One line per step: when it ended in the app and in the floor page, and the time it added on the app's path. */
function waterfall(say: (line?: string) => void, title: string, app: Milestones, floor: Milestones): void {
  say();
  say(`### ${title}`);
  say("| step | app ms | floor ms | app: added since the step before |");
  say("|---|---|---|---|");
  let before = 0;
  const added: { label: string; ms: number }[] = [];
  for (const { key, label } of steps) {
    const value = app[key];
    // NOTE: what comes after the frame (the page, the hotspots, the whole pack for a deep link) is
    // not on the path to it, and does not move the path's cursor.
    const onPath = !Number.isNaN(value) && value <= app.drawn;
    const step = onPath ? Math.max(0, value - before) : Number.NaN;
    if (onPath) {
      before = Math.max(before, value);
      added.push({ label, ms: step });
    }
    say(`| ${label} | ${ms(value)} | ${ms(floor[key])} | ${ms(step)} |`);
  }
  say(`| shader programs compiled for the model frame | ${ms(app.programs)} | | |`);
  const largest = added.sort((a, b) => b.ms - a.ms).slice(0, 3);
  say();
  say(
    `Largest steps on the app's path to its frame: ${largest.map((s) => `${s.label} +${ms(s.ms)} ms`).join(", ")}; the floor's whole path: ${ms(floor.drawn)} ms.`,
  );
}

/**
 * Sections 6 to 8 of bench/results.md: cold loads against the floor page (both profiles), the
 * waterfall, frame times while walking, and the town. Returns the figures the README quotes.
 */
export async function floorReport(options: FloorReportOptions): Promise<void> {
  const { browser, origin, dist, floor, companies, runs, walkFrames, say } = options;
  const floorUrl = (src: string, hall?: string) =>
    `${origin}/${floor.page}?src=${encodeURIComponent(`../${src}`)}${hall ? `&hall=${encodeURIComponent(hall)}` : ""}`;

  say();
  say(`## Against the floor: a bare three.js page on the same .glb (median of ${runs}, cold cache)`);
  say(
    "The floor page (scripts/bench/floor/) is three.js + GLTFLoader + the meshopt decoder, one light, a camera framing the model and one frame, built and served beside the app. Same run, alternating app and floor.",
  );
  say();
  say(
    "| company | profile | app ms | floor ms | ratio app / floor | target ≤ 1.25 | app: hotspots shown ms |",
  );
  say("|---|---|---|---|---|---|---|");
  const waterfalls: { title: string; app: Milestones; floor: Milestones }[] = [];
  // The JavaScript each page fetched before its frame, from one cold load (first company, as is).
  let scripts: { app: string[]; floor: string[] } | undefined;
  for (const company of companies) {
    const workshop = company.workshops[0];
    if (!workshop) continue;
    const key = `${company.id}/${workshop.id}`;
    for (const profile of profiles) {
      const app: Milestones[] = [];
      const bare: Milestones[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await newProbedPage(browser, { record: true }, profile.cpuThrottle);
        await page.goto(`${origin}/#/usine/${key}`);
        const drawn = await drawnAt(page, key);
        await hotspotsShown(page, key);
        app.push(await appMilestones(page, key, company.model));
        const appScripts = await scriptsBefore(page, drawn);
        await page.context().close();
        const floorPage = await newProbedPage(browser, { record: false }, profile.cpuThrottle);
        const floorDrawn = await openFloor(floorPage, floorUrl(company.model));
        bare.push(await floorMilestones(floorPage));
        scripts ??= { app: appScripts, floor: await scriptsBefore(floorPage, floorDrawn) };
        await floorPage.context().close();
      }
      const a = medianMilestones(app);
      const f = medianMilestones(bare);
      const ratio = a.drawn / f.drawn;
      say(
        `| ${company.id} | ${profile.name} | ${ms(a.drawn)} | ${ms(f.drawn)} | ${ratio.toFixed(2)} | ${tick(ratio <= 1.25)} | ${ms(a.hotspots)} |`,
      );
      waterfalls.push({ title: `${key}, ${profile.name}`, app: a, floor: f });
    }
  }
  if (scripts) {
    const gzip = (files: string[]) =>
      files.reduce((sum, file) => sum + gzipBytes(join(dist, file)), 0) / 1024;
    say();
    say(
      `JavaScript fetched before the first frame (one cold load of ${companies[0]?.id}, as is, gzip): the app ${gzip(scripts.app).toFixed(1)} KB in ${scripts.app.length} files (entry, 3D chunk, stage), the floor page ${gzip(scripts.floor).toFixed(1)} KB.`,
    );
  }
  say();
  say("## Where the app's extra time goes (median ms since navigation)");
  say(
    "Resource Timing (HTML, scripts, content, model), the app's `performance.mark`s (entry runs, content ready, 3D chunk runs, model decoded) and the app's render calls (timed by the bench around `renderer.render`).",
  );
  for (const w of waterfalls) waterfall(say, w.title, w.app, w.floor);

  // Frame time while walking, in the heaviest workshop: the app records its camera; the floor replays it.
  const heaviest = companies[0];
  const hall = heaviest?.workshops.reduce((a, b) => (b.machines.length > a.machines.length ? b : a));
  // BENCH_WALK_FRAMES=0 skips the walk (a quicker run).
  if (heaviest && hall && walkFrames > 0) {
    const key = `${heaviest.id}/${hall.id}`;
    say();
    say(`## Frame time while walking in ${key} (${walkFrames} frames)`);
    say(
      "The app walks (forward and turning) and records its camera each frame; the floor page replays the same poses on the same .glb with only that hall shown, at the same canvas size and pixel ratio. Time between frames, ms.",
    );
    say();
    say("| page | quality | canvas | median ms | p95 ms | p95 ratio to floor | target ≤ 1.15 |");
    say("|---|---|---|---|---|---|---|");
    const idle: string[] = [];
    for (const quality of ["auto", "haute"] as const) {
      const page = await newProbedPage(browser, { record: true, quality });
      await page.goto(`${origin}/#/usine/${key}`);
      await drawnAt(page, key);
      // The page (its quality menu, its walking keys) mounts after the scene's first frame.
      await hotspotsShown(page, key);
      const shown = await page.evaluate(() => {
        const menu = document.querySelector(".quality-select");
        const chosen = menu?.getAttribute("data-quality") ?? "?";
        const downgrade = menu?.getAttribute("data-downgrade");
        return chosen === "auto" && downgrade ? `auto → économe (${downgrade})` : chosen;
      });
      if (!shown.startsWith(quality))
        throw new Error(`quality ${quality} not taken by the app (menu says ${shown})`);
      await page.waitForTimeout(1000);
      // Frames drawn in 2 s with nothing moving (machines animate only in "haute").
      const before = await page.evaluate(
        () => (window as unknown as ProbeWindow).__benchRenders?.length ?? 0,
      );
      await page.waitForTimeout(2000);
      const after = await page.evaluate(() => (window as unknown as ProbeWindow).__benchRenders?.length ?? 0);
      idle.push(`${shown}: ${after - before}`);
      const walk = await walkInApp(page, walkFrames, quality === "haute" ? 60 : 240);
      await page.context().close();
      const floorPage = await newProbedPage(browser, { record: false });
      await openFloor(floorPage, floorUrl(heaviest.model, hall.id));
      const floorTimes = await walkInFloor(floorPage, walk.poses, walk.size);
      await floorPage.context().close();
      if (walk.poses.length < 2) {
        say(`| app | ${shown} | | fewer than 2 frames | | | ✘ |`);
        continue;
      }
      const appGaps = intervals(walk.times);
      const floorGaps = intervals(floorTimes);
      const canvas = `${walk.size.width}×${walk.size.height} @${walk.size.dpr}, ${walk.poses.length} frames`;
      const ratio = percentile(appGaps, 95) / percentile(floorGaps, 95);
      say(
        `| app | ${shown} | ${canvas} | ${median(appGaps).toFixed(1)} | ${percentile(appGaps, 95).toFixed(1)} | ${ratio.toFixed(2)} | ${tick(ratio <= 1.15)} |`,
      );
      say(
        `| floor | same poses | ${canvas} | ${median(floorGaps).toFixed(1)} | ${percentile(floorGaps, 95).toFixed(1)} | 1.00 | |`,
      );
    }
    say();
    say(
      `Frames drawn in 2 s standing still in ${key}, by quality: ${idle.join("; ")} (target in économe: 0).`,
    );
  }

  // The town: a cold `#/` against the floor drawing the same geometry from a .glb: the model the
  // app's town loads when it has one, else the town group exported from the running app.
  const exporter = await newProbedPage(browser, { record: true });
  await exporter.goto(`${origin}/#/`);
  await drawnAt(exporter, "town");
  const townModel = await exporter.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => e.name)
      .find((name) => name.endsWith(".glb")),
  );
  let townSrc: string;
  let townSource: string;
  if (townModel) {
    townSrc = new URL(townModel).pathname.replace(/^\//, "../");
    townSource = `the model the app's town loads (${townSrc.slice(3)})`;
  } else {
    const glb = await exportTown(exporter, `${origin}/${floor.exporter}`);
    writeFileSync(join(dist, "floor", "town.glb"), glb);
    townSrc = "town.glb";
    townSource = `the town group exported from the running app with three's GLTFExporter (${(glb.length / 1024).toFixed(1)} KB)`;
  }
  await exporter.context().close();
  const app: Milestones[] = [];
  const bare: Milestones[] = [];
  for (const profile of profiles) {
    app.length = 0;
    bare.length = 0;
    for (let run = 0; run < runs; run++) {
      const page = await newProbedPage(browser, { record: true }, profile.cpuThrottle);
      await page.goto(`${origin}/#/`);
      await drawnAt(page, "town");
      app.push(await appMilestones(page, "town", townModel ? townSrc.slice(3) : null));
      await page.context().close();
      const floorPage = await newProbedPage(browser, { record: false }, profile.cpuThrottle);
      await openFloor(floorPage, `${origin}/${floor.page}?src=${encodeURIComponent(townSrc)}`);
      bare.push(await floorMilestones(floorPage));
      await floorPage.context().close();
    }
    const a = medianMilestones(app);
    const f = medianMilestones(bare);
    const ratio = a.drawn / f.drawn;
    if (profile === profiles[0]) {
      say();
      say(
        `## Town: cold \`#/\` to the town drawn, against the floor drawing its geometry (median of ${runs})`,
      );
      say(`The floor page draws ${townSource}.`);
      say();
      say("| profile | app ms | floor ms | ratio app / floor | target ≤ 1.25 |");
      say("|---|---|---|---|---|");
    }
    say(
      `| ${profile.name} | ${ms(a.drawn)} | ${ms(f.drawn)} | ${ratio.toFixed(2)} | ${tick(ratio <= 1.25)} |`,
    );
    waterfalls.push({ title: `town, ${profile.name}`, app: a, floor: f });
  }
  const townWaterfalls = waterfalls.slice(-profiles.length);
  for (const w of townWaterfalls) waterfall(say, w.title, w.app, w.floor);
}
