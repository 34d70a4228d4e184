/**
 * `npm run bench`: builds the site, serves it on loopback, drives headless Chromium and prints a
 * table of figures, also written to bench/results.md. Times are ratios against <model-viewer>
 * showing the same .glb in the same run: SwiftShader draws on the CPU, so absolute times and frame
 * rates mean little; draw calls, triangles, bytes and GPU object counts are exact.
 */
import { execSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startHub } from "../../server/startHub";
import type { Company } from "../../src/content/schema";
import { launchChromium } from "../chromium";
import { buildFloorPage } from "./floorPage";
import { floorReport } from "./floorReport";
import { firstLoadJs, gzipBytes } from "./measureBundle";
import { writeModelViewerPage } from "./modelViewerPage";
import { sectionsWrittenElsewhere } from "./sectionsWrittenElsewhere";
import { townCompleted } from "./townCompleted";

/** Its own build folder, so a bench never races a test build of dist/. */
const dist = "dist-bench";
const runs = Number(process.env.BENCH_RUNS ?? 5);
const timedCompanies = Number(process.env.BENCH_COMPANIES ?? 3);
/** Frames recorded while walking in the heaviest workshop, in the app and in the floor page. */
const walkFrames = Number(process.env.BENCH_WALK_FRAMES ?? 300);
/** Set BENCH_MODEL_VIEWER=0 to skip the (slow) <model-viewer> timings. */
const withModelViewer = process.env.BENCH_MODEL_VIEWER !== "0";
const lines: string[] = [];
const say = (line = "") => {
  console.log(line);
  lines.push(line);
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface RendererInfo {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  frame: number;
}

/** Draw calls and triangles of one frame: counters reset, a few frames drawn, averaged per frame. */
async function frameCost(page: Page): Promise<{ calls: number; triangles: number }> {
  return page.evaluate(async () => {
    const win = window as unknown as {
      __usineRenderer: {
        info: { reset: () => void; render: { calls: number; triangles: number; frame: number } };
      };
      __usineInvalidate: () => void;
    };
    const { info } = win.__usineRenderer;
    info.reset();
    const start = info.render.frame;
    for (let i = 0; i < 3; i++) {
      win.__usineInvalidate();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
    const frames = Math.max(1, info.render.frame - start);
    return {
      calls: Math.round(info.render.calls / frames),
      triangles: Math.round(info.render.triangles / frames),
    };
  });
}

async function rendererInfo(page: Page): Promise<RendererInfo> {
  return page.evaluate(() => {
    const r = (
      window as unknown as { __usineRenderer?: { info: { render: RendererInfo; memory: RendererInfo } } }
    ).__usineRenderer;
    if (!r) throw new Error("renderer not exposed");
    return {
      calls: r.info.render.calls,
      triangles: r.info.render.triangles,
      frame: r.info.render.frame,
      geometries: r.info.memory.geometries,
      textures: r.info.memory.textures,
    };
  });
}

/** Milliseconds from navigation start to the first frame with the scene drawn (aria-busy false). */
async function appDrawnAt(page: Page, scene: string): Promise<number> {
  return page
    .waitForFunction(
      (key) => {
        const stage = document.querySelector(`[data-scene="${key}"]`);
        return stage?.getAttribute("aria-busy") === "false" && stage.querySelector("[data-machine]")
          ? performance.now()
          : 0;
      },
      scene,
      { polling: "raf", timeout: 120_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

async function newBenchPage(browser: Browser): Promise<Page> {
  // Reduced motion: the town's waves, ship and turbines stop, so "nothing moves" is true and the
  // idle frame count means what it says (with motion allowed the town animates, by design).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: "reduce",
  });
  await context.addInitScript(() => {
    (window as unknown as { __USINE_BENCH__: boolean }).__USINE_BENCH__ = true;
  });
  return context.newPage();
}

function keptSectionsOf(file: string): string[] {
  try {
    return sectionsWrittenElsewhere(readFileSync(file, "utf8"));
  } catch {
    return [];
  }
}

async function main() {
  say("# L'Usine Extraordinaire — bench");
  say();
  say(
    `Run on ${new Date().toISOString().slice(0, 10)}, headless Chromium with SwiftShader (CPU), ${runs} runs per timing.`,
  );
  execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { stdio: "ignore" });
  const mvPage = writeModelViewerPage(dist);
  const floor = await buildFloorPage(dist);
  const companies = JSON.parse(readFileSync(join(dist, "content/companies.json"), "utf8")) as Company[];
  // Served as in production: the hub's static server, its headers and its Content-Security-Policy.
  const hub = await startHub({ host: "127.0.0.1", staticDir: dist, log: () => {} });
  const server = { origin: hub.url, close: () => hub.close() };
  const browser = await launchChromium();
  try {
    // 1. First-load JavaScript.
    const app = firstLoadJs(dist);
    const modelViewer = gzipBytes("node_modules/@google/model-viewer/dist/model-viewer.min.js");
    const lazy = readdirSync(join(dist, "assets"))
      .filter((f) => f.endsWith(".js") && !app.files.includes(`assets/${f}`))
      .reduce((sum, f) => sum + gzipBytes(join(dist, "assets", f)), 0);
    say();
    say("## First-load JavaScript (gzip)");
    say("| what | bytes | ratio to model-viewer | target |");
    say("|---|---|---|---|");
    say(
      `| app, first view (${app.files.join(", ")}) | ${kb(app.gzip)} | ${(app.gzip / modelViewer).toFixed(2)} | ≤ 0.40 ${app.gzip <= modelViewer * 0.4 ? "✔" : "✘"} |`,
    );
    say(`| app, 3D chunk loaded on demand | ${kb(lazy)} | | |`);
    say(`| @google/model-viewer 4.4 (three included) | ${kb(modelViewer)} | 1.00 | |`);

    // 2. Bytes of models and content.
    say();
    say("## Bytes per company model, and the content pack");
    const sizes = companies.map((c) => statSync(join(dist, c.model)).size);
    say(
      `| models | ${companies.length} files | min ${kb(Math.min(...sizes))} | median ${kb(median(sizes))} | max ${kb(Math.max(...sizes))} | total ${kb(sizes.reduce((a, b) => a + b, 0))} |`,
    );
    say("|---|---|---|---|---|---|");
    for (const file of readdirSync(join(dist, "content"))) {
      const path = join(dist, "content", file);
      say(`| content/${file} | ${kb(statSync(path).size)} | gzip ${kb(gzipBytes(path))} | | | |`);
    }
    say();
    say("| company | model |");
    say("|---|---|");
    for (const [i, c] of companies.entries()) say(`| ${c.id} | ${kb(sizes[i] ?? 0)} |`);

    // The companies timed: the heaviest model first (it is also walked in), then the pack's first ones.
    const bySize = companies.map((c, i) => ({ c, size: sizes[i] ?? 0 })).sort((a, b) => b.size - a.size);
    const heaviest = bySize[0]?.c;
    const timed = [
      ...(heaviest ? [heaviest] : []),
      ...companies.filter((c) => c !== heaviest).slice(0, Math.max(0, timedCompanies - 1)),
    ];

    // 3. Time to a drawn workshop, against model-viewer on the same file.
    if (withModelViewer) {
      say();
      say(`## Time from navigation to a drawn workshop (median of ${runs}, cold cache)`);
      say("| company | app ms | model-viewer ms | ratio app / model-viewer | target ≤ 0.50 |");
      say("|---|---|---|---|---|");
      for (const company of timed) {
        const workshop = company.workshops[0];
        if (!workshop) continue;
        const appTimes: number[] = [];
        const mvTimes: number[] = [];
        for (let run = 0; run < runs; run++) {
          const page = await newBenchPage(browser);
          await page.goto(`${server.origin}/#/usine/${company.id}/${workshop.id}`);
          appTimes.push(await appDrawnAt(page, `${company.id}/${workshop.id}`));
          await page.context().close();
          const mv = await newBenchPage(browser);
          await mv.goto(`${server.origin}/${mvPage}?src=${encodeURIComponent(`../${company.model}`)}`);
          const handle = await mv.waitForFunction(
            () =>
              (window as unknown as { __drawnAt?: number; __failed?: string }).__drawnAt ??
              (window as unknown as { __failed?: string }).__failed,
            undefined,
            { timeout: 120_000 },
          );
          const value = await handle.jsonValue();
          if (typeof value !== "number") throw new Error(`model-viewer failed on ${company.model}: ${value}`);
          mvTimes.push(value);
          await mv.context().close();
        }
        const ratio = median(appTimes) / median(mvTimes);
        say(
          `| ${company.id} | ${median(appTimes).toFixed(0)} | ${median(mvTimes).toFixed(0)} | ${ratio.toFixed(2)} | ${ratio <= 0.5 ? "✔" : "✘"} |`,
        );
      }
    }

    await floorReport({
      browser,
      origin: server.origin,
      dist,
      floor,
      companies: timed,
      runs,
      walkFrames,
      say,
    });

    // BENCH_VISIT_ALL=0 skips the visit of every workshop (a quicker run while debugging).
    if (process.env.BENCH_VISIT_ALL !== "0") {
      // 4 and 5. Draw calls and triangles in every view; GPU memory after 4 companies and after all.
      const page = await newBenchPage(browser);
      await page.goto(`${server.origin}/#/`);
      await page.waitForFunction(
        () => document.querySelector('[data-scene="town"]')?.getAttribute("aria-busy") === "false",
        undefined,
        { timeout: 120_000 },
      );
      // The whole town: its sky and its sea's waves come after the first frame.
      await townCompleted(page);
      const town = await frameCost(page);
      const idleStart = (await rendererInfo(page)).frame;
      await page.waitForTimeout(2000);
      const townIdleFrames = (await rendererInfo(page)).frame - idleStart;
      const perWorkshop: { key: string; calls: number; triangles: number }[] = [];
      let afterFour: RendererInfo | undefined;
      let heapAfterFour = 0;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      const heap = async () => {
        await cdp.send("HeapProfiler.collectGarbage");
        const { metrics } = await cdp.send("Performance.getMetrics");
        return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
      };
      for (const [index, company] of companies.entries()) {
        process.stderr.write(`  visiting ${index + 1}/${companies.length} ${company.id}\n`);
        for (const workshop of company.workshops) {
          const key = `${company.id}/${workshop.id}`;
          await page.evaluate((hash) => {
            location.hash = hash;
          }, `#/usine/${key}`);
          await appDrawnAt(page, key);
          perWorkshop.push({ key, ...(await frameCost(page)) });
        }
        if (index === 3) {
          afterFour = await rendererInfo(page);
          heapAfterFour = await heap();
        }
      }
      const afterAll = await rendererInfo(page);
      const heapAfterAll = await heap();

      say();
      say("## Draw calls and triangles per frame");
      const calls = perWorkshop.map((w) => w.calls);
      const triangles = perWorkshop.map((w) => w.triangles);
      const worstCalls = perWorkshop.reduce((a, b) => (b.calls > a.calls ? b : a));
      const worstTriangles = perWorkshop.reduce((a, b) => (b.triangles > a.triangles ? b : a));
      say("| view | draw calls | triangles | target |");
      say("|---|---|---|---|");
      say(
        `| town | ${town.calls} | ${town.triangles} | ≤ 150 / ≤ 300k ${town.calls <= 150 && town.triangles <= 300_000 ? "✔" : "✘"} |`,
      );
      say(`| workshops (${perWorkshop.length}), median | ${median(calls)} | ${median(triangles)} | |`);
      say(
        `| worst draw calls: ${worstCalls.key} | ${worstCalls.calls} | ${worstCalls.triangles} | ≤ 150 ${worstCalls.calls <= 150 ? "✔" : "✘"} |`,
      );
      say(
        `| worst triangles: ${worstTriangles.key} | ${worstTriangles.calls} | ${worstTriangles.triangles} | ≤ 300k ${worstTriangles.triangles <= 300_000 ? "✔" : "✘"} |`,
      );

      say();
      say("## Memory (live GL objects from renderer.info, JS heap after GC)");
      if (afterFour) {
        const ratio = afterAll.geometries / Math.max(1, afterFour.geometries);
        say("| after | GL geometries (buffers) | GL textures | JS heap |");
        say("|---|---|---|---|");
        say(`| 4 companies | ${afterFour.geometries} | ${afterFour.textures} | ${kb(heapAfterFour)} |`);
        say(
          `| all ${companies.length} companies | ${afterAll.geometries} | ${afterAll.textures} | ${kb(heapAfterAll)} |`,
        );
        say(
          `| ratio all / 4 | ${ratio.toFixed(2)} (target ≤ 1.5 ${ratio <= 1.5 ? "✔" : "✘"}) | | ${(heapAfterAll / heapAfterFour).toFixed(2)} |`,
        );
      }
      say();
      say("## Idle frame loop");
      say(
        `Frames drawn in the town over 2 s with nothing moving (reduced motion): ${townIdleFrames} (target 0 ${townIdleFrames === 0 ? "✔" : "✘"}).`,
      );
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // BENCH_OUT: write a partial run elsewhere than the committed results.
  const out = process.env.BENCH_OUT ?? "bench/results.md";
  writeFileSync(out, `${[...lines, ...keptSectionsOf(out)].join("\n")}\n`);
  console.log(`\nWritten to ${out}`);
}

await main();
